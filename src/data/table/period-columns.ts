import { parsePeriod, type Granularity } from '../../domain/period';
import { resolveRegion } from '../../domain/region-resolver';
import { foldName } from '../../domain/text-match';
import { ROLE_NAMES } from '../cells/header-roles';
import type { CsvRecord } from '../text/csv-scanner';
import { monthPart, plainYear, quarterPart } from './period-parts';

/**
 * What a period-named column holds, told from its values: whole periods of one granularity
 * (`2023`, `2023K1`, `2023M01`), or a month or a quarter on its own (`januari`, `1`, `K1`).
 */
export type PeriodColumnKind = Granularity | 'monthPart' | 'quarterPart';

export interface PeriodCandidate {
  readonly index: number;
  /** The header as written. */
  readonly name: string;
  readonly kind: PeriodColumnKind;
}

/**
 * How a table's period is read when several columns could hold it: from the finest whole period
 * (`main`), or from a year column joined to a month or quarter column (`part`). The other period
 * columns are helpers: not read as the period, only compared with it row by row.
 */
export interface PeriodPlan {
  readonly main: PeriodCandidate;
  readonly part: PeriodCandidate | undefined;
  readonly helpers: readonly PeriodCandidate[];
  readonly granularity: Granularity;
}

const PERIOD_WORDS = new Set([
  ...ROLE_NAMES.period,
  'artal',
  'manadsnamn',
  'armanad',
  'arkvartal',
  'kvartalsnamn',
]);
/** Words that may go with a period word in a helper's name: `manad_long`, `ar_nr`, `månadsnamn`. */
const MODIFIERS = new Set([
  'long',
  'lang',
  'kort',
  'short',
  'namn',
  'name',
  'nr',
  'nummer',
  'number',
  'text',
]);
const MONTH_WORDS = new Set(['manad', 'month', 'manadsnamn']);
const QUARTER_WORDS = new Set(['kvartal', 'quarter', 'kvartalsnamn']);

function words(header: string): string[] {
  return foldName(header.replace(/^\uFEFF/, '')).split(' ');
}

/** A header that names a period or a part of one: `År`, `tid`, `ar_manad`, `manad_long`, `Kvartal`. */
export function isPeriodName(header: string): boolean {
  const w = words(header);
  return w.some((x) => PERIOD_WORDS.has(x)) && w.every((x) => PERIOD_WORDS.has(x) || MODIFIERS.has(x));
}

/** Columns whose header names a period or a part of one, in header order. */
export function periodNamedColumns(header: readonly string[]): number[] {
  return header.flatMap((h, i) => (isPeriodName(h) ? [i] : []));
}

function cellsOf(pending: readonly CsvRecord[], index: number): string[] {
  return pending.flatMap((rec) => {
    const cell = (rec.fields[index] ?? '').trim();
    return cell === '' ? [] : [cell];
  });
}

/**
 * What a period-named column holds, from the values seen; undefined when it is no period at all.
 * Most values decide (more than half): a few bad cells are rejected row by row and said, rather
 * than turning a monthly column into no period at all.
 */
