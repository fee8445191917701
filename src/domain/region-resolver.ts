import {
  COUNTIES,
  COUNTY_VARIANTS,
  FORMER_COUNTY_CODES,
  MUNICIPALITY_REGIONS,
  RIKET,
  RIKET_VARIANTS,
  regionByCode,
  type Region,
} from './regions';
import { closestMatch, foldName } from './text-match';

/** Why a resolved region deserves a warning even though it was understood. */
export type RegionNote =
  | { readonly kind: 'padded'; readonly from: string; readonly to: string }
  | { readonly kind: 'name_mismatch'; readonly code: string; readonly name: string }
  | { readonly kind: 'ambiguous_municipality'; readonly municipality: Region };

export type RegionResolution =
  | { readonly ok: true; readonly region: Region; readonly note?: RegionNote }
  | {
      readonly ok: false;
      readonly reason: 'empty' | 'unknown' | 'former_county_code';
      /** A likely intended region (misspelling, or what a former county code became). */
      readonly suggestion?: Region;
    };

interface NameEntry {
  county?: Region;
  municipality?: Region;
}

let nameIndex: Map<string, NameEntry> | undefined;
let suggestionNames: string[] | undefined;

function addName(index: Map<string, NameEntry>, name: string, region: Region): void {
  const key = foldName(name);
  const entry = index.get(key) ?? {};
  if (region.level === 'kommun') entry.municipality ??= region;
  else entry.county ??= region;
  index.set(key, entry);
}

function buildNameIndex(): Map<string, NameEntry> {
  const index = new Map<string, NameEntry>();
  for (const name of RIKET_VARIANTS) addName(index, name, RIKET);
  for (const county of COUNTIES) {
    const names = [county.nameSv, county.nameEn, county.shortName, `${county.shortName} län`, `${county.shortName}s län`];
    for (const name of [...names, ...(COUNTY_VARIANTS.get(county.code) ?? [])]) addName(index, name, county);
  }
  for (const m of MUNICIPALITY_REGIONS) {
    const base = m.nameSv;
    const genitive = /[sxz]$/.test(base) ? base : `${base}s`;
    for (const name of [base, `${base} kommun`, `${genitive} kommun`, `${base} stad`, `${genitive} stad`]) {
      addName(index, name, m);
    }
  }
  // Irregular genitive in the municipality's official name.
  const falun = regionByCode('2080');
  if (falun) addName(index, 'Falu kommun', falun);
  return index;
}

function names(): Map<string, NameEntry> {
  nameIndex ??= buildNameIndex();
  return nameIndex;
}

function countySuggestionNames(): string[] {
  suggestionNames ??= [RIKET.nameSv, ...COUNTIES.flatMap((c) => [c.nameSv, c.shortName])];
  return suggestionNames;
}

function resolveDigits(digits: string): RegionResolution {
  if (digits.length === 2) {
    const region = regionByCode(digits);
    if (region && region.level !== 'kommun') return { ok: true, region };
    const successor = FORMER_COUNTY_CODES.get(digits);
    if (successor !== undefined) {
      const suggestion = regionByCode(successor);
      return suggestion ? { ok: false, reason: 'former_county_code', suggestion } : { ok: false, reason: 'former_county_code' };
    }
    return { ok: false, reason: 'unknown' };
  }
  if (digits.length === 1) {
    const padded = `0${digits}`;
    const region = regionByCode(padded);
    if (region && region.level !== 'kommun') return { ok: true, region, note: { kind: 'padded', from: digits, to: padded } };
    return { ok: false, reason: 'unknown' };
  }
  if (digits.length === 4) {
    if (digits.startsWith('00')) {
      // Kolada's ids for Riket and the län.
      const region = regionByCode(digits.slice(2));
      if (region && region.level !== 'kommun') return { ok: true, region };
      return { ok: false, reason: 'unknown' };
    }
    const municipality = regionByCode(digits);
    if (municipality) return { ok: true, region: municipality };
    return { ok: false, reason: 'unknown' };
  }
  if (digits.length === 3) {
    // A kommun code whose leading zero a spreadsheet dropped ("180" for "0180").
    const padded = `0${digits}`;
    const municipality = regionByCode(padded);
    if (municipality) return { ok: true, region: municipality, note: { kind: 'padded', from: digits, to: padded } };
  }
  return { ok: false, reason: 'unknown' };
}

function resolveName(text: string): RegionResolution | undefined {
  const entry = names().get(foldName(text));
  if (!entry) return undefined;
  if (entry.county) {
    // A bare county name such as "Stockholm" is read as the county; say so when a kommun has the same name.
    if (entry.municipality) {
      return { ok: true, region: entry.county, note: { kind: 'ambiguous_municipality', municipality: entry.municipality } };
    }
    return { ok: true, region: entry.county };
  }
  if (entry.municipality) return { ok: true, region: entry.municipality };
  return undefined;
}

const CODE_AND_NAME = /^(\d{2}|\d{4})\s+(\S.*)$/;
const ISO = /^SE(?:-([A-Z]{1,2}))?$/i;

/**
 * Resolves any of the spellings real exports use — "01", "1", "0001", "SE-AB", "01 Stockholms län",
 * "Stockholms län", "STOCKHOLMS LÄN", "Region Stockholm", "Stockholms lan", "Stockholm" — to one region.
 * Codes are strings: a four-digit kommun code is never read as a county.
 */
export function resolveRegion(raw: string): RegionResolution {
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: 'empty' };
  if (/^\d+$/.test(text)) return resolveDigits(text);

  const iso = ISO.exec(text);
  if (iso) {
    const suffix = iso[1]?.toUpperCase();
    if (suffix === undefined) return { ok: true, region: RIKET };
    const county = COUNTIES.find((c) => c.iso === `SE-${suffix}`);
    return county ? { ok: true, region: county } : { ok: false, reason: 'unknown' };
  }

  const codeAndName = CODE_AND_NAME.exec(text);
  if (codeAndName) {
    const [, code = '', name = ''] = codeAndName;
    const byCode = resolveDigits(code);
    if (!byCode.ok) return byCode;
    const byName = resolveName(name);
    const sameRegion =
      byName?.ok === true &&
      (byName.region.code === byCode.region.code ||
        (byName.note?.kind === 'ambiguous_municipality' && byName.note.municipality.code === byCode.region.code));
    if (sameRegion) return { ok: true, region: byCode.region };
    // The code is joined on; the name is only checked.
    return { ok: true, region: byCode.region, note: { kind: 'name_mismatch', code, name } };
  }

  const byName = resolveName(text);
  if (byName) return byName;

  const suggestionName = closestMatch(text, countySuggestionNames());
  const suggestion = suggestionName === undefined ? undefined : resolveName(suggestionName);
  if (suggestion?.ok) return { ok: false, reason: 'unknown', suggestion: suggestion.region };
  return { ok: false, reason: 'unknown' };
}
