import { chartAria, type ChartOption, type LineSeriesOption } from './echarts-types';
import { PALETTE } from './palette';

export interface SparklineInput {
  /** The region's values, one per period; null where missing. */
  readonly values: readonly (number | null)[];
  /** The target path at the same periods (and on past the last value); null where it does not reach. */
  readonly path: readonly (number | null)[];
  readonly description: string;
}

/** A small trend with its target path for an overview card: no axes, no interaction. */
export function buildSparklineOption(input: SparklineInput): ChartOption {
  const length = Math.max(input.values.length, input.path.length);
  const categories = Array.from({ length }, (_, i) => String(i));
  const series: LineSeriesOption[] = [
    {
      type: 'line',
      data: [...input.values],
      showSymbol: false,
      connectNulls: false,
      lineStyle: { width: 2, color: PALETTE.selected },
      silent: true,
    },
  ];
  if (input.path.some((v) => v !== null)) {
    series.push({
      type: 'line',
      data: [...input.path],
      showSymbol: false,
      connectNulls: true,
      lineStyle: { width: 1.5, type: 'dotted', color: PALETTE.target },
      silent: true,
    });
  }
  return {
    animation: false,
    aria: chartAria(input.description),
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: categories, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    series,
  };
}
