import type { Lang } from '../domain/language';
import { num, text, type TableModel } from '../domain/table';
import { formatAxisNumber, formatValue } from '../i18n/format';
import {
  chartAria,
  escapeHtml,
  type BarSeriesOption,
  type ChartOption,
  type LineSeriesOption,
} from './echarts-types';
import { CHART_TEXT, PALETTE } from './palette';

/** One series of a bar-and-line chart: bars (optionally stacked) or a line, all on the one value axis. */
export interface BarLineSeries {
  readonly name: string;
  readonly kind: 'bar' | 'line';
  /** One value per category; null is a gap, never 0. */
  readonly values: readonly (number | null)[];
  readonly colour: string;
  readonly decimals: number;
  /** Bars with the same stack name are stacked. */
  readonly stack?: string;
}

export interface BarLineInput {
  readonly lang: Lang;
  readonly categories: readonly string[];
  readonly series: readonly BarLineSeries[];
  /**
   * The unit of the one value axis. There is never a second axis: a ratio beside amounts is a chart
   * of its own, so no two scales share a plot and no ticks miss the gridlines.
   */
  readonly unit: string;
  /** One sentence for screen readers: what the chart shows. */
  readonly description: string;
  /** Categories down the side (long names such as RUS areas); the value axis along the bottom. */
  readonly horizontal?: boolean;
}

/**
 * Bars and lines over categories (years, areas, chain levels): the Finansiering view's charts. The
 * series differ by pattern as well as colour (ECharts' aria decals), every text in a tooltip is
 * escaped, and a missing value is a gap.
 */
export function buildBarLineOption(input: BarLineInput): ChartOption {
  const { lang, categories, series, horizontal = false } = input;
  const valueAxis = {
    type: 'value' as const,
    name: input.unit,
    nameTextStyle: { color: PALETTE.axis, align: horizontal ? ('right' as const) : ('left' as const) },
    axisLabel: { color: PALETTE.axis, formatter: (value: number) => formatAxisNumber(value, lang) },
    splitLine: { lineStyle: { color: PALETTE.grid } },
  };
  const categoryAxis = {
    type: 'category' as const,
    data: [...categories],
    inverse: horizontal,
    axisLabel: {
      color: PALETTE.text,
      interval: 0,
      hideOverlap: !horizontal,
      width: horizontal ? 180 : undefined,
      overflow: horizontal ? ('break' as const) : undefined,
      lineHeight: 16,
    },
    axisTick: { show: false },
    axisLine: { lineStyle: { color: PALETTE.axis } },
  };
  const option: ChartOption = {
    animation: false,
    textStyle: CHART_TEXT,
    aria: chartAria(input.description, true),
    // Every series named in the legend, on as many lines as it needs; the plot starts below it.
    grid: { left: 8, right: 24, top: series.length > 4 ? 92 : 64, bottom: 8 },
    legend: { top: 0, left: 0, type: 'plain', textStyle: { color: PALETTE.text } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const items = Array.isArray(params) ? params : [params];
        const index = (items[0] as { dataIndex?: number } | undefined)?.dataIndex ?? -1;
        const category = categories[index];
        if (category === undefined) return '';
        const lines = series.map(
          (s) =>
            `${escapeHtml(s.name)}: ${escapeHtml(formatValue(s.values[index] ?? null, null, s.decimals, lang))}`,
        );
        return [`<strong>${escapeHtml(category)}</strong>`, ...lines].join('<br/>');
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s): BarSeriesOption | LineSeriesOption =>
      s.kind === 'bar'
        ? {
            type: 'bar',
            name: s.name,
            data: [...s.values],
            ...(s.stack ? { stack: s.stack } : {}),
            itemStyle: { color: s.colour },
            barMaxWidth: 28,
          }
        : {
            type: 'line',
            name: s.name,
            data: [...s.values],
            connectNulls: false,
            symbol: 'circle',
            symbolSize: 7,
            lineStyle: { width: 3, color: s.colour },
            itemStyle: { color: s.colour },
            z: 5,
          },
    ),
  };
  return option;
}

/** The chart's numbers as its table alternative and CSV: a row per category, a column per series. */
export function barLineTable(input: BarLineInput, caption: string, categoryHeader: string): TableModel {
  return {
    caption,
    rowHeader: 0,
    columns: [
      { header: categoryHeader, numeric: false },
      ...input.series.map((s) => ({ header: s.name, numeric: true })),
    ],
    rows: input.categories.map((category, i) => [
      text(category),
      ...input.series.map((s) =>
        num(s.values[i] ?? null, s.decimals, s.values[i] === null || s.values[i] === undefined ? '..' : null),
      ),
    ]),
  };
}
