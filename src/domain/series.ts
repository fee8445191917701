import { periodCode, type Granularity, type Period } from './period';

/** One period of one region's series: a number, or a kept missing-value marker. */
export interface SeriesPoint {
  readonly period: Period;
  readonly value: number | null;
  readonly marker: string | null;
}

/** Every period from `first` to `last` inclusive, at the granularity of `first`. */
export function periodRange(first: Period, last: Period): Period[] {
  const result: Period[] = [];
  let current = first;
  const end = periodCode(last);
  // Granularity is the same for both ends; the guard stops a mismatched pair from looping.
  for (let guard = 0; periodCode(current) <= end && guard < 5000; guard++) {
    result.push(current);
    current = nextPeriod(current);
  }
  return result;
}

export function nextPeriod(period: Period): Period {
  if (period.granularity === 'year') return { ...period, year: period.year + 1 };
  const last = period.granularity === 'quarter' ? 4 : 12;
  return period.sub < last
    ? { ...period, sub: period.sub + 1 }
    : { ...period, year: period.year + 1, sub: 1 };
}

/** The period of the given granularity that contains the fractional-year time `time`. */
export function periodAt(time: number, granularity: Granularity): Period {
  const year = Math.floor(time);
  const share = time - year;
  if (granularity === 'year') return { granularity, year, sub: 0 };
  const parts = granularity === 'quarter' ? 4 : 12;
  return { granularity, year, sub: Math.min(parts, Math.floor(share * parts) + 1) };
}

/** The last point that has a number. */
export function latestWithValue(points: readonly SeriesPoint[]): SeriesPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i];
    if (p && p.value !== null) return p;
  }
  return undefined;
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodCode(a) === periodCode(b);
}
