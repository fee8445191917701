import type { BarSeriesOption, LineSeriesOption, MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
// echarts.format.encodeHTML is this function (echarts re-exports zrender's; a test holds them to it):
// imported from its own module, the page's first script does not take in ECharts' core with it.
import { encodeHTML } from 'zrender/lib/core/dom.js';

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
  | TitleComponentOption
>;

export type { BarSeriesOption, LineSeriesOption, MapSeriesOption, ScatterSeriesOption };

/** Escapes text for ECharts' HTML tooltips. Every text from data goes through it. */
export function escapeHtml(text: string): string {
  return encodeHTML(text);
}

/**
 * The chart's aria settings: the description is kept with the option, but ECharts does not put its
 * own role="img" and aria-label on its element — the chart's wrapper (EChart) carries the one
 * role="img" with the accessible name, so a screen reader reads the name once. Decals (patterns)
 * stay available for charts whose series differ by fill.
 */
export function chartAria(description: string, decal = false): AriaComponentOption {
  return {
    enabled: true,
    label: { enabled: false, description },
    ...(decal ? { decal: { show: true } } : {}),
  };
}
