import { resolveRegion } from '../../domain/region-resolver';
import { REGIONS } from '../../domain/regions';
import { foldName } from '../../domain/text-match';
import { COUNTY_COLUMN_NAMES, regionNameColumn, type ColumnRole } from '../cells/header-roles';
import type { FieldReaders } from '../cells/field-readers';
import type { IssueCollector } from '../issues/issue';
import type { CsvRecord } from '../text/csv-scanner';
import { regionNamedColumns } from './period-columns';

/** A column by its position and its header as written. */
export interface NamedColumn {
  readonly index: number;
  readonly name: string;
}

/**
 * A table with a kommun column and a county column (`Län;Kommun`, `lan;kommun`, `region;kommun`):
 * the kommun column is the region, its name column (if any) is checked as before, and the county
 * columns are helpers compared with the kommun's county row by row.
 */
export interface CountyPlan {
  readonly region: NamedColumn;
  readonly regionName: number | undefined;
  readonly counties: readonly NamedColumn[];
}

/**
 * What a kommun cell says when the row is the county's own: empty, or a total. Riket's spellings
 * ("Riket totalt") are the resolver's and mean Riket; these mean "the county in the county column".
 */
const TOTAL_WORDS: ReadonlySet<string> = new Set(
  [
    'Totalt',
    'Total',
    'Summa',
    'Samtliga',
    'Alla',
    'Länet',
    'Hela länet',
    'Länet totalt',
    'Hela länet totalt',
    'Totalt länet',
    'Län totalt',
    'Samtliga kommuner',
    'Alla kommuner',
    'Samtliga kommuner i länet',
    'Kommunerna totalt',
    'All municipalities',
    'Whole county',
  ].map(foldName),
);

/** Whether a kommun cell stands for the whole county: empty, "Totalt", "Hela länet", "Samtliga kommuner" … */
export function isCountyTotal(cell: string): boolean {
  const text = cell.trim();
  return text === '' || TOTAL_WORDS.has(foldName(text));
}

/** Columns that may hold the region or the county: region-named, or named as a county's name (`Länsnamn`). */
function regionColumns(header: readonly string[]): number[] {
  const named = regionNamedColumns(header);
  const countyNames = header.flatMap((h, i) =>
    COUNTY_COLUMN_NAMES.has(foldName(h.replace(/^\uFEFF/, ''))) && !named.includes(i) ? [i] : [],
  );
  return [...named, ...countyNames];
}

/** Whether the header has more than one column that could hold the region: the first rows must say which. */
export function hasCountyCandidates(header: readonly string[]): boolean {
  return regionColumns(header).length >= 2;
}

interface Levels {
  readonly kommuner: number;
  readonly counties: number;
}

function levelsOf(index: number, pending: readonly CsvRecord[]): Levels {
  let kommuner = 0;
  let counties = 0;
  for (const rec of pending) {
    const cell = rec.fields[index] ?? '';
    if (isCountyTotal(cell)) continue;
    const res = resolveRegion(cell);
    if (!res.ok) continue;
    if (res.region.level === 'kommun') kommuner++;
    else counties++;
  }
  return { kommuner, counties };
}

/**
 * The finest region column from the first rows: the column with the most kommuner (a tie keeps the
 * header's choice). Columns of counties beside it become helpers. Undefined when no column holds
 * kommuner or none holds counties beside it: the header's choice stands.
 */
export function planCounty(
  header: readonly string[],
  roles: ReadonlyMap<ColumnRole, number>,
  pending: readonly CsvRecord[],
  /** Columns that are something else (periods, a column of years). */
  exclude: readonly number[],
): CountyPlan | undefined {
  const chosen = roles.get('region');
  const others = new Set(
    [...roles.entries()].flatMap(([role, i]) => (role === 'region' || role === 'regionName' ? [] : [i])),
  );
  const columns = regionColumns(header).filter((i) => !exclude.includes(i) && !others.has(i));
  const levels = new Map(columns.map((i) => [i, levelsOf(i, pending)]));
  const ranked = columns
    .filter((i) => (levels.get(i)?.kommuner ?? 0) > (levels.get(i)?.counties ?? 0))
    .sort((a, b) => (levels.get(b)?.kommuner ?? 0) - (levels.get(a)?.kommuner ?? 0) || rank(a) - rank(b));
  function rank(i: number): number {
    return i === chosen ? -1 : i;
  }
  const region = ranked[0];
  if (region === undefined) return undefined;
  const taken = new Set([region, ...others]);
  const keptName = region === chosen ? roles.get('regionName') : undefined;
  const regionName = keptName ?? regionNameColumn(header, region, taken);
  const counties = columns.filter((i) => {
    const l = levels.get(i);
    return i !== region && i !== regionName && l !== undefined && l.counties > 0 && l.kommuner === 0;
  });
  if (counties.length === 0) return undefined;
  const named = (index: number): NamedColumn => ({ index, name: (header[index] ?? '').trim() });
  return { region: named(region), regionName, counties: counties.map(named) };
}

