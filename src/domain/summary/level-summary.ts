import type { Lang } from '../language';
import { TARGET_STATUSES, type TargetStatus } from '../target';
import type { SentencePartKind, SummarySentence } from './summary-types';

/** At most this many indicator sentences per chain level; the level's count says the rest. */
export const SENTENCES_PER_LEVEL = 3;

/** The order in which a level's indicators get a sentence: what needs attention first. */
const PRIORITY: readonly TargetStatus[] = ['off_track', 'at_risk', 'on_track', 'no_target'];

/**
 * The indicators a level's summary speaks of: those with a value, off track first, then at risk, on
 * track, without a target — each group in the order given (the catalogue's) — at most `max`.
 */
export function chooseForSummary<T extends { readonly status: TargetStatus; readonly hasValue: boolean }>(
  items: readonly T[],
  max: number = SENTENCES_PER_LEVEL,
): T[] {
  return PRIORITY.flatMap((status) => items.filter((i) => i.hasValue && i.status === status)).slice(0, max);
}

const COUNT_WORDS: Readonly<Record<Lang, Readonly<Record<TargetStatus, string>>>> = {
  sv: {
    on_track: 'i fas mot målet',
    at_risk: 'med risk att inte nå målet',
    off_track: 'inte i fas',
    no_target: 'utan mål',
    no_data: 'utan värde',
  },
  en: {
    on_track: 'on track',
    at_risk: 'at risk',
    off_track: 'off track',
    no_target: 'without a target',
    no_data: 'without a value',
  },
};

/**
 * "5 indikatorer: 2 i fas mot målet, 1 med risk att inte nå målet, 1 inte i fas, 1 utan mål." —
 * the level's counts per status (the Län view's). Undefined for a level without indicators.
 */
export function levelCountSentence(
  counts: Readonly<Record<TargetStatus, number>>,
  lang: Lang,
): string | undefined {
  const total = TARGET_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  if (total === 0) return undefined;
  const noun =
    lang === 'sv' ? (total === 1 ? 'indikator' : 'indikatorer') : total === 1 ? 'indicator' : 'indicators';
  const parts = TARGET_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${counts[s]} ${COUNT_WORDS[lang][s]}`,
  );
  return `${total} ${noun}: ${parts.join(', ')}.`;
}

/** The sentence as text, leaving out the parts of the given kinds (the invented notice said once per list). */
export function sentenceText(sentence: SummarySentence, omit: readonly SentencePartKind[] = []): string {
  return sentence.parts
    .filter((p) => !omit.includes(p.kind))
    .map((p) => p.text)
    .join('')
    .trim();
}
