import { CHAIN_LEVELS, type ChainLevel } from './chain-levels';
import type { Direction, QuestionKind } from './indicator';
import { latestWithValue, type SeriesPoint } from './series';
import { statusAgainstTarget, targetPath, type Target, type TargetStatus } from './target';
import type { Strategy, StrategyIndicator } from './strategy';
import { foldName } from './text-match';

/** How two strategies' indicators were found to be the same measure. */
export type MatchBasis = 'kolada' | 'scb' | 'name';

export interface IndicatorMatch {
  readonly ours: StrategyIndicator;
  readonly theirs: StrategyIndicator;
  readonly by: MatchBasis;
}

export interface SharedQuestion {
  /** As our strategy writes it. */
  readonly text: string;
  readonly kind: QuestionKind;
  /** The indicators of each strategy that help answer it. */
  readonly ours: readonly StrategyIndicator[];
  readonly theirs: readonly StrategyIndicator[];
}

/** One level of the chain compared: shared indicators sit at our level (theirs may differ). */
export interface LevelComparison {
  readonly level: ChainLevel;
  readonly shared: readonly IndicatorMatch[];
  readonly onlyOurs: readonly StrategyIndicator[];
  readonly onlyTheirs: readonly StrategyIndicator[];
  /** Questions both ask, placed at the level of our first indicator that carries them. */
  readonly questions: readonly SharedQuestion[];
}

export interface StrategyComparison {
  readonly levels: readonly LevelComparison[];
  readonly totals: {
    readonly shared: number;
    readonly onlyOurs: number;
    readonly onlyTheirs: number;
    readonly questions: number;
  };
}

const idKey = (id: string | undefined): string | undefined => {
  const key = id?.trim().toUpperCase();
  return key ? key : undefined;
};

/** The key a question is compared by: case, diacritics, punctuation and a closing `?` do not matter. */
export const questionKey = (text: string): string => foldName(text.replace(/[?？!.]+\s*$/, ''));

const KEYS: readonly [MatchBasis, (i: StrategyIndicator) => string | undefined][] = [
  ['kolada', (i) => idKey(i.koladaId)],
  ['scb', (i) => idKey(i.scbId)],
  ['name', (i) => foldName(i.name) || undefined],
];

/**
 * The indicators both strategies follow: matched by Kolada id, then (among those left) by SCB id,
 * then by name (folded: case, diacritics, punctuation). Each indicator matches at most one.
 */
export function matchIndicators(ours: Strategy, theirs: Strategy): IndicatorMatch[] {
  const matches: IndicatorMatch[] = [];
  const usedOurs = new Set<StrategyIndicator>();
  const usedTheirs = new Set<StrategyIndicator>();
  for (const [by, key] of KEYS) {
    const byKey = new Map<string, StrategyIndicator>();
    for (const t of theirs.indicators) {
      const k = usedTheirs.has(t) ? undefined : key(t);
      if (k !== undefined && !byKey.has(k)) byKey.set(k, t);
    }
    for (const o of ours.indicators) {
      if (usedOurs.has(o)) continue;
      const k = key(o);
      const t = k === undefined ? undefined : byKey.get(k);
      if (!t || usedTheirs.has(t)) continue;
      matches.push({ ours: o, theirs: t, by });
      usedOurs.add(o);
      usedTheirs.add(t);
    }
  }
  return matches;
}

function sharedQuestions(
  ours: Strategy,
  theirs: Strategy,
): { level: ChainLevel; question: SharedQuestion }[] {
  const theirsByKey = new Map<string, StrategyIndicator[]>();
  for (const t of theirs.indicators) {
    if (!t.question) continue;
    const k = questionKey(t.question.text);
    theirsByKey.set(k, [...(theirsByKey.get(k) ?? []), t]);
  }
  const found = new Map<string, { level: ChainLevel; question: SharedQuestion }>();
  for (const o of ours.indicators) {
    if (!o.question) continue;
    const k = questionKey(o.question.text);
    const their = theirsByKey.get(k);
    if (!their || k === '') continue;
    const seen = found.get(k);
    if (seen) found.set(k, { ...seen, question: { ...seen.question, ours: [...seen.question.ours, o] } });
    else
      found.set(k, {
        level: o.chainLevel,
        question: { text: o.question.text, kind: o.question.kind, ours: [o], theirs: their },
      });
  }
  return [...found.values()];
}

/** Two chains side by side, level by level: shared indicators, each side's own, the shared questions. */
export function compareStrategies(ours: Strategy, theirs: Strategy): StrategyComparison {
  const matches = matchIndicators(ours, theirs);
  const matchedOurs = new Set(matches.map((m) => m.ours));
  const matchedTheirs = new Set(matches.map((m) => m.theirs));
  const questions = sharedQuestions(ours, theirs);
  const levels = CHAIN_LEVELS.map((level) => ({
    level,
    shared: matches.filter((m) => m.ours.chainLevel === level),
    onlyOurs: ours.indicators.filter((i) => i.chainLevel === level && !matchedOurs.has(i)),
    onlyTheirs: theirs.indicators.filter((i) => i.chainLevel === level && !matchedTheirs.has(i)),
    questions: questions.filter((q) => q.level === level).map((q) => q.question),
  }));
  return {
    levels,
    totals: {
      shared: matches.length,
      onlyOurs: ours.indicators.length - matches.length,
      onlyTheirs: theirs.indicators.length - matches.length,
      questions: questions.length,
    },
  };
}

/**
 * A region's status for one indicator as the Län view's card has it: the latest value with a number
 * against the target path (from the first value when no target gives a baseline).
 */
export function latestStatus(
  series: readonly SeriesPoint[],
  targets: readonly Target[],
  direction: Direction,
): TargetStatus {
  const latest = latestWithValue(series);
  const first = series.find((p) => p.value !== null);
  const path = targetPath(
    targets,
    first && first.value !== null ? { period: first.period, value: first.value } : undefined,
  );
  if (!latest)
    return statusAgainstTarget(null, { granularity: 'year', year: 0, sub: 0 }, direction, path).status;
  return statusAgainstTarget(latest.value, latest.period, direction, path).status;
}
