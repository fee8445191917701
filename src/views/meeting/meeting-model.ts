import { trendRows, type TrendInput } from '../../charts/trend-option';
import { CHAIN_LEVEL_INFO, type ChainLevel } from '../../domain/chain-levels';
import { slideKey, type DeckCandidate, type SlideKind } from '../../domain/meeting-deck';
import { pick } from '../../domain/language';
import { comparePeriods, periodLabel, type Period } from '../../domain/period';
import type { Region } from '../../domain/regions';
import type { TargetStatus } from '../../domain/target';
import type { Dataset } from '../../data/dataset/dataset';
import type { Lang } from '../../domain/language';
import type { Translate } from '../../i18n/dictionary';
import { scopeOf, type UrlState } from '../../state/url-state';
import {
  buildOverviewModel,
  overviewCard,
  overviewFocus,
  type OverviewCard,
  type OverviewLevel,
} from '../overview-model';
import { buildFinanceFigures } from '../panels/finance-figures-panel';
import { resolveLedgerSelection } from '../panels/ledger-selection';
import type { PanelContext } from '../panels/panel-context';
import { regionTrendPanel } from '../panels/trend-panel';
import { sourceText } from '../source-text';
import { isInvented } from '../summary/invented';
import { cardSentence } from '../summary/overview-summary';
import { sentenceText } from '../../domain/summary/level-summary';
import { statusCounts, type IndicatorSummary } from '../summaries';

/** What every slide states: its source, its period, and whether any value on it is invented. */
interface SlideBase {
  readonly key: string;
  readonly title: string;
  readonly source: string;
  readonly period: string;
  readonly invented: boolean;
}

/** A chain level: the region's counts per status, and its indicators with values and targets. */
export interface LevelSlide extends SlideBase {
  readonly kind: 'niva';
  readonly level: ChainLevel;
  readonly counts: Readonly<Record<TargetStatus, number>>;
  readonly rows: readonly IndicatorSummary[];
}

/** An indicator or a finance figure: the value and change in large figures, the trend against target. */
export interface FigureSlide extends SlideBase {
  readonly kind: 'indikator' | 'finans';
  readonly level: ChainLevel;
  readonly summary: IndicatorSummary;
  readonly trend: TrendInput;
  /** A finance figure's formula, in words. */
  readonly formula: string | undefined;
  /** The generated summary's sentence for the indicator (its invented notice left to the slide's foot). */
  readonly sentence: string | undefined;
}

export type Slide = LevelSlide | FigureSlide;

/** A slide the data can show: its key, its name in the slide list, and how to build it when shown. */
export interface SlideCandidate extends DeckCandidate {
  readonly kind: SlideKind;
  readonly label: string;
  readonly build: () => Slide;
}

export interface MeetingModel {
  readonly regionCode: string;
  readonly regionName: string;
  /** Every slide the data can show, in the deck's order: levels, their indicators, finance figures. */
  readonly candidates: readonly SlideCandidate[];
}

const hasValue = (s: IndicatorSummary): boolean => s.latest !== undefined && s.latest.value !== null;

/** "2024", or "2023–2024" when the values are of several periods. */
function periodSpan(periods: readonly Period[], lang: Lang): string {
  const sorted = [...periods].sort(comparePeriods);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '–';
  const [a, b] = [periodLabel(first, lang), periodLabel(last, lang)];
  return a === b ? a : `${a}–${b}`;
}

function levelSlide(context: PanelContext, focus: Region, level: OverviewLevel): LevelSlide {
  const { dataset, lang } = context;
  const cards = level.cards.filter((c) => hasValue(c.summary));
  return {
    kind: 'niva',
    key: slideKey({ kind: 'niva', id: level.level }),
    title: pick(CHAIN_LEVEL_INFO[level.level].label, lang),
    level: level.level,
    counts: statusCounts(cards.map((c) => c.summary)),
    rows: cards.map((c) => c.summary),
    source: [...new Set(cards.map((c) => c.source))].join('; '),
    period: periodSpan(
      cards.flatMap((c) => (c.summary.latest ? [c.summary.latest.period] : [])),
      lang,
    ),
    invented: cards.some((c) => isInvented(dataset, c.listed.indicator.id, focus.code)),
  };
}

