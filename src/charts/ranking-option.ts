import type { Direction } from '../domain/indicator';
import type { Lang } from '../domain/language';
import { formatAxisNumber, formatValue } from '../i18n/format';
import { chartAria, escapeHtml, type BarSeriesOption, type ChartOption } from './echarts-types';
import { CHART_TEXT, PALETTE } from './palette';
import { rankEntries, type RankedEntry, type RankingEntry } from '../domain/ranking';

export type { RankedEntry, RankingEntry };

export interface RankingInput {
  readonly lang: Lang;
  readonly decimals: number;
  readonly unit: string;
  readonly direction: Direction;
  /** Codes of the highlighted regions. */
  readonly selected: readonly string[];
  readonly entries: readonly RankingEntry[];
  readonly riket: { readonly name: string; readonly value: number | null } | undefined;
  readonly description: string;
}

/**
 * All län ranked as horizontal bars, best at the top. Selected län are drawn in the accent colour
 * and marked "▶" in the axis label (not by colour alone); Riket is a labelled vertical line.
 * A missing value has no bar and says "..".
 */
export function buildRankingOption(input: RankingInput): ChartOption {
  const ranked = rankEntries(input.entries, input.direction, input.selected);
  const { lang, decimals } = input;
  const names = ranked.map((e) => (e.selected ? `▶ ${e.name}` : e.name));
  const bar: BarSeriesOption = {
    type: 'bar',
    name: input.unit,
    data: ranked.map((e) => ({
      value: e.value,
      itemStyle: { color: e.selected ? PALETTE.selected : PALETTE.other },
      label: {
        show: true,
        position: 'right',
        color: PALETTE.text,
        fontWeight: e.selected ? 'bold' : 'normal',
        formatter: () => formatValue(e.value, e.marker, decimals, lang),
      },
    })),
    barMaxWidth: 18,
    markLine:
      input.riket && input.riket.value !== null
        ? {
            silent: true,
            symbol: 'none',
            lineStyle: { color: PALETTE.riket, type: 'dashed', width: 2 },
            label: {
              formatter: `${input.riket.name} ${formatValue(input.riket.value, null, decimals, lang)}`,
              // The category axis is inverted: 'start' is the top of the line.
              position: 'start',
              color: PALETTE.text,
            },
            data: [{ xAxis: input.riket.value }],
          }
        : undefined,
  };
  return {
    animation: false,
    textStyle: CHART_TEXT,
    aria: chartAria(input.description),
    grid: { left: 8, right: 64, top: 36, bottom: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex ?? -1;
        const entry = ranked[index];
        if (!entry) return '';
        const rank = entry.rank === undefined ? '' : `${entry.rank}. `;
        return `${escapeHtml(rank + entry.name)}<br/>${escapeHtml(formatValue(entry.value, entry.marker, decimals, lang))} ${escapeHtml(input.unit)}`;
      },
    },
    xAxis: {
      type: 'value',
      scale: false,
      axisLabel: { color: PALETTE.axis, formatter: (value: number) => formatAxisNumber(value, lang) },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: {
        color: PALETTE.text,
        interval: 0,
        fontWeight: 'normal',
      },
      axisTick: { show: false },
    },
    series: [bar],
  };
}
