import { describe, expect, it } from 'vitest';
import { warmUpOptions } from '../../src/charts/warm-up-options';

interface SeriesLike {
  readonly type?: string;
  readonly markLine?: unknown;
}

function seriesOf(option: unknown): SeriesLike[] {
  const series = (option as { series?: unknown }).series;
  return Array.isArray(series) ? (series as SeriesLike[]) : [];
}

describe('warmUpOptions', () => {
  const options = warmUpOptions();

  it('draws every series type the chart library’s first chunk is used for: line, scatter, bar', () => {
    const types = new Set(options.flatMap((o) => seriesOf(o).map((s) => s.type)));
    expect([...types].sort()).toEqual(['bar', 'line', 'scatter']);
  });

  it('holds a whole trend (a region with its target path and target, and Riket) and a ranking with Riket’s line', () => {
    const trend = options.find((o) => seriesOf(o).some((s) => s.type === 'scatter'));
    expect(seriesOf(trend).map((s) => s.type)).toEqual(['line', 'line', 'scatter', 'line']);
    expect((trend as { legend?: unknown }).legend).toBeDefined();
    expect((trend as { tooltip?: unknown }).tooltip).toBeDefined();
    const ranking = options.find((o) =>
      seriesOf(o).some((s) => s.type === 'bar' && s.markLine !== undefined),
    );
    expect(ranking).toBeDefined();
  });

  it('holds bars along category names that wrap, as Finansiering’s RUS and chain-level charts draw them', () => {
    const wrapping = options.filter((o) => {
      const yAxis = (o as { yAxis?: { type?: string; axisLabel?: { overflow?: string } } }).yAxis;
      return yAxis?.type === 'category' && yAxis.axisLabel?.overflow === 'break';
    });
    expect(wrapping).toHaveLength(1);
    expect(seriesOf(wrapping[0]).every((s) => s.type === 'bar')).toBe(true);
  });

  it('starts with the smaller charts, so that no drawing of the warm-up is long by itself', () => {
    const counts = options.map((o) => seriesOf(o).length);
    expect(counts.slice(0, 2)).toEqual([1, 1]);
    expect(Math.max(...counts.slice(0, 2))).toBeLessThan(Math.max(...counts));
  });
});
