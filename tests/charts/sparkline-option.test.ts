import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from '../../src/charts/echarts-types';
import { PALETTE } from '../../src/charts/palette';
import { buildSparklineOption, type SparklineInput } from '../../src/charts/sparkline-option';

const input = (overrides: Partial<SparklineInput> = {}): SparklineInput => ({
  values: [7, null, 8, 8.5],
  path: [],
  description: 'Nyföretagande i Dalarnas län över tid',
  ...overrides,
});

const seriesOf = (overrides: Partial<SparklineInput> = {}): LineSeriesOption[] =>
  buildSparklineOption(input(overrides)).series as LineSeriesOption[];

describe('buildSparklineOption', () => {
  it('draws only the values when there is no path', () => {
    const series = seriesOf();
    expect(series).toHaveLength(1);
    expect(series[0]?.type).toBe('line');
    expect(series[0]?.data).toEqual([7, null, 8, 8.5]);
  });

  it('draws no path when the path never reaches the periods', () => {
    expect(seriesOf({ path: [null, null, null, null] })).toHaveLength(1);
  });

  it('adds the target path as a second, dotted line in the target colour', () => {
    const series = seriesOf({ path: [7, 7.5, 8, 8.5, 9] });
    expect(series).toHaveLength(2);
    expect(series[1]?.data).toEqual([7, 7.5, 8, 8.5, 9]);
    expect(series[1]?.lineStyle).toMatchObject({ type: 'dotted', color: PALETTE.target });
    expect(series[0]?.lineStyle?.type ?? 'solid').not.toBe('dotted');
  });

  it('keeps a missing value as a gap: null in the data, not connected across', () => {
    const [values] = seriesOf({ values: [1, null, null, 4] });
    expect(values?.data).toEqual([1, null, null, 4]);
    expect(values?.connectNulls).toBe(false);
  });

  it('does not change the arrays it was given', () => {
    const values = [1, null, 3];
    const path = [1, 2, 3];
    const series = seriesOf({ values, path });
    expect(series[0]?.data).not.toBe(values);
    (series[0]?.data as (number | null)[]).push(99);
    expect(values).toEqual([1, null, 3]);
  });

  it('hides both axes, and has one category per period of the longer of values and path', () => {
    const option = buildSparklineOption(input({ values: [1, 2], path: [1, 1.5, 2, 2.5] }));
    const xAxis = option.xAxis as { show: boolean; data: string[] };
    const yAxis = option.yAxis as { show: boolean };
    expect(xAxis.show).toBe(false);
    expect(yAxis.show).toBe(false);
    expect(xAxis.data).toHaveLength(4);
  });

  it('is not interactive: the lines are silent and carry no symbols', () => {
    for (const s of seriesOf({ path: [1, 2, 3, 4] })) {
      expect(s.silent).toBe(true);
      expect(s.showSymbol).toBe(false);
    }
  });

  it('says what it shows for screen readers, leaving role="img" and the name to the chart’s wrapper (read once)', () => {
    expect(buildSparklineOption(input()).aria).toEqual({
      enabled: true,
      label: { enabled: false, description: 'Nyföretagande i Dalarnas län över tid' },
    });
  });
});
