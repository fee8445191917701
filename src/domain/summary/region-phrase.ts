import type { Lang } from '../language';
import type { Region } from '../regions';

const NO_GENITIVE_S = /[aeiouyåäösxz]$/i;

/** Kommuner whose name takes another form before "kommun". */
const KOMMUN_STEMS: ReadonlyMap<string, string> = new Map([['Falun', 'Falu']]);

/** "Falu kommun", "Borlänge kommun", "Leksands kommun": the kommun's name as a kommun. */
export function kommunName(name: string): string {
  const stem = KOMMUN_STEMS.get(name) ?? (NO_GENITIVE_S.test(name) ? name : `${name}s`);
  return `${stem} kommun`;
}

/** What to call the region inside a sentence: "Värmlands län", "Falu kommun", "riket" / "Sweden". */
export function regionNoun(region: Region, lang: Lang): string {
  if (region.level === 'riket') return lang === 'sv' ? 'riket' : 'Sweden';
  if (region.level === 'kommun')
    return lang === 'sv' ? kommunName(region.nameSv) : `${region.nameEn} Municipality`;
  return lang === 'sv' ? region.nameSv : region.nameEn;
}

/** "i Värmlands län", "i Falu kommun", "i riket"; "in Värmland County", "in Sweden". */
export function inRegion(region: Region, lang: Lang): string {
  return `${lang === 'sv' ? 'i' : 'in'} ${regionNoun(region, lang)}`;
}
