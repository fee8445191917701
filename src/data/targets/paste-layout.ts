import { foldName } from '../../domain/text-match';
import {
  analyseHeader,
  COUNTY_COLUMN_NAMES,
  KOMMUN_COLUMN_NAMES,
  regionNameColumn,
  type ColumnRole,
} from '../cells/header-roles';
import type { PasteColumn } from '../issues/target-paste-issues';

/** Where each column of a target paste is, and what the paste has beside them. */
export interface PasteLayout {
  /** Whether the first line is a header (its cells name the columns). */
  readonly header: boolean;
  readonly columns: Readonly<Partial<Record<PasteColumn, number>>>;
  /** A name column beside a code column (`Kommunkod`, `Kommunnamn`): checked against the code. */
  readonly regionName: number | undefined;
  /**
   * A kommun column beside a county column (`Län`, `Kommun`): a row with a kommun is the kommun's,
   * a row without one the county's.
   */
  readonly kommun: number | undefined;
  /** An indicator column: a row for another indicator is not added to this one. */
  readonly indicator: number | undefined;
  /** The header's named columns that are not read, as written. */
  readonly ignored: readonly string[];
  /** A column the header lacks and every row needs. */
  readonly missing: PasteColumn | undefined;
}

/** Without a header, the columns are in the table's order. */
export const TABLE_ORDER: readonly PasteColumn[] = ['region', 'year', 'target', 'baseYear', 'baseValue'];

const ROLE_OF: Readonly<Partial<Record<ColumnRole, PasteColumn>>> = {
  region: 'region',
  period: 'year',
  target: 'target',
  baselinePeriod: 'baseYear',
  baseline: 'baseValue',
};

/** Header names of a target table that the import's long layout does not use, folded. */
const EXTRA_NAMES: Readonly<Record<PasteColumn, readonly string[]>> = {
  region: ['lan eller kommun', 'lan kommun', 'kod', 'code', 'regionnamn', 'namn', 'name'],
  year: ['malar', 'mal ar', 'target year', 'goal year', 'arsmal'],
  target: ['malniva', 'mal varde', 'goal', 'target level'],
  baseYear: ['utgangsar', 'base year', 'basis year'],
  baseValue: ['utgangslage', 'utgangsniva', 'basniva', 'base value', 'base'],
};

/** A header cell as the role lists spell it: folded, and without a note in brackets ("Mål (antal)"). */
function headerKey(cell: string): string {
  return foldName(cell.replace(/^\uFEFF/, '').replace(/\([^)]*\)/g, ' '));
}

function extraColumn(keys: readonly string[], column: PasteColumn, taken: ReadonlySet<number>): number {
  return keys.findIndex((key, i) => !taken.has(i) && EXTRA_NAMES[column].includes(key));
}

/** Whether a line is a header: one of its cells names a column a target table has. */
export function isHeader(cells: readonly string[]): boolean {
  const keys = cells.map(headerKey);
  const { roles } = analyseHeader(keys);
  return (
    [...roles.keys()].some((role) => ROLE_OF[role] !== undefined || role === 'indicator') ||
    TABLE_ORDER.some((column) => extraColumn(keys, column, new Set()) >= 0)
  );
}

/** The layout a header names: the import's column names, and a target table's own. */
export function headerLayout(cells: readonly string[]): PasteLayout {
  const keys = cells.map(headerKey);
  const { roles } = analyseHeader(keys);
  const columns: Partial<Record<PasteColumn, number>> = {};
  const taken = new Set<number>();
  for (const [role, index] of roles) {
    const column = ROLE_OF[role];
    if (column === undefined) continue;
    columns[column] = index;
    taken.add(index);
  }
  const indicator = roles.get('indicator');
  if (indicator !== undefined) taken.add(indicator);
  const region = columns.region;
  const regionName = region === undefined ? undefined : regionNameColumn(keys, region, taken);
  if (regionName !== undefined) taken.add(regionName);
  const kommun =
    region !== undefined && COUNTY_COLUMN_NAMES.has(keys[region] ?? '')
      ? keys.findIndex((key, i) => !taken.has(i) && KOMMUN_COLUMN_NAMES.has(key))
      : -1;
  if (kommun >= 0) taken.add(kommun);
  for (const column of TABLE_ORDER) {
    if (columns[column] !== undefined) continue;
    const index = extraColumn(keys, column, taken);
    if (index < 0) continue;
    columns[column] = index;
    taken.add(index);
  }
  const ignored = cells.filter((cell, i) => !taken.has(i) && cell.trim() !== '').map((cell) => cell.trim());
  const missing = (['region', 'year', 'target'] as const).find((c) => columns[c] === undefined);
  return {
    header: true,
    columns,
    regionName,
    kommun: kommun >= 0 ? kommun : undefined,
    indicator,
    ignored,
    missing,
  };
}

/** The layout of a paste without a header: region, year, target, base year, base value. */
export const ORDER_LAYOUT: PasteLayout = {
  header: false,
  columns: { region: 0, year: 1, target: 2, baseYear: 3, baseValue: 4 },
  regionName: undefined,
  kommun: undefined,
  indicator: undefined,
  ignored: [],
  missing: undefined,
};
