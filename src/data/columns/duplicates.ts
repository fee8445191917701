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

type Column = ArrayLike<number>;

/**
 * Whether the rows come sorted, so that no two can share a key: by indicator, region and period in
 * one of their six orders (each strictly ascending, or equal with the row before in all three and a
 * gender not yet seen among those rows). Exports come so (PxWeb, Kolada, a pivot table), and one pass
 * over the rows then replaces sorting a million keys. Rows in no such order are sorted as before.
 */
function inOrder(b: ObservationBuilder): boolean {
  const { indicator, region, period, gender } = b;
  const orders: (readonly [Column, Column, Column])[] = [
    [indicator, region, period],
    [indicator, period, region],
    [region, indicator, period],
    [region, period, indicator],
    [period, indicator, region],
    [period, region, indicator],
  ];
  for (const [first, second, third] of orders)
    if (ascending(first, second, third, gender, b.length)) return true;
  return false;
}

function ascending(first: Column, second: Column, third: Column, gender: Column, n: number): boolean {
  // The genders seen among the rows with the same three codes as this one (one bit each, codes 0–3).
  let seen = 1 << (gender[0] ?? 0);
  for (let i = 1; i < n; i++) {
    const a0 = first[i - 1] ?? 0;
    const a1 = first[i] ?? 0;
    if (a1 === a0) {
      const b0 = second[i - 1] ?? 0;
      const b1 = second[i] ?? 0;
      if (b1 === b0) {
        const c0 = third[i - 1] ?? 0;
        const c1 = third[i] ?? 0;
        if (c1 === c0) {
          const bit = 1 << (gender[i] ?? 0);
          if ((seen & bit) !== 0) return false;
          seen |= bit;
          continue;
        }
        if (c1 < c0) return false;
      } else if (b1 < b0) return false;
    } else if (a1 < a0) return false;
    seen = 1 << (gender[i] ?? 0);
  }
  return true;
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
  if (n < 2 || inOrder(b)) return { keep: undefined, repeated: 0, conflicting: 0 };
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = keyOf(b, i);

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
