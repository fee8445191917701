/**
 * The bench's floor page: the least any page must do to show what the app shows, served the same
 * way as the app (a Vite build, `vite preview`).
 *  - `?first`: one ECharts line from inline data; marks `rr:chart-finished` when it has drawn.
 *  - `?rerender`: a line (8 lines × 26 years), a bar ranking (22 bars) and the county map, each
 *    with two prepared options; `window.__floorRerender()` hands all three their other option
 *    (three setOption calls) and returns the milliseconds until all three have drawn.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { registerCountyMap } from '../../../src/components/echarts-map';
import { COUNTY_MAP } from '../../../src/charts/map-option';
import { COUNTIES } from '../../../src/domain/regions';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const years = Array.from({ length: 26 }, (_, i) => String(2000 + i));
const wave = (seed: number, i: number): number => Math.round((50 + 20 * Math.sin(seed + i / 3)) * 10) / 10;

function lineOption(seed: number): echarts.EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', scale: true },
    series: Array.from({ length: 8 }, (_, s) => ({
      type: 'line',
      name: `r${s}`,
      data: years.map((_, i) => wave(seed + s, i)),
    })),
  };
}

function barOption(seed: number): echarts.EChartsCoreOption {
  const names = ['Riket', ...COUNTIES.map((c) => c.nameSv)];
  const values = names.map((_, i) => wave(seed, i));
  return {
    animation: false,
    grid: { left: 140 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [{ type: 'bar', data: values, label: { show: true, position: 'right' } }],
  };
}

function mapOption(seed: number): echarts.EChartsCoreOption {
  return {
    animation: false,
    series: [
      {
        type: 'map',
        map: COUNTY_MAP,
        data: COUNTIES.map((c, i) => ({ name: c.code, value: wave(seed, i) })),
        itemStyle: { areaColor: '#cfe0f0' },
      },
    ],
  };
}

function drawn(chart: echarts.ECharts): Promise<void> {
  return new Promise((resolve) => chart.on('finished', () => resolve()));
}

const mode = new URLSearchParams(location.search);
if (mode.has('first')) {
  const chart = echarts.init(document.getElementById('line'));
  chart.on('finished', () => {
    performance.mark('rr:chart-finished');
  });
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', scale: true },
    series: [{ type: 'line', data: years.map((_, i) => wave(1, i)) }],
  });
} else {
  // The boundaries load with the map code (a chunk of their own): wait for them before the first option.
  await registerCountyMap(echarts);
  const charts = [
    echarts.init(document.getElementById('line')),
    echarts.init(document.getElementById('bar')),
    echarts.init(document.getElementById('map')),
  ];
  const prepared = [0, 1].map((k) => [lineOption(k), barOption(k), mapOption(k)]);
  charts.forEach((c, i) => c.setOption(prepared[0]?.[i] ?? {}));
  let turn = 0;
  (window as unknown as { __floorRerender: () => Promise<number> }).__floorRerender = async () => {
    turn = 1 - turn;
    const start = performance.now();
    const done = Promise.all(charts.map(drawn));
    charts.forEach((c, i) => c.setOption(prepared[turn]?.[i] ?? {}, { notMerge: true }));
    await done;
    charts.forEach((c) => c.off('finished'));
    return performance.now() - start;
  };
  document.body.dataset['ready'] = 'true';
}
