import type { ChartOption } from '../../charts/echarts-types';
import { buildTrendOption, trendRows, type TrendInput } from '../../charts/trend-option';
import type { ChainLevel } from '../../domain/chain-levels';
import { pick, type Lang } from '../../domain/language';
import { RIKET, type Region } from '../../domain/regions';
import { MAX_BRIEFING_CHARTS } from '../../state/briefing-params';
import type { OverviewCard } from '../overview-model';
import type { PanelContext } from '../panels/panel-context';
import { regionTrendPanel } from '../panels/trend-panel';
import { sourceText } from '../source-text';
import { isInvented } from '../summary/invented';

/** An indicator with a value for the region: one the briefing can chart. */
export interface ChartCandidate {
  readonly id: string;
  readonly name: string;
  readonly level: ChainLevel;
  /** The first indicator with a value of its level: in the default choice. */
  readonly firstOfLevel: boolean;
  readonly card: OverviewCard;
}

/** One key chart: the region's trend against its target path (and Riket), small, with its source. */
export interface BriefingChart {
  readonly id: string;
  /** The indicator's name: the chart's heading. */
  readonly title: string;
  /** What the chart shows, in a sentence: its accessible name. */
  readonly description: string;
  readonly unit: string;
  readonly source: string;
  /** The catalogue's source (Swedish whatever the language), within `source` for the example data. */
  readonly catalogueSource: string;
  /** "2012–2030": the periods drawn. */
  readonly period: string;
  readonly trend: TrendInput;
  /** Riket is drawn beside the region. */
  readonly withRiket: boolean;
  /** What the chart leaves out (Riket's sum), said under it. */
  readonly note: string | undefined;
  readonly invented: boolean;
}

/** The chart's text and lines, drawn smaller than on the Indikator view: six fit on the page. */
const BRIEFING_CHART_SCALE = 0.8;

/** The candidates, level by level in chain order (each level's cards in the catalogue's order). */
export function chartCandidates(
  levels: readonly { readonly level: ChainLevel; readonly cards: readonly OverviewCard[] }[],
  lang: Lang,
): ChartCandidate[] {
  return levels.flatMap((l) =>
    l.cards.map((card, k) => ({
      id: card.listed.indicator.id,
      name: pick(card.listed.indicator.name, lang),
      level: l.level,
      firstOfLevel: k === 0,
      card,
    })),
  );
}

/**
 * The charts shown: those chosen (ids the data lacks are passed over), or by default the first
 * indicator with a value of each level; in the candidates' order, at most six.
 */
export function chosenCharts(
  candidates: readonly ChartCandidate[],
  chosen: readonly string[] | undefined,
): ChartCandidate[] {
  const wanted = chosen === undefined ? undefined : new Set(chosen);
  return candidates
    .filter((c) => (wanted === undefined ? c.firstOfLevel : wanted.has(c.id)))
    .slice(0, MAX_BRIEFING_CHARTS);
}

/** The chart of one candidate, as the Indikator view's trend (same builder), without compared regions. */
export function briefingChart(context: PanelContext, focus: Region, card: OverviewCard): BriefingChart {
  const { dataset, lang } = context;
  const { listed, summary } = card;
  const { indicator } = listed;
  const panel = regionTrendPanel(context, focus, listed, summary.granularity);
  const rows = trendRows(panel.input);
  const first = rows[0]?.label;
  const last = rows[rows.length - 1]?.label;
  return {
    id: indicator.id,
    title: pick(indicator.name, lang),
    description: panel.input.description,
    unit: pick(indicator.unit, lang),
    source: sourceText(dataset, indicator, panel.regions, lang),
    catalogueSource: indicator.source,
    period: first === undefined ? '–' : first === last ? first : `${first}–${last ?? ''}`,
    // The unit is said under the heading and the note under the plot: drawn on a small chart, they
    // would run off its side.
    trend: { ...panel.input, unit: '', note: undefined, scale: BRIEFING_CHART_SCALE },
    note: panel.input.note,
    withRiket: focus.code !== RIKET.code && panel.regions.includes(RIKET.code),
    invented: panel.regions.some((r) => isInvented(dataset, indicator.id, r)),
  };
}

/**
 * The trend option for a small chart: the Indikator view's, without its legend (the page names the
 * lines once, under the charts), so the plot keeps the room.
 */
export function smallTrendOption(input: TrendInput): ChartOption {
  const option = buildTrendOption(input);
  const grid = option.grid;
  return { ...option, legend: { show: false }, grid: Array.isArray(grid) ? grid : { ...grid, top: 12 } };
}
