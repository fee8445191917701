import type { Assessment } from '../../domain/assessment';
import type { ChainLevel } from '../../domain/chain-levels';
import type { Lang } from '../../domain/language';
import type { Note } from '../../domain/notes';
import { periodEnd, type Period } from '../../domain/period';
import type { TargetStatus } from '../../domain/target';
import type { Dataset } from '../../data/dataset/dataset';
import type { Translate } from '../../i18n/dictionary';
import { scopeOf } from '../../state/url-state';
import { buildOverviewModel, overviewFocus, type OverviewCard } from '../overview-model';
import type { PanelContext } from '../panels/panel-context';
import { isInvented } from '../summary/invented';
import { overviewSummary } from '../summary/overview-summary';
import { statusCounts, type IndicatorSummary } from '../summaries';
import {
  briefingChart,
  chartCandidates,
  chosenCharts,
  type BriefingChart,
  type ChartCandidate,
} from './briefing-charts';
import { briefingAssessments, briefingNotes } from './briefing-notes';

/** A chain level's counts per status, over its indicators with a value. */
export interface BriefingLevel {
  readonly level: ChainLevel;
  readonly counts: Readonly<Record<TargetStatus, number>>;
}

export interface BriefingModel {
  readonly regionCode: string;
  readonly regionName: string;
  /** The latest period of any value on the page ("data t.o.m."). */
  readonly dataUntil: Period | undefined;
  /** The levels with a value, in chain order, and their sum. */
  readonly levels: readonly BriefingLevel[];
  readonly totals: Readonly<Record<TargetStatus, number>>;
  /** The indicators off track, then at risk, each group in chain order (at most eight): value, target and change. */
  readonly attention: readonly IndicatorSummary[];
  /** How many more are off track or at risk than the page has room for. */
  readonly attentionMore: number;
  /** The indicators with a value: what the chart choice lists. */
  readonly candidates: readonly ChartCandidate[];
  readonly charts: readonly BriefingChart[];
  /** The generated summary: each level's first sentence (what needs attention first), without the invented notice. */
  readonly summary: readonly string[];
  /** The region's notes and those for every region, newest first. */
  readonly notes: readonly Note[];
  /** The region's assessments of its evaluation questions (the latest per question), newest first. */
  readonly assessments: readonly Assessment[];
  /** The distinct sources of what the page shows. */
  readonly sources: readonly string[];
  /** Some value on the page is invented (the example data). */
  readonly invented: boolean;
  /** The cards with a value, in chain order: what "Spara underlag" keeps and the changes are found in. */
  readonly cards: readonly OverviewCard[];
}

export interface BriefingChoice {
  /** Riket or a county (a kommun's briefing is its county's: the view passes the county level). */
  readonly region: string;
  /** A målområde's indicators; undefined: all. */
  readonly only?: ReadonlySet<string>;
  /** The chosen charts' indicators; undefined: the default (one per level with data). */
  readonly charts: readonly string[] | undefined;
  readonly notes: readonly Note[];
  readonly assessments?: readonly Assessment[];
}

const hasValue = (c: OverviewCard): boolean =>
  c.summary.latest !== undefined && c.summary.latest.value !== null;

const ATTENTION: readonly TargetStatus[] = ['off_track', 'at_risk'];
/** At most this many rows of indicators off track or at risk: the page has room for no more. */
export const MAX_ATTENTION_ROWS = 8;

function latestPeriod(cards: readonly OverviewCard[]): Period | undefined {
  let latest: Period | undefined;
  for (const c of cards) {
    const p = c.summary.latest?.period;
    if (p && (!latest || periodEnd(p) > periodEnd(latest))) latest = p;
  }
  return latest;
}

/**
 * Each source once; a joined source ("a.csv; Exempeldata …") counts as its parts, and sources that
 * begin alike ("Exempeldata (påhittad), förebild: SCB", "…: PRV") are said once with their rests.
 */
export function distinctSources(texts: readonly string[]): string[] {
  const parts = [...new Set(texts.flatMap((s) => s.split('; ')).filter((s) => s !== '' && s !== '–'))];
  const groups = new Map<string, string[]>();
  for (const part of parts) {
    const at = part.indexOf(': ');
    const head = at < 0 ? part : part.slice(0, at);
    const rests = groups.get(head) ?? [];
    rests.push(at < 0 ? '' : part.slice(at + 2));
    groups.set(head, rests);
  }
  return [...groups.entries()].flatMap(([head, rests]) =>
    rests.length === 1 || rests.includes('')
      ? rests.map((rest) => (rest === '' ? head : `${head}: ${rest}`))
      : [`${head}: ${rests.join(', ')}`],
  );
}

/**
 * Ledningsunderlag for a region: the status per chain level, what is off track or at risk, the
 * chosen key charts, the generated summary, the notes and the sources — what its one page shows.
 */
export function buildBriefingModel(
  dataset: Dataset,
  choice: BriefingChoice,
  lang: Lang,
  t: Translate,
): BriefingModel {
  const scope = scopeOf({ region: choice.region, level: 'lan' });
  const context: PanelContext = { dataset, scope, lang, t };
  const focus = overviewFocus(scope, choice.region);
  const overview = buildOverviewModel(dataset, scope, focus.code, lang, t, choice.only);
  const levels = overview.levels
    .map((l) => ({ level: l.level, cards: l.cards.filter(hasValue) }))
    .filter((l) => l.cards.length > 0);
  const cards = levels.flatMap((l) => l.cards);
  const candidates = chartCandidates(levels, lang);
  const charts = chosenCharts(candidates, choice.charts).map((c) => briefingChart(context, focus, c.card));
  const summary = overviewSummary(dataset, overview, lang);
  const attention = ATTENTION.flatMap((s) => cards.filter((c) => c.summary.status.status === s));
  return {
    regionCode: focus.code,
    regionName: overview.regionName,
    dataUntil: latestPeriod(cards),
    levels: levels.map((l) => ({ level: l.level, counts: statusCounts(l.cards.map((c) => c.summary)) })),
    totals: statusCounts(cards.map((c) => c.summary)),
    attention: attention.slice(0, MAX_ATTENTION_ROWS).map((c) => c.summary),
    attentionMore: Math.max(attention.length - MAX_ATTENTION_ROWS, 0),
    candidates,
    charts,
    summary: summary.levels.flatMap((l) => (l.entries[0] ? [l.entries[0].text] : [])),
    notes: briefingNotes(choice.notes, focus.code, choice.only),
    assessments: briefingAssessments(choice.assessments ?? [], focus.code, choice.only),
    sources: distinctSources([...cards.map((c) => c.source), ...charts.map((c) => c.source)]),
    invented:
      cards.some((c) => isInvented(dataset, c.listed.indicator.id, focus.code)) ||
      charts.some((c) => c.invented),
    cards,
  };
}
