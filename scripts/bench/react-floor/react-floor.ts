/**
 * A second, diagnostic floor for the first chart (not a goal's floor): the floor page's line, drawn
 * the way the app draws a chart but with nothing of the app — React renders a heading and one
 * component, which loads ECharts on demand (a chunk of its own, as the app's echarts-lib) and draws
 * the line through echarts-for-react. Marks `rr:chart-finished` when the chart has drawn. The bench
 * prints its time beside the floor page's: what the app's way of drawing costs before any of the
 * app's own work (its data, views, dictionary).
 */
import { createElement, StrictMode, useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type * as LibModule from './react-floor-lib';

type Lib = typeof LibModule;

const years = Array.from({ length: 26 }, (_, i) => String(2000 + i));
const wave = (i: number): number => Math.round((50 + 20 * Math.sin(1 + i / 3)) * 10) / 10;
const option = {
  animation: false,
  xAxis: { type: 'category', data: years },
  yAxis: { type: 'value', scale: true },
  series: [{ type: 'line', data: years.map((_, i) => wave(i)) }],
};
const lib = import('./react-floor-lib');

function markDrawn(): void {
  if (performance.getEntriesByName('rr:chart-finished').length === 0) performance.mark('rr:chart-finished');
}

function Line(): ReactElement {
  const [loaded, setLoaded] = useState<Lib | undefined>(undefined);
  useEffect(() => {
    void lib.then(setLoaded);
  }, []);
  if (!loaded) return createElement('div', { style: { height: 320 } });
  // With no animation and no lazy update, setOption draws synchronously before the chart is ready.
  return createElement(loaded.ReactEChartsCore, {
    echarts: loaded.echarts,
    option,
    notMerge: true,
    lazyUpdate: false,
    style: { height: 320, width: 600 },
    onChartReady: markDrawn,
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  createElement(StrictMode, null, createElement('h1', null, 'Golv med React'), createElement(Line)),
);
