import type { BarSeriesOption, LineSeriesOption, MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { format, type ComposeOption } from 'echarts/core';

/** The option type of every chart we draw: only the modules the adapter registers. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | ScatterSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DatasetComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

export type { BarSeriesOption, LineSeriesOption, MapSeriesOption, ScatterSeriesOption };

/** Escapes text for ECharts' HTML tooltips. Every text from data goes through it. */
export function escapeHtml(text: string): string {
  return format.encodeHTML(text);
}
