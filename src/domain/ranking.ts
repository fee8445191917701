import type { Direction } from './indicator';

/** Swedish collation, made once: `localeCompare(…, 'sv')` builds a collator on every call. */
const SWEDISH = new Intl.Collator('sv');

export interface RankingEntry {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly marker: string | null;
}

export interface RankedEntry extends RankingEntry {
  /** 1 for the best; equal values share a rank; undefined when the value is missing. */
  readonly rank: number | undefined;
  readonly selected: boolean;
}

/**
 * Orders regions best first — highest first unless lower is better — with missing values last.
 * Ties share the rank ("1, 2, 2, 4"). Names break ties in the order, in Swedish collation.
 */
export function rankEntries(
  entries: readonly RankingEntry[],
  direction: Direction,
  selected: readonly string[] = [],
): RankedEntry[] {
  const sign = direction === 'lower_is_better' ? 1 : -1;
  const withValue = entries.filter((e) => e.value !== null);
  const without = entries.filter((e) => e.value === null);
  const sorted = [...withValue].sort(
    (a, b) => sign * ((a.value ?? 0) - (b.value ?? 0)) || SWEDISH.compare(a.name, b.name),
  );
  const ranked: RankedEntry[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.value === entry.value ? previous.rank : index + 1;
    ranked.push({ ...entry, rank, selected: selected.includes(entry.code) });
  });
  for (const entry of [...without].sort((a, b) => SWEDISH.compare(a.name, b.name))) {
    ranked.push({ ...entry, rank: undefined, selected: selected.includes(entry.code) });
  }
  return ranked;
}
