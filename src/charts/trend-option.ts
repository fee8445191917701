import type { Lang } from '../domain/language';
import { periodCode, periodLabel, periodMidpoint, type Granularity, type Period } from '../domain/period';
import { periodAt, periodRange, type SeriesPoint } from '../domain/series';
import { expectedValueAt, type PathPoint } from '../domain/target';
import { formatAxisNumber, formatValue } from '../i18n/format';
import {
  chartAria,
  escapeHtml,
  type ChartOption,
  type LineSeriesOption,
  type ScatterSeriesOption,
} from './echarts-types';
import { CHART_TEXT, PALETTE, type LineLook } from './palette';

/** One line of the trend chart: a region (possibly one kön of it) with its own target path. */
export interface TrendLine {
  readonly name: string;
  readonly points: readonly SeriesPoint[];
  /** The line's target path; empty when it has none (Riket, a kön, no targets). */
  readonly path: readonly PathPoint[];
  readonly colour: string;
  /** The dash: the focus solid, compared regions each their own pattern, Riket and kön M dashed. */
  readonly style: LineLook['dash'];
  /** Default: 3 for a solid line, 2 otherwise. */
  readonly width?: number;
  /** An ECharts symbol: each region its own (see palette's looks). */
  readonly symbol: string;
}

export interface TrendInput {
  readonly lang: Lang;
  readonly granularity: Granularity;
  readonly decimals: number;
  readonly unit: string;
  readonly lines: readonly TrendLine[];
  /** Limits of the periods shown; undefined: all. */
  readonly from: Period | undefined;
  readonly to: Period | undefined;
  readonly labels: { readonly targetPath: string; readonly target: string; readonly missing: string };
  /** One sentence that says what the chart shows, for screen readers. */
  readonly description: string;
  /** Amounts and counts: the value axis starts at 0. Rates keep an axis fitted to the data. */
  readonly zeroBased?: boolean;
  /** What the chart leaves out or how to read it, drawn under the plot (e.g. Riket's sum left out). */
  readonly note?: string;
  /**
   * How much larger than on the page the text, lines and markers are drawn: 2 on the meeting
   * screen at 1920 px, so the chart reads from the back of a room. Default 1.
   */
  readonly scale?: number;
  /** The users' notes (the learning log), each a marker on its period and a line in the tooltip. */
  readonly annotations?: TrendAnnotations;
}

export interface TrendAnnotations {
  /** The marker's short label ("Anteckning"). */
  readonly label: string;
  /** Each note's period and its text as shown (author and text); never HTML. */
  readonly items: readonly { readonly period: Period; readonly text: string }[];
}

/** One period of the chart and of its table: the same numbers feed both. */
export interface TrendRow {
  readonly period: Period;
  readonly label: string;
  /** Per line: its point at this period, if any. */
  readonly points: readonly (SeriesPoint | undefined)[];
  /** Per line: where its target path is at this period, if the path covers it. */
  readonly paths: readonly (number | null)[];
  /** Per line: the target value when one falls in this period. */
  readonly targets: readonly (number | null)[];
}

const keyOf = (p: Period): number => periodCode(p);

/** The chart's periods: from the first observation or baseline to the last observation or target, within from–to. */
export function trendRows(input: TrendInput): TrendRow[] {
  const { granularity, lang, lines } = input;
  const all: Period[] = [];
  for (const line of lines) {
    for (const p of line.points) all.push(p.period);
    for (const point of line.path) all.push(periodAt(point.time, granularity));
  }
  if (all.length === 0) return [];
  const sorted = all
    .filter((p) => p.granularity === granularity)
    .sort((a, b) => periodMidpoint(a) - periodMidpoint(b));
  let first = sorted[0];
  let last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  if (
    input.from &&
    periodMidpoint(input.from) > periodMidpoint(first) &&
    input.from.granularity === granularity
  )
    first = input.from;
  if (input.to && periodMidpoint(input.to) < periodMidpoint(last) && input.to.granularity === granularity)
    last = input.to;

  const byLine = lines.map((line) => new Map(line.points.map((p) => [keyOf(p.period), p])));
  const targetsByLine = lines.map((line) => {
    const map = new Map<number, number>();
    for (const point of line.path)
      if (point.kind === 'target') map.set(keyOf(periodAt(point.time, granularity)), point.value);
    return map;
  });

  return periodRange(first, last).map((period) => {
    const t = periodMidpoint(period);
    const key = keyOf(period);
    return {
      period,
      label: periodLabel(period, lang),
      points: byLine.map((map) => map.get(key)),
      paths: lines.map((line) => {
        const start = line.path[0]?.time;
        const end = line.path[line.path.length - 1]?.time;
        if (start === undefined || end === undefined || t < start - 1e-9 || t > end + 0.5) return null;
        return expectedValueAt(line.path, Math.min(t, end)) ?? null;
      }),
      targets: targetsByLine.map((map) => map.get(key) ?? null),
    };
  });
}

