import { startTransition, useEffect, useState } from 'react';
import { usePrinting } from '../components/use-printing';

/** Up to this many items are computed at once, in the render that asks for them (tests, normal data). */
export const EAGER_ITEMS = 80;
/** A slice of the work stops after this long or this many items, whichever comes first. */
const SLICE_MS = 8;
const SLICE_ITEMS = 40;

interface Progress<T, R> {
  readonly items: readonly T[];
  readonly compute: (item: T) => R;
  readonly results: readonly R[];
  /** The last run's results for the same items, shown past the fresh ones until replaced. */
  readonly stale: readonly R[];
}

function start<T, R>(
  items: readonly T[],
  compute: (item: T) => R,
  stale: readonly R[] = [],
  known?: readonly R[],
): Progress<T, R> {
  if (known?.length === items.length) return { items, compute, results: known, stale: [] };
  const eager = items.length <= EAGER_ITEMS;
  return { items, compute, results: eager ? items.map(compute) : [], stale: eager ? [] : stale };
}

export interface Incremental<R> {
  /**
   * One result per item once complete. Before that, the fresh results so far, then — when only
   * `compute` changed (another county) — the previous run's results for the remaining items, so that
   * two thousand cards are updated in place rather than removed and drawn again.
   */
  readonly results: readonly R[];
  /** How many of `results` are fresh (the rest are stale). */
  readonly fresh: number;
  readonly complete: boolean;
}

/**
 * `compute` over every item, without holding the main thread: a short list at once; a long one (two
 * thousand indicators) in slices of a few milliseconds, each in a task of its own, rendered as a
 * transition so that React yields too; while the page is printed, all at once. `compute` must be stable (useCallback): a new one, or new
 * items, start over.
 */
export function useIncremental<T, R>(
  items: readonly T[],
  compute: (item: T) => R,
  /** The results for these items and this `compute`, where they are known already (a cache). */
  known?: readonly R[],
): Incremental<R> {
  const [progress, setProgress] = useState(() => start(items, compute, [], known));
  let current = progress;
  if (progress.items !== items || progress.compute !== compute) {
    const previous = [...progress.results, ...progress.stale.slice(progress.results.length)];
    current = start(items, compute, progress.items === items ? previous : [], known);
    setProgress(current);
  }
  // On paper every item: the rest is computed at once when printing starts (nothing lost in print).
  const printing = usePrinting();
  if (printing && current.results.length < items.length) {
    current = {
      ...current,
      results: [...current.results, ...items.slice(current.results.length).map(compute)],
    };
    setProgress(current);
  }
  // One slice per commit: each slice's results are rendered before the next slice is computed.
  useEffect(() => {
    const { items: all, compute: fn } = current;
    if (current.results.length >= all.length) return undefined;
    const timer = setTimeout(() => {
      const results = [...current.results];
      const began = performance.now();
      let n = 0;
      while (results.length < all.length && n < SLICE_ITEMS && performance.now() - began < SLICE_MS) {
        results.push(fn(all[results.length] as T));
        n++;
      }
      startTransition(() => setProgress({ ...current, results }));
    }, 0);
    return () => clearTimeout(timer);
  }, [current]);
  const { results, stale } = current;
  return {
    results: stale.length > results.length ? [...results, ...stale.slice(results.length)] : results,
    fresh: results.length,
    complete: results.length >= items.length,
  };
}
