import { describe, expect, it } from 'vitest';
import { buildTrendOption, trendRows, type TrendInput } from '../../src/charts/trend-option';
import type { LineSeriesOption } from '../../src/charts/echarts-types';
import { targetPath } from '../../src/domain/target';
import type { SeriesPoint } from '../../src/domain/series';

const year = (y: number) => ({ granularity: 'year' as const, year: y, sub: 0 });
const point = (y: number, value: number | null, marker: string | null = null): SeriesPoint => ({ period: year(y), value, marker });

function input(overrides: Partial<TrendInput> = {}): TrendInput {
  return {
    lang: 'sv',
    granularity: 'year',
    decimals: 1,
    unit: 'procent',
    region: { name: 'Dalarnas län', points: [point(2020, 8), point(2021, null, '..'), point(2022, 9)] },
    riket: { name: 'Riket', points: [point(2020, 10), point(2021, 10.5), point(2022, 11)] },
    path: targetPath([{ region: '20', indicator: 'x', period: year(2026), value: 12, baseline: { period: year(2020), value: 8 }, source: undefined }]),
    labels: { targetPath: 'Målbana', target: 'Mål', missing: 'saknas' },
    description: 'beskrivning',
    ...overrides,
  };
}

describe('trendRows', () => {
  it('spans the first observation to the last target, one row per year', () => {
    const rows = trendRows(input());
    expect(rows.map((r) => r.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('keeps a missing value as its marker, never 0', () => {
    const row = trendRows(input()).find((r) => r.label === '2021');
    expect(row?.region).toEqual({ period: year(2021), value: null, marker: '..' });
  });

  it('puts the interpolated path on every year and the target on its year only', () => {
    const rows = trendRows(input());
    // 8 → 12 over 2020–2026: 2/3 per year.
    expect(rows[0]?.path).toBeCloseTo(8);
    expect(rows[3]?.path).toBeCloseTo(10);
    expect(rows[6]?.path).toBeCloseTo(12);
    expect(rows.filter((r) => r.target !== null).map((r) => [r.label, r.target])).toEqual([['2026', 12]]);
  });

  it('has no path without targets', () => {
    expect(trendRows(input({ path: [] })).every((r) => r.path === null && r.target === null)).toBe(true);
  });

  it('lays quarters on a quarterly axis', () => {
    const q = (y: number, s: number): SeriesPoint => ({ period: { granularity: 'quarter', year: y, sub: s }, value: 1, marker: null });
    const rows = trendRows(input({ granularity: 'quarter', region: { name: 'X', points: [q(2023, 3), q(2024, 2)] }, riket: undefined, path: [] }));
    expect(rows.map((r) => r.label)).toEqual(['2023 K3', '2023 K4', '2024 K1', '2024 K2']);
  });
});

describe('buildTrendOption', () => {
  it('feeds every series from one dataset, gaps as null', () => {
    const option = buildTrendOption(input());
    const dataset = option.dataset as { source: unknown[][] };
    expect(dataset.source[1]).toEqual(['2021', null, 10.5, expect.any(Number), null]);
    const series = option.series as LineSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(['Dalarnas län', 'Riket', 'Målbana', 'Mål']);
    expect(series[0]?.connectNulls).toBe(false);
  });

  it('leaves Riket and the target series out when absent', () => {
    const series = buildTrendOption(input({ riket: undefined, path: [] })).series as LineSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(['Dalarnas län']);
  });

  it('hides symbols and samples with LTTB when the series is dense', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ period: { granularity: 'month' as const, year: 2020 + Math.floor(i / 12), sub: (i % 12) + 1 }, value: i, marker: null }));
    const dense = buildTrendOption(input({ granularity: 'month', region: { name: 'X', points: many }, riket: undefined, path: [] }));
    const line = (dense.series as LineSeriesOption[])[0];
    expect(line?.showSymbol).toBe(false);
    expect(line?.sampling).toBe('lttb');
    const sparse = (buildTrendOption(input()).series as LineSeriesOption[])[0];
    expect(sparse?.showSymbol).toBe(true);
  });

  it('escapes names from data in the tooltip and formats numbers the Swedish way', () => {
    const option = buildTrendOption(input({ region: { name: '<img src=x onerror=alert(1)>', points: [point(2020, 1234.5)] }, riket: undefined, path: [] }));
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('1\u00a0234,5');
  });

  it('labels the y axis with sv-SE numbers', () => {
    const option = buildTrendOption(input());
    const axis = option.yAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(2500.5)).toBe('2\u00a0500,5');
  });
});