/**
 * A dashed vertical line, labelled, at each period with a note (once per period). Silent: the
 * axis tooltip says the notes' text, escaped.
 */
function noteMarkers(
  rows: readonly TrendRow[],
  annotations: TrendAnnotations,
  size: (px: number) => number,
): LineSeriesOption['markLine'] | undefined {
  const periods = new Set(annotations.items.map((n) => keyOf(n.period)));
  const data = rows.filter((r) => periods.has(keyOf(r.period))).map((r) => ({ xAxis: r.label }));
  if (data.length === 0) return undefined;
  return {
    silent: true,
    symbol: ['none', 'none'],
    animation: false,
    lineStyle: { color: PALETTE.axis, type: 'dashed', width: size(1) },
    label: { formatter: annotations.label, position: 'insideEndTop', color: PALETTE.text },
    data,
  };
}

/**
 * The time-series chart: each region, Riket as a dashed reference, each region's target path
 * (dotted, in its colour) and its targets as diamonds. Missing values are gaps, never zeros. One
 * `dataset` feeds every series; dense series drop their symbols and are sampled with LTTB.
 */
export function buildTrendOption(input: TrendInput): ChartOption {
  const rows = trendRows(input);
  const { lang, decimals, labels, lines } = input;
  const showSymbols = rows.length <= 40;
  const s = input.scale ?? 1;
  const size = (px: number): number => Math.round(px * s);
  const fontSize = size(CHART_TEXT.fontSize);
  const dimensions = ['period', ...lines.flatMap((_, k) => [`v${k}`, `p${k}`, `t${k}`])];
  const source = rows.map((r) => [
    r.label,
    ...lines.flatMap((_, k) => [r.points[k]?.value ?? null, r.paths[k] ?? null, r.targets[k] ?? null]),
  ]);

  const annotations = input.annotations ?? { label: '', items: [] };
  const notesAt = (row: TrendRow): string[] =>
    annotations.items.filter((n) => keyOf(n.period) === keyOf(row.period)).map((n) => n.text);

  const tooltipFormatter = (params: unknown): string => {
    const items = Array.isArray(params) ? params : [params];
    const first = items[0] as { dataIndex?: number } | undefined;
    const row = rows[first?.dataIndex ?? -1];
    if (!row) return '';
    const out = [`<strong>${escapeHtml(row.label)}</strong>`];
    lines.forEach((line, k) => {
      const point = row.points[k];
      out.push(
        `${escapeHtml(line.name)}: ${escapeHtml(formatValue(point?.value ?? null, point?.marker ?? null, decimals, lang))}`,
      );
      const path = row.paths[k];
      if (path !== null && path !== undefined)
        out.push(
          `&nbsp;&nbsp;${escapeHtml(labels.targetPath)}: ${escapeHtml(formatValue(path, null, decimals, lang))}`,
        );
      const target = row.targets[k];
      if (target !== null && target !== undefined)
        out.push(
          `&nbsp;&nbsp;${escapeHtml(labels.target)}: ${escapeHtml(formatValue(target, null, decimals, lang))}`,
        );
    });
    for (const text of notesAt(row)) out.push(`${escapeHtml(annotations.label)}: ${escapeHtml(text)}`);
    return out.join('<br/>');
  };

  const series: (LineSeriesOption | ScatterSeriesOption)[] = lines.flatMap((line, k) => {
    const main: LineSeriesOption = {
      type: 'line',
      name: line.name,
      encode: { x: 'period', y: `v${k}` },
      showSymbol: showSymbols,
      symbol: line.symbol,
      symbolSize: size(6),
      sampling: 'lttb',
      connectNulls: false,
      lineStyle: {
        width: size(line.width ?? (line.style === 'solid' ? 3 : 2)),
        type: typeof line.style === 'string' ? line.style : [...line.style],
        color: line.colour,
      },
      itemStyle: { color: line.colour },
      z: 4,
    };
    if (line.path.length === 0) return [main];
    const path: LineSeriesOption = {
      type: 'line',
      name: `${line.name}: ${labels.targetPath}`,
      encode: { x: 'period', y: `p${k}` },
      showSymbol: false,
      connectNulls: true,
      lineStyle: { width: size(2), type: 'dotted', color: line.colour },
      itemStyle: { color: line.colour },
      z: 2,
    };
    const targets: ScatterSeriesOption = {
      type: 'scatter',
      name: `${line.name}: ${labels.target}`,
      encode: { x: 'period', y: `t${k}` },
      symbol: 'diamond',
      symbolSize: size(14),
      itemStyle: { color: line.colour, borderColor: '#FFFFFF', borderWidth: size(1) },
      z: 5,
    };
    return [main, path, targets];
  });
  const marked = noteMarkers(rows, annotations, size);
  const first = series[0];
  if (marked && first?.type === 'line') series[0] = { ...first, markLine: marked };

  const note = input.note ?? '';
  return {
    animation: false,
    textStyle: s === 1 ? CHART_TEXT : { ...CHART_TEXT, fontSize },
    aria: chartAria(note === '' ? input.description : `${input.description} ${note}`),
    dataset: { source, dimensions },
    grid: {
      left: size(8),
      right: size(24),
      top: size(lines.length > 2 ? 72 : 48),
      bottom: size(note === '' ? 8 : 40),
    },
    // The note is part of the picture, so a downloaded PNG says it too.
    ...(note === ''
      ? {}
      : {
          title: {
            text: '',
            subtext: note,
            left: 0,
            bottom: 0,
            padding: 0,
            itemGap: 0,
            subtextStyle: {
              color: PALETTE.text,
              fontSize,
              // Room for the descenders at a larger scale, so the note's last line is not cut.
              ...(s === 1 ? {} : { lineHeight: Math.round(fontSize * 1.3) }),
              width: size(640),
              overflow: 'break' as const,
            },
          },
        }),
    // The legend names the lines; target paths (dotted) and targets (diamonds) are explained beside the chart.
    legend: {
      top: 0,
      left: 0,
      type: 'scroll',
      data: lines.map((l) => l.name),
      textStyle: { color: PALETTE.text, ...(s === 1 ? {} : { fontSize }) },
      ...(s === 1 ? {} : { itemWidth: size(25), itemHeight: size(14) }),
    },
    tooltip: { trigger: 'axis', formatter: tooltipFormatter },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      axisLabel: {
        color: PALETTE.axis,
        hideOverlap: true,
        ...(s === 1 ? {} : { fontSize, margin: size(10) }),
      },
      axisLine: { lineStyle: { color: PALETTE.axis, width: size(1) } },
    },
    yAxis: {
      type: 'value',
      // Amounts start at 0, so bars of time are not exaggerated; rates may zoom to their range.
      scale: input.zeroBased !== true,
      // Counts have whole-number ticks.
      minInterval: decimals === 0 ? 1 : undefined,
      name: input.unit,
      nameTextStyle: { color: PALETTE.axis, align: 'left', ...(s === 1 ? {} : { fontSize }) },
      axisLabel: {
        color: PALETTE.axis,
        formatter: (value: number) => formatAxisNumber(value, lang),
        ...(s === 1 ? {} : { fontSize }),
      },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    series,
  };
}
