/**
 * Small charts of invented numbers, made by the real builders, that the page draws once off-screen
 * in idle time (components/chart-warm-up.ts). A chart kind's first drawing in a page costs about
 * twice its later ones (the browser compiles ECharts' code for it and fills its text caches); drawn
 * here first, the charts of a view the user opens next draw at their warm cost. Never shown.
 */
import type { Period } from '../domain/period';
import { buildBarLineOption } from './bar-line-option';
import type { ChartOption } from './echarts-types';
import { CHART_TEXT, FOCUS_LOOK, PALETTE, RIKET_LOOK } from './palette';
import { buildRankingOption } from './ranking-option';
import { buildTrendOption } from './trend-option';

const year = (y: number): Period => ({ granularity: 'year', year: y, sub: 0 });
const YEARS = [2019, 2020, 2021, 2022, 2023];

function trend(): ChartOption {
  const points = YEARS.map((y, i) => ({ period: year(y), value: 4 + i * 0.5, marker: null }));
  return buildTrendOption({
    lang: 'sv',
    granularity: 'year',
    decimals: 1,
    unit: 'per 1 000 invånare',
    lines: [
      {
        name: 'Län',
        points,
        path: [
          { time: 2019.5, value: 4, period: year(2019), kind: 'baseline' },
          { time: 2024.5, value: 7, period: year(2024), kind: 'target' },
        ],
        colour: FOCUS_LOOK.colour,
        style: FOCUS_LOOK.dash,
        symbol: FOCUS_LOOK.symbol,
      },
      {
        name: 'Riket',
        points: points.map((p) => ({ ...p, value: p.value === null ? null : p.value + 1 })),
        path: [],
        colour: RIKET_LOOK.colour,
        style: RIKET_LOOK.dash,
        symbol: RIKET_LOOK.symbol,
      },
    ],
    from: undefined,
    to: undefined,
    labels: { targetPath: 'Målbana', target: 'Mål', missing: 'Saknas' },
    description: 'Förvärmning',
  });
}

function ranking(): ChartOption {
  return buildRankingOption({
    lang: 'sv',
    decimals: 1,
    unit: 'procent',
    direction: 'higher_is_better',
    selected: ['20'],
    entries: [
      { code: '01', name: 'Stockholms län', value: 5.1, marker: null },
      { code: '20', name: 'Dalarnas län', value: 4.2, marker: null },
      { code: '25', name: 'Norrbottens län', value: null, marker: '..' },
    ],
    riket: { name: 'Riket', value: 4.8 },
    description: 'Förvärmning',
  });
}

function barLine(): ChartOption {
  return buildBarLineOption({
    lang: 'sv',
    categories: YEARS.map(String),
    series: [
      {
        name: 'Beviljat',
        kind: 'bar',
        values: [1, 2, 3, null, 5],
        colour: PALETTE.selected,
        decimals: 1,
        stack: 'a',
      },
      { name: 'Ansökt', kind: 'line', values: [2, 3, 4, 5, 6], colour: PALETTE.riket, decimals: 1 },
    ],
    unit: 'mnkr',
    description: 'Förvärmning',
  });
}

/**
 * Bars along long category names that wrap (Finansiering's RUS areas and chain levels): the code that
 * breaks a label into lines is its own, and the RUS chart's first drawing took 35–50 ms cold.
 */
function horizontalBars(): ChartOption {
  return buildBarLineOption({
    lang: 'sv',
    categories: [
      'Hållbar och attraktiv livsmiljö i hela länet',
      'Innovation och näringslivsutveckling för omställning',
      'Kompetensförsörjning',
    ],
    series: [
      { name: 'Andel', kind: 'bar', values: [40, 35, null], colour: PALETTE.selected, decimals: 0 },
      { name: 'Planerad', kind: 'bar', values: [30, 40, 30], colour: PALETTE.riket, decimals: 0 },
    ],
    unit: '%',
    horizontal: true,
    description: 'Förvärmning',
  });
}

/** A bare line chart: most of the axis and line code, compiled before the trend's own drawing. */
function bareLine(): ChartOption {
  return {
    animation: false,
    textStyle: CHART_TEXT,
    xAxis: { type: 'category', data: YEARS.map(String) },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data: [1, 3, 2, 4, 3] }],
  };
}

/** The bare line with the trend's legend and tooltip. */
function lineWithLegend(): ChartOption {
  return {
    ...bareLine(),
    legend: { type: 'scroll', top: 0, left: 0, data: ['Län'] },
    tooltip: { trigger: 'axis' },
    series: [
      { type: 'line', name: 'Län', data: [1, 3, 2, 4, 3], symbol: 'circle', lineStyle: { type: 'dashed' } },
    ],
  };
}

/**
 * One option per chart kind the app draws with the chart library's first chunk (the map has its own),
 * after a bare line chart and one with a legend, so that no drawing here takes long by itself.
 */
export function warmUpOptions(): readonly ChartOption[] {
  return [bareLine(), lineWithLegend(), trend(), ranking(), barLine(), horizontalBars()];
}
