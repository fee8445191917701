import { COUNTIES, COUNTY_VARIANTS, regionByCode } from '../../../domain/regions';
import { foldName } from '../../../domain/text-match';
import type { CountyOrigin } from '../../issues/ledger-shape-issues';

/** The one county of a ledger without a county column, and where it was found. */
export type LedgerCounty =
  | { readonly kind: 'found'; readonly code: string; readonly origin: CountyOrigin; readonly text: string }
  | { readonly kind: 'ambiguous'; readonly codes: readonly string[] }
  | { readonly kind: 'none' };

/** Each county's folded names: "dalarna", "dalarnas lan", "region dalarna" … */
const COUNTY_NAMES: readonly (readonly [string, readonly string[]])[] = COUNTIES.map((c) => [
  c.code,
  [c.shortName, c.nameSv, ...(COUNTY_VARIANTS.get(c.code) ?? [])].map(foldName),
]);

/** The counties a text names as whole words ("Ärendelista Dalarna 2023.csv" names Dalarna). */
export function countiesNamedIn(text: string): string[] {
  const padded = ` ${foldName(text)} `;
  return COUNTY_NAMES.filter(([, names]) => names.some((n) => padded.includes(` ${n} `))).map(
    ([code]) => code,
  );
}

/**
 * The county a ledger without a county column is of: the one the user stated, else the one the
 * title lines and the file name name together. Two counties named is not guessed between.
 */
export function ledgerCounty(
  stated: string | undefined,
  file: string,
  titles: readonly string[],
): LedgerCounty {
  if (stated !== undefined && regionByCode(stated)?.level === 'lan')
    return { kind: 'found', code: stated, origin: 'option', text: '' };
  const named: { code: string; origin: CountyOrigin; text: string }[] = [];
  for (const title of titles)
    for (const code of countiesNamedIn(title)) named.push({ code, origin: 'title', text: title });
  const base = file.replace(/^.*[\\/]/, '');
  for (const code of countiesNamedIn(base.replace(/\.[^.]+$/, '')))
    named.push({ code, origin: 'file', text: base });
  const codes = [...new Set(named.map((n) => n.code))];
  const first = named[0];
  if (codes.length === 1 && first) return { kind: 'found', ...first };
  return codes.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', codes };
}
