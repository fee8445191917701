import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { platformApi } from 'zrender/lib/core/platform.js';
import { measureWithoutWideProbe } from './echarts-platform';

// The one place that registers ECharts modules: tree-shaken, only what our builders use.
// This module is loaded on demand by the EChart adapter, so the page's first script does not carry
// the chart library: the shell and the import worker start while it loads.
echarts.use([
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DatasetComponent,
  MarkLineComponent,
  AriaComponent,
  TitleComponent,
  CanvasRenderer,
]);
// zrender's text measuring, without the font search for a CJK glyph (echarts-platform.ts).
echarts.setPlatformAPI({ measureText: measureWithoutWideProbe(platformApi.measureText) });

export { echarts, ReactEChartsCore };
export type { EChartsType } from 'echarts/core';
