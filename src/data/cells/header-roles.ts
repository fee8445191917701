import { foldName } from '../../domain/text-match';

/** What a column means in the long layout and the targets layout. */
export type ColumnRole =
  | 'region'
  | 'indicator'
  | 'period'
  | 'value'
  | 'gender'
  | 'note'
  | 'target'
  | 'baseline'
  | 'baselinePeriod'
  /** A region's name beside its code column: the code is used, the name only checked. */
  | 'regionName';

/**
 * Accepted header names per role, folded (lowercase, no diacritics). When several columns match a
 * role, the one whose name comes first in this list wins: `regionkod` before `region`.
 */
export const ROLE_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  region: [
    'regionkod',
    'region code',
    'region id',
    'lanskod',
    'kommunkod',
    'municipality id',
    'municipality',
    'region',
    'lan',
    'kommun',
    'county',
    'omrade',
    'geo',
    'area',
  ],
  indicator: [
    'indikator',
    'indicator',
    'indikator id',
    'indicator id',
    'kpi',
    'nyckeltal',
    'matt',
    'variabel',
    'variable',
  ],
  period: ['period', 'ar', 'year', 'tid', 'time', 'artal', 'kvartal', 'quarter', 'manad', 'month'],
  value: ['varde', 'value', 'utfall', 'observation', 'obs value', 'val'],
  gender: ['kon', 'gender', 'sex'],
  note: ['kommentar', 'not', 'notering', 'anmarkning', 'fotnot', 'note', 'comment', 'status'],
  target: ['mal', 'malvarde', 'target', 'target value'],
  baseline: ['baslinje', 'basvarde', 'utgangsvarde', 'baseline', 'baseline value'],
  baselinePeriod: [
    'basar',
    'baslinjear',
    'baslinje period',
    'basperiod',
    'utgangsar',
    'baseline period',
    'baseline year',
  ],
  regionName: [
    'regionnamn',
    'lansnamn',
    'kommunnamn',
    'region name',
    'namn',
    'region',
    'lan',
    'kommun',
    'county',
  ],
};

/** Region columns that hold codes: beside one of them a name column is only checked. */
const CODE_COLUMNS = new Set([
  'regionkod',
  'region code',
  'region id',
  'lanskod',
  'kommunkod',
  'municipality id',
]);

/** Region columns whose name says they hold kommuner, or counties: a name column of the other level is never their name. */
export const KOMMUN_COLUMN_NAMES: ReadonlySet<string> = new Set([
  'kommunkod',
  'municipality id',
  'municipality',
  'kommun',
  'kommunnamn',
]);
export const COUNTY_COLUMN_NAMES: ReadonlySet<string> = new Set(['lanskod', 'lan', 'county', 'lansnamn']);

function sameLevel(code: string, name: string): boolean {
  if (KOMMUN_COLUMN_NAMES.has(code)) return !COUNTY_COLUMN_NAMES.has(name);
  if (COUNTY_COLUMN_NAMES.has(code)) return !KOMMUN_COLUMN_NAMES.has(name);
  return true;
}

/**
 * The name column beside a region code column (`Kommunnamn` beside `Kommunkod`), or undefined when the
 * region column holds no codes by name. A county's name is never checked against a kommun's code.
 */
export function regionNameColumn(
  header: readonly string[],
  region: number,
  taken: ReadonlySet<number>,
): number | undefined {
  const folded = header.map((h) => foldName(h.replace(/^\uFEFF/, '')));
  const code = folded[region] ?? '';
  if (!CODE_COLUMNS.has(code)) return undefined;
  for (const candidate of ROLE_NAMES.regionName) {
    if (!sameLevel(code, candidate)) continue;
    const index = folded.indexOf(candidate);
    if (index >= 0 && index !== region && !taken.has(index)) return index;
  }
  return undefined;
}

/** Names that would touch Object.prototype if used as keys; reported and never used. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface HeaderAnalysis {
  /** Column index per role found. */
  readonly roles: ReadonlyMap<ColumnRole, number>;
  /** Columns whose name appears twice (folded), with the name as written. */
  readonly duplicates: readonly { readonly name: string; readonly index: number }[];
  readonly reserved: readonly { readonly name: string; readonly index: number }[];
  /** Named columns that no role uses. */
  readonly unused: readonly { readonly name: string; readonly index: number }[];
  /** Columns with an empty header. */
  readonly unnamed: readonly number[];
  /** Header cells that look like periods (`2023`, `2023K1`): the wide PxWeb layout. */
  readonly periodColumns: number;
}

const PERIOD_LIKE = /^\d{4}(?:\s*[-]?\s*[KQMkqm]\d{1,2}|-\d{2})?$/;

/** A unit in brackets after a column's name: "Värde (%)", "Värde (antal)" — the app's own CSV writes them. */
const UNIT_SUFFIX = /\s*\([^()]*\)\s*$/;

/** Columns by their folded name without a unit in brackets, where that differs from the full name. */
function bareNames(header: readonly string[], seen: ReadonlyMap<string, number>): Map<string, number> {
  const bare = new Map<string, number>();
  header.forEach((raw, index) => {
    if (!UNIT_SUFFIX.test(raw)) return;
    const key = foldName(raw.replace(/^\uFEFF/, '').replace(UNIT_SUFFIX, ''));
    if (key !== '' && seen.get(key) === undefined && !bare.has(key)) bare.set(key, index);
  });
  return bare;
}

export function analyseHeader(header: readonly string[]): HeaderAnalysis {
  const folded = header.map((h) => foldName(h.replace(/^\uFEFF/, '')));
  const seen = new Map<string, number>();
  const duplicates: { name: string; index: number }[] = [];
  const reserved: { name: string; index: number }[] = [];
  const unnamed: number[] = [];
  let periodColumns = 0;
  header.forEach((raw, index) => {
    const name = raw.trim();
    const key = folded[index] ?? '';
    if (name === '') {
      unnamed.push(index);
      return;
    }
    if (RESERVED_NAMES.has(name) || RESERVED_NAMES.has(key)) {
      reserved.push({ name, index });
      return;
    }
    if (PERIOD_LIKE.test(name)) periodColumns++;
    if (seen.has(key)) duplicates.push({ name, index });
    else seen.set(key, index);
  });

  const roles = new Map<ColumnRole, number>();
  const used = new Set<number>();
  // A column named exactly as a role wins; "Värde (%)" is the value column when none is.
  const bare = bareNames(header, seen);
  for (const role of (Object.keys(ROLE_NAMES) as ColumnRole[]).filter((r) => r !== 'regionName')) {
    for (const candidate of ROLE_NAMES[role]) {
      const index = seen.get(candidate) ?? bare.get(candidate);
      if (index !== undefined && !used.has(index)) {
        roles.set(role, index);
        used.add(index);
        break;
      }
    }
  }
  // A name column beside a code column is checked, not ignored.
  const regionIndex = roles.get('region');
  const nameIndex = regionIndex === undefined ? undefined : regionNameColumn(header, regionIndex, used);
  if (nameIndex !== undefined && seen.get(folded[nameIndex] ?? '') === nameIndex) {
    roles.set('regionName', nameIndex);
    used.add(nameIndex);
  }
  const unused = [...seen.entries()]
    .filter(([, index]) => !used.has(index))
    .map(([, index]) => ({ name: (header[index] ?? '').trim(), index }));
  return { roles, duplicates, reserved, unused, unnamed, periodColumns };
}
