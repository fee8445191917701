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
import { FORMER_KOMMUN_CODES, FORMER_KOMMUN_NAMES, type FormerKommun } from './former-kommuner';
import { closestMatch, foldName, normalizeName } from './text-match';

/** Why a resolved region deserves a warning even though it was understood. */
export type RegionNote =
  | { readonly kind: 'padded'; readonly from: string; readonly to: string }
  | { readonly kind: 'name_mismatch'; readonly code: string; readonly name: string }
  | { readonly kind: 'ambiguous_municipality'; readonly municipality: Region }
  /** A former kommun code or name (former-kommuner.ts), read as the kommun it became. */
  | { readonly kind: 'former_kommun'; readonly by: 'code' | 'name'; readonly change: FormerKommun };

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
  /** Two different kommuner share this key (Habo and Håbo once diacritics are gone). */
  clash?: boolean;
  /** A former kommun name, where no current county or kommun has the key. */
  former?: { readonly region: Region; readonly change: FormerKommun };
}

interface NameIndex {
  /** Keys that keep diacritics: "håbo" and "habo" are different kommuner. */
  readonly exact: Map<string, NameEntry>;
  /** Keys without diacritics, for files that lost them ("Stockholms lan"). */
  readonly folded: Map<string, NameEntry>;
}

let nameIndex: NameIndex | undefined;
let suggestionNames: string[] | undefined;

function addTo(map: Map<string, NameEntry>, key: string, region: Region): void {
  const entry = map.get(key) ?? {};
  if (region.level === 'kommun') {
    if (entry.municipality && entry.municipality.code !== region.code) entry.clash = true;
    entry.municipality ??= region;
  } else entry.county ??= region;
  map.set(key, entry);
}

function addName(index: NameIndex, name: string, region: Region): void {
  addTo(index.exact, normalizeName(name), region);
  addTo(index.folded, foldName(name), region);
}

/** The spellings of a kommun's name: "Malung", "Malung kommun", "Malungs kommun", "Malung stad" … */
function kommunNames(base: string): string[] {
  const genitive = /[sxz]$/.test(base) ? base : `${base}s`;
  return [base, `${base} kommun`, `${genitive} kommun`, `${base} stad`, `${genitive} stad`];
}

/** A former name never shadows a current one: it is only added where the key is free. */
function addFormerName(index: NameIndex, change: FormerKommun): void {
  const region = regionByCode(change.code);
  if (!region) throw new Error(`Former kommun name ${change.former} points to unknown code ${change.code}`);
  for (const name of kommunNames(change.former)) {
    for (const [map, key] of [
      [index.exact, normalizeName(name)],
      [index.folded, foldName(name)],
    ] as const) {
      const entry = map.get(key) ?? {};
      if (entry.county || entry.municipality) continue;
      entry.former = { region, change };
      map.set(key, entry);
    }
  }
}

function buildNameIndex(): NameIndex {
  const index: NameIndex = { exact: new Map(), folded: new Map() };
  for (const name of RIKET_VARIANTS) addName(index, name, RIKET);
  for (const county of COUNTIES) {
    const names = [
      county.nameSv,
      county.nameEn,
      county.shortName,
      `${county.shortName} län`,
      `${county.shortName}s län`,
    ];
    for (const name of [...names, ...(COUNTY_VARIANTS.get(county.code) ?? [])]) addName(index, name, county);
  }
  for (const m of MUNICIPALITY_REGIONS) for (const name of kommunNames(m.nameSv)) addName(index, name, m);
  // Irregular genitive in the municipality's official name.
  const falun = regionByCode('2080');
  if (falun) addName(index, 'Falu kommun', falun);
  for (const change of FORMER_KOMMUN_NAMES) addFormerName(index, change);
  return index;
}

function names(): NameIndex {
  nameIndex ??= buildNameIndex();
  return nameIndex;
}

function countySuggestionNames(): string[] {
  suggestionNames ??= [RIKET.nameSv, ...COUNTIES.flatMap((c) => [c.nameSv, c.shortName])];
  return suggestionNames;
}

function formerKommunCode(digits: string): RegionResolution | undefined {
  const change = FORMER_KOMMUN_CODES.get(digits);
  const region = change && regionByCode(change.code);
  return change && region
    ? { ok: true, region, note: { kind: 'former_kommun', by: 'code', change } }
    : undefined;
}

function resolveDigits(digits: string): RegionResolution {
  if (digits.length === 2) {
    const region = regionByCode(digits);
    if (region && region.level !== 'kommun') return { ok: true, region };
    const successor = FORMER_COUNTY_CODES.get(digits);
    if (successor !== undefined) {
      const suggestion = regionByCode(successor);
      return suggestion
        ? { ok: false, reason: 'former_county_code', suggestion }
        : { ok: false, reason: 'former_county_code' };
    }
    return { ok: false, reason: 'unknown' };
  }
  if (digits.length === 1) {
    const padded = `0${digits}`;
    const region = regionByCode(padded);
    if (region && region.level !== 'kommun')
      return { ok: true, region, note: { kind: 'padded', from: digits, to: padded } };
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
    return formerKommunCode(digits) ?? { ok: false, reason: 'unknown' };
  }
  if (digits.length === 3) {
    // A kommun code whose leading zero a spreadsheet dropped ("180" for "0180").
    const padded = `0${digits}`;
    const municipality = regionByCode(padded);
    if (municipality)
      return { ok: true, region: municipality, note: { kind: 'padded', from: digits, to: padded } };
  }
  return { ok: false, reason: 'unknown' };
}

function resolveName(text: string): RegionResolution | undefined {
  const index = names();
  const exact = index.exact.get(normalizeName(text));
  const folded = exact ? undefined : index.folded.get(foldName(text));
  // Without diacritics, a name two kommuner share (Habo/Håbo) cannot be told apart: not guessed.
  const entry = exact ?? (folded && !(folded.clash && !folded.county) ? folded : undefined);
  if (!entry) return undefined;
  if (entry.county) {
    // A bare county name such as "Stockholm" is read as the county; say so when a kommun has the same name.
    if (entry.municipality) {
      return {
        ok: true,
        region: entry.county,
        note: { kind: 'ambiguous_municipality', municipality: entry.municipality },
      };
    }
    return { ok: true, region: entry.county };
  }
  if (entry.municipality) return { ok: true, region: entry.municipality };
  if (entry.former)
    return {
      ok: true,
      region: entry.former.region,
      note: { kind: 'former_kommun', by: 'name', change: entry.former.change },
    };
  return undefined;
}

const CODE_AND_NAME = /^(\d{1,4})\s+(\S.*)$/;
const ISO = /^SE(?:-([A-Z]{1,2}))?$/i;

/**
 * Resolves any of the spellings real exports use — "01", "1", "0001", "SE-AB", "01 Stockholms län",
 * "Stockholms län", "STOCKHOLMS LÄN", "Region Stockholm", "Stockholms lan", "Stockholm" — to one region.
 * Codes are strings: a four-digit kommun code is never read as a county.
 */
export function resolveRegion(raw: string): RegionResolution {
  const text = raw
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
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
        (byName.note?.kind === 'ambiguous_municipality' &&
          byName.note.municipality.code === byCode.region.code));
    // "2023 Malung": the code is today's, the name a former one; that is said.
    if (sameRegion)
      return byCode.note === undefined && byName.note?.kind === 'former_kommun' ? byName : byCode;
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
