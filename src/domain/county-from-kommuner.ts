import type { Aggregation } from './indicator';
import { MUNICIPALITY_REGIONS } from './regions';

/**
 * A county's value made from its kommuner, or why there is none. Made only for an indicator whose
 * aggregation is `sum` (counts, amounts) and only when every kommun of the county has a number:
 * shares and rates are never averaged (a mean of kommun shares is not the county's share), and a
 * sum over some kommuner is not the county's sum. A county value given in a file always wins: the
 * caller asks only when the file gives none.
 */
export type CountyFromKommuner =
  | { readonly ok: true; readonly value: number; readonly kommuner: number }
  | { readonly ok: false; readonly reason: 'not_a_sum' }
  | { readonly ok: false; readonly reason: 'incomplete'; readonly missing: readonly string[] };

/** The codes of a county's kommuner, in code order. */
export function kommunCodesOf(county: string): readonly string[] {
  return MUNICIPALITY_REGIONS.filter((r) => r.countyCode === county).map((r) => r.code);
}

export function countyFromKommuner(
  aggregation: Aggregation,
  county: string,
  /** The kommuner's values for one period and gender: null or absent when a kommun has no number. */
  values: ReadonlyMap<string, number | null>,
): CountyFromKommuner {
  if (aggregation !== 'sum') return { ok: false, reason: 'not_a_sum' };
  const codes = kommunCodesOf(county);
  const missing = codes.filter((code) => typeof values.get(code) !== 'number');
  if (codes.length === 0 || missing.length > 0)
    return { ok: false, reason: 'incomplete', missing: codes.length === 0 ? [county] : missing };
  let value = 0;
  for (const code of codes) value += values.get(code) ?? 0;
  return { ok: true, value, kommuner: codes.length };
}
