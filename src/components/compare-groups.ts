import type { Lang } from '../domain/language';
import { referenceRegion, type RegionScope } from '../domain/region-scope';
import { COUNTIES, MUNICIPALITY_REGIONS, regionName, RIKET, type Region } from '../domain/regions';
import { foldName } from '../domain/text-match';
import type { Translate } from '../i18n/dictionary';

/** One group of the compare choice: a label and its regions, by code and name. */
export interface CompareGroup {
  readonly key: string;
  readonly label: string;
  readonly regions: readonly { readonly code: string; readonly name: string }[];
}

/**
 * What a kommun can be compared with: the county and Riket, the county's own kommuner, then the
 * kommuner of every other county in code order, each group under its county's name. The focus is
 * not offered.
 */
export function compareGroups(scope: RegionScope, focus: string, lang: Lang, t: Translate): CompareGroup[] {
  const county = referenceRegion(scope);
  const named = (regions: readonly Region[]): CompareGroup['regions'] =>
    regions.filter((r) => r.code !== focus).map((r) => ({ code: r.code, name: regionName(r, lang) }));
  // The county's own kommuner first (a scope within no county has none of its own).
  const counties = [...COUNTIES].sort(
    (a, b) => Number(b.code === county.code) - Number(a.code === county.code),
  );
  return [
    {
      key: 'references',
      label: t('compareReferenceGroup'),
      regions: named(county.code === RIKET.code ? [RIKET] : [county, RIKET]),
    },
    ...counties.map((c) => ({
      key: c.code,
      label: t('kommunGroup', { county: regionName(c, lang) }),
      regions: named(MUNICIPALITY_REGIONS.filter((m) => m.countyCode === c.code)),
    })),
  ].filter((g) => g.regions.length > 0);
}

/**
 * The groups with only the regions one of whose words starts with the words typed, diacritics
 * aside ("fal" → Falkenberg, Falköping; "salen" → Malung-Sälen; not Järfälla).
 */
export function matchingGroups(groups: readonly CompareGroup[], query: string): CompareGroup[] {
  const wanted = foldName(query);
  if (wanted === '') return [...groups];
  const matches = (name: string): boolean => {
    const folded = foldName(name);
    return folded.startsWith(wanted) || folded.includes(` ${wanted}`);
  };
  return groups
    .map((g) => ({ ...g, regions: g.regions.filter((r) => matches(r.name)) }))
    .filter((g) => g.regions.length > 0);
}
