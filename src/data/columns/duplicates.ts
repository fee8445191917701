import { REGIONS } from '../../domain/regions';
import type { IssueCollector } from '../issues/issue';
import type { ObservationBuilder } from './observation-store';

const PERIOD_SPAN = 1 << 18; // period codes stay below 2100 × 64 + 48 < 2^18
const REGION_SPAN = REGIONS.length;

function keyOf(b: ObservationBuilder, i: number): number {
  return (
    (((b.indicator[i] ?? 0) * REGION_SPAN + (b.region[i] ?? 0)) * PERIOD_SPAN + (b.period[i] ?? 0)) * 4 +
    (b.gender[i] ?? 0)
  );
}

function sameValue(b: ObservationBuilder, i: number, j: number): boolean {
  const mi = b.marker[i] ?? 0;
  const mj = b.marker[j] ?? 0;
  if (mi !== 0 || mj !== 0) return mi === mj;
  return b.value[i] === b.value[j];
}

function show(b: ObservationBuilder, i: number): string {
  const m = b.marker[i] ?? 0;
  return m === 0 ? String(b.value[i]) : `"${b.markers[m - 1] ?? ''}"`;
}

export interface DuplicateOutcome {
  /** 1 for rows to keep; undefined when no row repeats a key (nothing to drop). */
  readonly keep: Uint8Array | undefined;
  readonly repeated: number;
  readonly conflicting: number;
}

/**
 * Finds rows with the same (region, indicator, period, gender). The first row is kept. A later row
 * with the same value is skipped with a warning; one with another value is rejected with an error
 * that names the first row's line. Sorting the packed keys finds repeats without a million-entry map.
 */
export function resolveDuplicates(b: ObservationBuilder, issues: IssueCollector): DuplicateOutcome {
  const n = b.length;
  if (n < 2) return { keep: undefined, repeated: 0, conflicting: 0 };
  const keys = new Float64Array(n);
  let increasing = true;
  for (let i = 0; i < n; i++) {
    keys[i] = keyOf(b, i);
    if (i > 0 && (keys[i] ?? 0) <= (keys[i - 1] ?? 0)) increasing = false;
  }
  if (increasing) return { keep: undefined, repeated: 0, conflicting: 0 };

  const sorted = keys.slice().sort();
  const repeatedKeys = new Set<number>();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeatedKeys.add(sorted[i] ?? 0);
  if (repeatedKeys.size === 0) return { keep: undefined, repeated: 0, conflicting: 0 };

  const keep = new Uint8Array(n).fill(1);
  const firstRow = new Map<number, number>();
  let repeated = 0;
  let conflicting = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i] ?? 0;
    if (!repeatedKeys.has(key)) continue;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, i);
      continue;
    }
    keep[i] = 0;
    const firstLine = b.line[first] ?? 0;
    const line = b.line[i] ?? 0;
    if (sameValue(b, first, i)) {
      repeated++;
      issues.add('duplicate_same', line, null, { firstLine });
    } else {
      conflicting++;
      issues.add('duplicate_conflict', line, null, { firstLine, first: show(b, first), second: show(b, i) });
    }
  }
  return { keep, repeated, conflicting };
}
