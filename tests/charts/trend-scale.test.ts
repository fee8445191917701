import { describe, expect, it } from 'vitest';
import type { LineSeriesOption, ScatterSeriesOption } from '../../src/charts/echarts-types';
import { buildTrendOption, type TrendInput } from '../../src/charts/trend-option';
import type { SeriesPoint } from '../../src/domain/series';

const year = (y: number, value: number): SeriesPoint => ({
  period: { granularity: 'year', year: y, sub: 0 },
  value,
  marker: null,
});
const input: TrendInput = {
  lang: 'sv',
  granularity: 'year',
  decimals: 1,
  unit: '%',
  lines: [
    {
      name: 'Värmlands län',
      points: [year(2022, 7), year(2023, 8)],
      path: [
        { time: 2022.5, value: 7, period: { granularity: 'year', year: 2022, sub: 0 }, kind: 'baseline' },
        { time: 2030.5, value: 11, period: { granularity: 'year', year: 2030, sub: 0 }, kind: 'target' },
      ],
      colour: '#0072B2',
      style: 'solid',
      symbol: 'circle',
    },
  ],
  from: undefined,
  to: undefined,
  labels: { targetPath: 'Målbana', target: 'Mål', missing: '..' },
  description: 'Nyföretagande: Värmlands län över tid',
  note: 'Riket visas inte.',
};

interface Sized {
  readonly fontSize?: number;
}

/** The sizes a room needs larger: the text, the lines, the markers. */
function sizes(scale?: number) {
  const option = buildTrendOption({ ...input, scale });
  const series = option.series as (LineSeriesOption | ScatterSeriesOption)[];
  const xAxis = option.xAxis as { axisLabel: Sized };
  const yAxis = option.yAxis as { axisLabel: Sized };
  const legend = option.legend as { textStyle: Sized };
  const title = option.title as { subtextStyle: Sized };
  return {
    text: (option.textStyle as Sized).fontSize,
    axes: [xAxis.axisLabel.fontSize, yAxis.axisLabel.fontSize],
    legend: legend.textStyle.fontSize,
    note: title.subtextStyle.fontSize,
    line: (series[0] as LineSeriesOption).lineStyle?.width,
    marker: series[0]?.symbolSize,
    target: series[2]?.symbolSize,
  };
}

describe('buildTrendOption: the scale for the meeting screen', () => {
  it('draws text, lines and markers twice as large at scale 2, from the same builder', () => {
    expect(sizes(2)).toEqual({
      text: 26,
      axes: [26, 26],
      legend: 26,
      note: 26,
      line: 6,
      marker: 12,
      target: 28,
    });
  });

  it('leaves the page’s chart as it was without a scale', () => {
    expect(sizes()).toEqual({
      text: 13,
      axes: [undefined, undefined],
      legend: undefined,
      note: 13,
      line: 3,
      marker: 6,
      target: 14,
    });
  });
});
