import type { EChartsType } from './echarts-lib';

/** What the bench hands the probe: a chart instance, as ECharts made it. */
export type ChartProbe = (chart: EChartsType) => void;

/**
 * The bench's probe. When the page defines `window.__rrChartProbe` (`npm run bench` does, before the
 * page's scripts run), each chart instance the adapter makes is handed to it: the bench records the
 * `setOption` calls of a county change and makes the same calls again on the same charts, the floor
 * of a re-render (scripts/bench/rerender-floor.ts). Otherwise nothing is defined and nothing is done.
 */
export function probeChart(chart: EChartsType): void {
  const probe = (window as Window & { __rrChartProbe?: unknown }).__rrChartProbe;
  if (typeof probe === 'function') (probe as ChartProbe)(chart);
}