export function periodKind(header: string, cells: readonly string[]): PeriodColumnKind | undefined {
  const most = (n: number): boolean => n * 2 > cells.length;
  const counts = new Map<Granularity, number>();
  for (const cell of cells) {
    const parsed = parsePeriod(cell);
    if (parsed.ok) counts.set(parsed.period.granularity, (counts.get(parsed.period.granularity) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (top && most(top[1])) return top[0];
  const w = words(header);
  const parts = (read: (c: string) => number | undefined): number =>
    cells.filter((c) => read(c) !== undefined).length;
  if (w.some((x) => MONTH_WORDS.has(x)) && most(parts(monthPart))) return 'monthPart';
  if (w.some((x) => QUARTER_WORDS.has(x)) && most(parts(quarterPart))) return 'quarterPart';
  return undefined;
}

const FINENESS: Readonly<Record<PeriodColumnKind, number>> = {
  month: 3,
  quarter: 2,
  year: 1,
  monthPart: 0,
  quarterPart: 0,
};

/**
 * The period plan for the period-named columns, from the first rows: the finest whole period is
 * read (a tie goes to `preferred`, the column the header's name chose), a lone year column is joined
 * to a month column (or else a quarter column), and the rest are helpers. Undefined when no column
 * holds whole periods or years: the header's choice stands.
 */
export function planPeriods(
  header: readonly string[],
  columns: readonly number[],
  pending: readonly CsvRecord[],
  preferred: number | undefined,
): PeriodPlan | undefined {
  const found = columns.flatMap((index): PeriodCandidate[] => {
    const name = (header[index] ?? '').trim();
    const kind = periodKind(name, cellsOf(pending, index));
    return kind === undefined ? [] : [{ index, name, kind }];
  });
  const whole = found
    .filter((c) => FINENESS[c.kind] > 0)
    .sort((a, b) => FINENESS[b.kind] - FINENESS[a.kind] || rank(a) - rank(b));
  function rank(c: PeriodCandidate): number {
    return c.index === preferred ? -1 : c.index;
  }
  const main = whole[0];
  if (!main) return undefined;
  const part =
    main.kind === 'year'
      ? (found.find((c) => c.kind === 'monthPart') ?? found.find((c) => c.kind === 'quarterPart'))
      : undefined;
  const helpers = found.filter((c) => c !== main && c !== part);
  const granularity: Granularity =
    part === undefined ? (main.kind as Granularity) : part.kind === 'monthPart' ? 'month' : 'quarter';
  return { main, part, helpers, granularity };
}

/**
 * Whether a column of plain years is a year and not kommun codes: some value is no region code
 * (2014, 2022), or it repeats a period column's year on every row. Dalarna's kommun codes
 * (2021–2085) are all plausible years, so that alone never decides.
 */
function yearsNotCodes(index: number, pending: readonly CsvRecord[], periods: readonly number[]): boolean {
  const cells = cellsOf(pending, index);
  if (cells.length === 0 || !cells.every((c) => plainYear(c) !== undefined)) return false;
  // A former kommun code (Heby's 1917) is a kommun still, not a year.
  if (cells.some((c) => !resolveRegion(c).ok)) return true;
  return periods.some((p) =>
    pending.every((rec) => {
      const cell = (rec.fields[index] ?? '').trim();
      const period = parsePeriod(rec.fields[p] ?? '');
      return cell === '' || (period.ok && String(period.period.year) === cell);
    }),
  );
}

/**
 * Of several region-named columns, the one to read: a column of years (2021 is Vansbro's code,
 * 2023 Malung-Sälen's) loses to one whose values are all regions and not years. Undefined when the
 * header's choice stands.
 */
export function regionOverYears(
  header: readonly string[],
  chosen: number,
  pending: readonly CsvRecord[],
): number | undefined {
  const periods = periodNamedColumns(header);
  if (!yearsNotCodes(chosen, pending, periods)) return undefined;
  return regionNamedColumns(header).find((index) => {
    const cells = cellsOf(pending, index);
    return (
      index !== chosen &&
      cells.length > 0 &&
      !cells.every((c) => plainYear(c) !== undefined) &&
      cells.every((c) => resolveRegion(c).ok)
    );
  });
}

/** Region-named columns of a header (`region`, `län`, `kommun`, …). */
export function regionNamedColumns(header: readonly string[]): number[] {
  const names = new Set(ROLE_NAMES.region);
  return header.flatMap((h, i) => (names.has(foldName(h.replace(/^\uFEFF/, ''))) ? [i] : []));
}

/** Names of a column of region names that stands as the region when no code column is there. */
const REGION_NAME_ONLY = new Set([
  'regionnamn',
  'kommunnamn',
  'lansnamn',
  'region name',
  'municipality name',
]);

/** A column of region names (`Kommunnamn`, `Länsnamn`) in a header without a region column. */
export function regionNameOnlyColumn(header: readonly string[]): number | undefined {
  const index = header.findIndex((h) => REGION_NAME_ONLY.has(foldName(h.replace(/^\uFEFF/, ''))));
  return index < 0 ? undefined : index;
}
