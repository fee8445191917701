import { SVGRenderer } from 'echarts/renderers';
import { echarts, type EChartsType } from './echarts-lib';

// The SVG renderer is loaded only for an SVG download (a dynamic import of this module), so neither the
// page's first script nor the chart library's chunk carries it.
echarts.use([SVGRenderer]);

/** A chart drawn by ECharts' SVG renderer, and its size in CSS pixels. */
export interface PlotSvg {
  readonly plot: string;
  readonly plotWidth: number;
  readonly plotHeight: number;
}

/**
 * The chart as SVG: its current option (as shown, with the user's legend choices) drawn again by a
 * server-side-style SVG instance of the same size, which is then disposed of.
 */
export function chartSvg(instance: EChartsType): PlotSvg {
  const plotWidth = instance.getWidth();
  const plotHeight = instance.getHeight();
  const copy = echarts.init(null, null, { renderer: 'svg', ssr: true, width: plotWidth, height: plotHeight });
  try {
    copy.setOption({ ...instance.getOption(), animation: false });
    return { plot: copy.renderToSVGString(), plotWidth, plotHeight };
  } finally {
    copy.dispose();
  }
}