/** Distinct county cells remembered: counties are few; a column of free text is not. */
const CACHE_LIMIT = 10_000;

/**
 * Reads a row's region by a CountyPlan: the kommun, compared with each county cell (a warning where
 * they differ; the row keeps the kommun); a row whose kommun cell is empty or a total is the county's.
 */
export class CountyCells {
  /** County cell → the county code it means ('00' Riket), or null when it means no county. */
  private readonly countyCodes = new Map<string, string | null>();
  /** Kommun cell → whether it stands for the county. */
  private readonly totals = new Map<string, boolean>();
  private readonly countyLines: number[] = [];
  /** Set by read(): the last row was read as its county. */
  fromCounty = false;

  constructor(
    private readonly plan: CountyPlan,
    private readonly readers: FieldReaders,
    private readonly issues: IssueCollector,
  ) {}

  /** The region's index in REGIONS, or undefined after reporting why not. */
  read(rec: CsvRecord): number | undefined {
    const { fields, fieldLines } = rec;
    const r = this.plan.region.index;
    const cell = fields[r] ?? '';
    this.fromCounty = false;
    if (this.isTotal(cell)) {
      const county = this.plan.counties.find((c) => (fields[c.index] ?? '').trim() !== '');
      if (county) {
        this.fromCounty = true;
        this.countyLines.push(rec.line);
        const c = county.index;
        return this.readers.region(fields[c] ?? '', fieldLines[c] ?? rec.line, c + 1);
      }
    }
    const region = this.readers.region(cell, fieldLines[r] ?? rec.line, r + 1);
    if (region !== undefined) for (const county of this.plan.counties) this.compare(rec, county, region);
    return region;
  }

  private isTotal(cell: string): boolean {
    if (cell === '') return true;
    let total = this.totals.get(cell);
    if (total === undefined) {
      total = isCountyTotal(cell);
      if (this.totals.size < CACHE_LIMIT) this.totals.set(cell, total);
    }
    return total;
  }

  private compare(rec: CsvRecord, county: NamedColumn, region: number): void {
    const c = county.index;
    const cell = (rec.fields[c] ?? '').trim();
    if (cell === '') return;
    let code = this.countyCodes.get(cell);
    if (code === undefined) {
      const res = resolveRegion(cell);
      code = res.ok && res.region.level !== 'kommun' ? res.region.code : null;
      if (this.countyCodes.size < CACHE_LIMIT) this.countyCodes.set(cell, code);
    }
    const kommun = REGIONS[region];
    if (kommun === undefined || code === kommun.countyCode) return;
    // Heby's former code 1917 beside Västmanlands län: the county it belonged to then.
    const res = resolveRegion(rec.fields[this.plan.region.index] ?? '');
    if (res.ok && res.note?.kind === 'former_kommun' && res.note.change.formerCounty === code) return;
    this.issues.add('county_helper_disagrees', rec.fieldLines[c] ?? rec.line, c + 1, {
      helper: county.name,
      value: cell,
      region: kommun.code,
    });
  }

  /** Says how many rows were read as their county, with their lines. */
  finish(): void {
    const lines = this.countyLines;
    if (lines.length === 0) return;
    const r = this.plan.region;
    this.issues.add('county_total_rows', lines[0] ?? 1, r.index + 1, {
      count: lines.length,
      column: r.name,
      helper: this.plan.counties[0]?.name ?? '',
      lines: lines.length > 20 ? `${lines.slice(0, 20).join(', ')} …` : lines.join(', '),
    });
  }
}
