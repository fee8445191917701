import { foldName } from '../../domain/text-match';
import type { ColumnRole } from '../cells/header-roles';

/** Headers that name an indicator in a list of indicators. */
const NAME_WORDS: ReadonlySet<string> = new Set([
  'indikator',
  'indikatorer',
  'indikatornamn',
  'indicator',
  'namn',
]);

/** Headers that describe an indicator rather than give its values (folded: case, å→a). */
const LIST_WORDS: ReadonlySet<string> = new Set(
  [
    'målområde',
    'målområden',
    'källa',
    'datakälla',
    'metod',
    'beräkningsmetod',
    'kommunnivå',
    'finns på kommunnivå',
    'könsuppdelad',
    'könsuppdelat',
    'beskrivning',
    'definition',
    'enhet',
    'uppföljningsnivå',
    'riktning',
    'effektkedja',
    'nivå i effektkedjan',
    'utvärderingsfråga',
    'goal area',
    'source',
    'method',
    'description',
    'unit',
  ].map(foldName),
);

/**
 * The columns that make a table a list of indicators (shape 9: indikator, målområde, källa, metod,
 * kommunnivå, könsuppdelad …) with no period and no value: their headers, or undefined when the
 * table is not one. A list names the strategy's indicators; it is read in the Strategi view.
 */
export function indicatorListColumns(
  header: readonly string[],
  roles: ReadonlyMap<ColumnRole, number>,
): string[] | undefined {
  if (roles.has('period') || roles.has('value') || roles.has('target')) return undefined;
  const folded = header.map((h) => foldName(h.replace(/^\uFEFF/, '')));
  const named = folded.findIndex((h) => NAME_WORDS.has(h));
  const describing = folded.flatMap((h, i) => (LIST_WORDS.has(h) ? [i] : []));
  if (named < 0 || describing.length < 2) return undefined;
  return [named, ...describing].map((i) => (header[i] ?? '').trim());
}
