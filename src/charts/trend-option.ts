import type { Lang } from '../domain/language';
import { periodLabel, periodMidpoint, type Granularity, type Period } from '../domain/period';
import { periodAt, periodRange, type SeriesPoint } from '../domain/series';
import { expectedValueAt, type PathPoint } from '../domain/target';
import { formatAxisNumber, formatValue } from '../i18n/format';
import { escapeHtml, type ChartOption, type LineSeriesOption, type ScatterSeriesOption } from './echarts-types';
import { CHART_TEXT, PALETTE } from './palette';

export interface TrendInput {
  readonly lang: Lang;
  readonly granularity: Granularity;
  readonly decimals: number;
  readonly unit: string;
  readonly region: { readonly name: string; readonly points: readonly SeriesPoint[] };
  /** Riket as reference; absent when the region is Riket itself. */
  readonly riket: { readonly name: string; readonly points: readonly SeriesPoint[] } | undefined;
  /** The region's target path (baseline and targets); empty when it has no target. */
  readonly path: readonly PathPoint[];
  readonly labels: { readonly targetPath: string; readonly target: string; readonly missing: string };
  /** One sentence that says what the chart shows, for screen readers. */
  readonly description: string;
}

/** One period of the chart and of its table: the same numbers feed both. */
export interface TrendRow {
  readonly period: Period;
  readonly label: string;
  readonly region: SeriesPoint | undefined;
  readonly riket: SeriesPoint | undefined;
  /** Where the target path is at this period, if the path covers it. */
  readonly path: number | null;
  /** The target value when a target falls in this period. */
  readonly target: number | null;
}

function byKey(points: readonly SeriesPoint[]): Map<string, SeriesPoint> {
  return new Map(points.map((p) => [`${p.period.year}:${p.period.sub}`, p]));
}

const keyOf = (p: Period): string => `${p.year}:${p.sub}`;

/** The chart's periods: from the first observation or baseline to the last observation or target. */
export function trendRows(input: TrendInput): TrendRow[] {
  const { granularity, lang, path } = input;
  const all = [...input.region.points, ...(input.riket?.points ?? [])].map((p) => p.period);
  for (const point of path) all.push(periodAt(point.time, granularity));
  if (all.length === 0) return [];
  const sorted = all.sort((a, b) => periodMidpoint(a) - periodMidpoint(b));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const regionPoints = byKey(input.region.points);
  const riketPoints = byKey(input.riket?.points ?? []);
  const pathStart = path[0]?.time ?? Infinity;
  const pathEnd = path[path.length - 1]?.time ?? -Infinity;
  const targetAt = new Map<string, number>();
  for (const point of path) if (point.kind === 'target') targetAt.set(keyOf(periodAt(point.time, granularity)), point.value);

  return periodRange(first, last).map((period) => {
    const t = periodMidpoint(period);
    const key = keyOf(period);
    const onPath = path.length > 0 && t >= pathStart - 1e-9 && t <= pathEnd + 0.5;
    const pathValue = onPath ? (expectedValueAt(path, Math.min(t, pathEnd)) ?? null) : null;
    return {
      period,
      label: periodLabel(period, lang),
      region: regionPoints.get(key),
      riket: riketPoints.get(key),
      path: pathValue,
      target: targetAt.get(key) ?? null,
    };
  });
}

/**
 * The time-series chart: the region, Riket as reference (dashed), the target path (dotted) and the
 * targets as diamonds. Missing values are gaps, never zeros. One `dataset` feeds every series.
 */
export function buildTrendOption(input: TrendInput): ChartOption {
  const rows = trendRows(input);
  const { lang, decimals, labels } = input;
  const showSymbols = rows.length <= 40;
  const source = rows.map((r) => [r.label, r.region?.value ?? null, r.riket?.value ?? null, r.path, r.target]);

  const tooltipFormatter = (params: unknown): string => {
    const items = Array.isArray(params) ? params : [params];
    const first = items[0] as { dataIndex?: number } | undefined;
    const row = rows[first?.dataIndex ?? -1];
    if (!row) return '';
    const lines = [`<strong>${escapeHtml(row.label)}</strong>`];
    const line = (name: string, value: string): void => {
      lines.push(`${escapeHtml(name)}: ${escapeHtml(value)}`);
    };
    line(input.region.name, formatValue(row.region?.value ?? null, row.region?.marker ?? null, decimals, lang));
    if (input.riket) line(input.riket.name, formatValue(row.riket?.value ?? null, row.riket?.marker ?? null, decimals, lang));
    if (row.path !== null) line(labels.targetPath, formatValue(row.path, null, decimals, lang));
    if (row.target !== null) line(labels.target, formatValue(row.target, null, decimals, lang));
    return lines.join('<br/>');
  };

  const regionSeries: LineSeriesOption = {
    type: 'line',
    name: input.region.name,
    encode: { x: 'period', y: 'region' },
    showSymbol: showSymbols,
    symbol: 'circle',
    symbolSize: 6,
    sampling: 'lttb',
    connectNulls: false,
    lineStyle: { width: 3, color: PALETTE.selected },
    itemStyle: { color: PALETTE.selected },
    z: 4,
  };
  const riketSeries: LineSeriesOption[] = input.riket
    ? [
        {
          type: 'line',
          name: input.riket.name,
          encode: { x: 'period', y: 'riket' },
          showSymbol: false,
          sampling: 'lttb',
          connectNulls: false,
          lineStyle: { width: 2, type: 'dashed', color: PALETTE.riket },
          itemStyle: { color: PALETTE.riket },
          z: 3,
        },
      ]
    : [];
  const targetSeries: (LineSeriesOption | ScatterSeriesOption)[] =
    input.path.length > 0
      ? [
          {
            type: 'line',
            name: labels.targetPath,
            encode: { x: 'period', y: 'path' },
            showSymbol: false,
            connectNulls: true,
            lineStyle: { width: 2, type: 'dotted', color: PALETTE.target },
            itemStyle: { color: PALETTE.target },
            z: 2,
          },
          {
            type: 'scatter',
            name: labels.target,
            encode: { x: 'period', y: 'target' },
            symbol: 'diamond',
            symbolSize: 14,
            itemStyle: { color: PALETTE.target, borderColor: '#FFFFFF', borderWidth: 1 },
            z: 5,
          },
        ]
      : [];
  const series = [regionSeries, ...riketSeries, ...targetSeries];

  const option: ChartOption = {
    animation: false,
    textStyle: CHART_TEXT,
    aria: { enabled: true, label: { description: input.description } },
    dataset: { source, dimensions: ['period', 'region', 'riket', 'path', 'target'] },
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, data: series.map((s) => String(s.name)), textStyle: { color: PALETTE.text } },
    tooltip: { trigger: 'axis', formatter: tooltipFormatter },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      axisLabel: { color: PALETTE.axis, hideOverlap: true },
      axisLine: { lineStyle: { color: PALETTE.axis } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      // Counts have whole-number ticks.
      minInterval: decimals === 0 ? 1 : undefined,
      name: input.unit,
      nameTextStyle: { color: PALETTE.axis, align: 'left' },
      axisLabel: { color: PALETTE.axis, formatter: (value: number) => formatAxisNumber(value, lang) },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    series,
  };
  return option;
}
