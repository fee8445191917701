import { resolveRegion } from '../../domain/region-resolver';
import { regionByCode } from '../../domain/regions';
import { countiesNamedIn } from './ledger/ledger-county';

/** What the title lines say of the file's one region: found, several named, or none. */
export type TitleRegion =
  | { readonly kind: 'found'; readonly code: string; readonly title: string }
  | { readonly kind: 'ambiguous'; readonly codes: readonly string[] }
  | { readonly kind: 'none' };

const LETTER = /\p{L}/u;
/** Where a title's parts meet: "Antal hushåll med bistånd, Värmlands län", "Arbetslöshet – Falun". */
const PART_BREAK = /\s*(?:[,;:()–—]|\s-\s)\s*/u;
const TRAILING_PERIOD = /\s+\d{4}(?:\s*[-–]\s*\d{4})?$/u;

/**
 * The regions a title names: a county's name as whole words anywhere ("… i Värmland 2023"), or a
 * part of the title that is a region's name on its own ("…, Falu kommun", "…, Riket"). A kommun
 * name is taken only as a whole part, so a word such as "mark" or "vara" in the text is never Mark
 * or Vara; a bare number is never a region (2021 is a year as much as Vansbro).
 */
export function regionsNamedIn(title: string): string[] {
  const codes = new Set(countiesNamedIn(title));
  for (const raw of title.split(PART_BREAK)) {
    const part = raw.replace(TRAILING_PERIOD, '').trim();
    if (!LETTER.test(part)) continue;
    const res = resolveRegion(part);
    if (res.ok) codes.add(res.region.code);
  }
  return [...codes];
}

/** The one region the title lines name; several are never chosen between. */
export function titleRegion(titles: readonly string[]): TitleRegion {
  const found = titles.flatMap((title) => regionsNamedIn(title).map((code) => ({ code, title })));
  const codes = [...new Set(found.map((f) => f.code))];
  const first = found[0];
  if (codes.length === 1 && first) return { kind: 'found', ...first };
  return codes.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', codes };
}

/** A region's name in the messages ("Värmlands län"). */
export function regionNameOf(code: string): string {
  return regionByCode(code)?.nameSv ?? code;
}