/** The indicator's trend for the region against its target path (and Riket), as the Indikator view draws it. */
function figureSlide(
  context: PanelContext,
  focus: Region,
  card: OverviewCard,
  kind: FigureSlide['kind'],
  formula?: string,
): FigureSlide {
  const { dataset, lang } = context;
  const { listed, summary } = card;
  const { indicator } = listed;
  const panel = regionTrendPanel(context, focus, listed, summary.granularity);
  const rows = trendRows(panel.input);
  return {
    kind,
    key: slideKey({ kind, id: indicator.id }),
    title: pick(indicator.name, lang),
    level: indicator.chainLevel,
    summary,
    trend: panel.input,
    formula,
    source: sourceText(dataset, indicator, panel.regions, lang),
    period: periodSpan(
      rows.map((r) => r.period),
      lang,
    ),
    invented: panel.regions.some((r) => isInvented(dataset, indicator.id, r)),
    sentence: generatedSentence(dataset, focus, card, lang),
  };
}

/** The Län view's sentence for the card, without "Exempeldata" (the slide's foot says it). */
function generatedSentence(
  dataset: Dataset,
  focus: Region,
  card: OverviewCard,
  lang: Lang,
): string | undefined {
  const sentence = cardSentence(dataset, focus, card, lang);
  return sentence ? sentenceText(sentence, ['invented']) : undefined;
}

/** The ledger's key figures for the region, where the ledger covers it and gives a value. */
function financeCandidates(context: PanelContext, focus: Region): SlideCandidate[] {
  const { dataset } = context;
  const selection = resolveLedgerSelection(context, {
    region: focus.code,
    supportType: undefined,
    at: undefined,
  });
  if (!selection || selection.region !== focus.code) return [];
  return buildFinanceFigures(context, selection).flatMap((figure) => {
    const indicator = dataset.indicators.find((i) => i.id === figure.id);
    if (!indicator || figure.value === null) return [];
    const listed = { indicator, inCatalogue: true };
    return [
      {
        kind: 'finans' as const,
        key: slideKey({ kind: 'finans', id: figure.id }),
        label: figure.name,
        inDefault: false,
        build: () =>
          figureSlide(context, focus, overviewCard(context, focus, listed), 'finans', figure.formula),
      },
    ];
  });
}

/**
 * Every slide the meeting screen can show for the region (a kommun's county, as in the views that
 * compare the län): one per chain level with data, one per indicator with data (level by level),
 * then one per finance figure the ledger gives. The default deck is the levels and their indicators.
 * Slides are built when shown.
 */
export function buildMeetingModel(
  dataset: Dataset,
  state: Pick<UrlState, 'region' | 'level'>,
  lang: Lang,
  t: Translate,
): MeetingModel {
  const scope = scopeOf(state);
  const context: PanelContext = { dataset, scope, lang, t };
  const focus = overviewFocus(scope, state.region);
  const overview = buildOverviewModel(dataset, scope, focus.code, lang, t);
  const levels = overview.levels.filter((l) => l.cards.some((c) => hasValue(c.summary)));
  const levelCandidates: SlideCandidate[] = levels.map((level) => ({
    kind: 'niva',
    key: slideKey({ kind: 'niva', id: level.level }),
    label: pick(CHAIN_LEVEL_INFO[level.level].label, lang),
    inDefault: true,
    build: () => levelSlide(context, focus, level),
  }));
  const indicatorCandidates: SlideCandidate[] = levels.flatMap((level) =>
    level.cards
      .filter((c) => hasValue(c.summary))
      .map((card) => ({
        kind: 'indikator',
        key: slideKey({ kind: 'indikator', id: card.listed.indicator.id }),
        label: pick(card.listed.indicator.name, lang),
        inDefault: true,
        build: () => figureSlide(context, focus, card, 'indikator'),
      })),
  );
  return {
    regionCode: focus.code,
    regionName: overview.regionName,
    candidates: [...levelCandidates, ...indicatorCandidates, ...financeCandidates(context, focus)],
  };
}
