/**
 * A snapshot: the values a briefing (or the Län view) showed when it was saved, so that next time
 * the app can say what is new and what was revised since. Part of the learning log.
 */
export interface SnapshotValue {
  readonly indicator: string;
  readonly region: string;
  /** Normalised period key (`2024`, `2024-Q1`). */
  readonly period: string;
  readonly value: number;
}

export interface Snapshot {
  readonly id: string;
  /** The region the briefing was for. */
  readonly region: string;
  /** When it was saved (ISO 8601 time). */
  readonly savedAt: string;
  readonly values: readonly SnapshotValue[];
}

export interface RevisedValue {
  readonly indicator: string;
  readonly region: string;
  readonly period: string;
  readonly before: number;
  readonly after: number;
}

export interface SnapshotComparison {
  /** Values for a period (of that indicator and region) the snapshot did not hold. */
  readonly added: readonly SnapshotValue[];
  /** The same indicator, region and period, another value. */
  readonly revised: readonly RevisedValue[];
  /** Values the snapshot held that are no longer there (a file removed, a value withdrawn). */
  readonly gone: readonly SnapshotValue[];
}

const keyOf = (v: { indicator: string; region: string; period: string }): string =>
  JSON.stringify([v.indicator, v.region, v.period]);

/**
 * What changed since the snapshot. Values are compared exactly as numbers: a file that gives the
 * same value again is unchanged, whatever its decimals.
 */
export function compareToSnapshot(
  current: readonly SnapshotValue[],
  snapshot: Pick<Snapshot, 'values'>,
): SnapshotComparison {
  const before = new Map(snapshot.values.map((v) => [keyOf(v), v]));
  const now = new Set(current.map(keyOf));
  const added: SnapshotValue[] = [];
  const revised: RevisedValue[] = [];
  for (const v of current) {
    const old = before.get(keyOf(v));
    if (!old) added.push(v);
    else if (old.value !== v.value)
      revised.push({
        indicator: v.indicator,
        region: v.region,
        period: v.period,
        before: old.value,
        after: v.value,
      });
  }
  const gone = snapshot.values.filter((v) => !now.has(keyOf(v)));
  return { added, revised, gone };
}

/** The region's latest snapshot, undefined when none was saved. */
export function latestSnapshot(snapshots: readonly Snapshot[], region: string): Snapshot | undefined {
  return snapshots
    .filter((s) => s.region === region)
    .reduce<Snapshot | undefined>(
      (latest, s) => (!latest || s.savedAt >= latest.savedAt ? s : latest),
      undefined,
    );
}

/** What to flag on one indicator: its latest revision (by period), else that a value is new. */
export type IndicatorChange =
  | { readonly kind: 'revised'; readonly period: string; readonly before: number; readonly after: number }
  | { readonly kind: 'new'; readonly period: string };

/** Per indicator, the change to flag; an indicator without one is not in the map. */
export function changesByIndicator(comparison: SnapshotComparison): Map<string, IndicatorChange> {
  const result = new Map<string, IndicatorChange>();
  for (const v of comparison.added) {
    const had = result.get(v.indicator);
    if (!had || v.period > had.period) result.set(v.indicator, { kind: 'new', period: v.period });
  }
  for (const r of comparison.revised) {
    const had = result.get(r.indicator);
    if (!had || had.kind === 'new' || r.period > had.period)
      result.set(r.indicator, { kind: 'revised', period: r.period, before: r.before, after: r.after });
  }
  return result;
}
