import { parsePeriod } from '../../domain/period';
import { foldName } from '../../domain/text-match';
import type { LeftOutReason } from '../issues/table-shape-issues';
import type { CsvRecord } from '../text/csv-scanner';
import { parseValue } from '../text/number-parse';
import type { NamedColumn } from './county-columns';
import { plainYear } from './period-parts';

/** A column left out, and why. */
export interface LeftOut extends NamedColumn {
  readonly reason: LeftOutReason;
}

/** The columns beside region, period, kön and value, told apart by their content and name. */
export interface ExtraColumns {
  /** Columns of numbers that are values (each a measure). */
  readonly measures: readonly NamedColumn[];
  /** Columns of text: constants, dimensions or attributes, decided by dimension-columns. */
  readonly texts: readonly NamedColumn[];
  /** Counters, years and classes: never values. */
  readonly notValues: readonly LeftOut[];
}

/** Names of a row counter: `sort`, `nr`, `löpnummer`, `rad`, `id` … */
const COUNTER_NAMES: ReadonlySet<string> = new Set([
  'sort',
  'sortering',
  'sorteringsordning',
  'nr',
  'lopnummer',
  'lopnr',
  'rad',
  'radnummer',
  'row',
  'index',
  'id',
  'ordning',
  'rank',
]);
const YEAR_WORDS: ReadonlySet<string> = new Set(['ar', 'year', 'artal']);

/** A class rather than a number: `2-4`, `5–9`, `10+`, `<5`. */
const CLASS_TEXT =
  /^(?:\d+(?:[.,]\d+)?\s*[-–—]\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*\+|[<>≤≥]\s*\d+(?:[.,]\d+)?)$/;

function cells(pending: readonly CsvRecord[], index: number): string[] {
  return pending.map((rec) => (rec.fields[index] ?? '').trim());
}

function isClass(values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  return (
    filled.some((v) => CLASS_TEXT.test(v)) &&
    filled.every((v) => CLASS_TEXT.test(v) || parseValue(v, undefined).kind !== 'invalid')
  );
}

/** 1, 2, 3 … in row order (at least three rows), or whole numbers under a counter's name. */
function isCounter(name: string, values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0 || !filled.every((v) => /^\d+$/.test(v))) return false;
  if (COUNTER_NAMES.has(foldName(name))) return true;
  return filled.length >= 3 && filled.every((v, i) => Number(v) === i + 1);
}

/** Plain years named as years, or repeating the period's year on every row. */
function isYears(name: string, values: readonly string[], periods: readonly string[] | undefined): boolean {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0 || !filled.every((v) => plainYear(v) !== undefined)) return false;
  if (
    foldName(name)
      .split(/[^a-z]+/)
      .some((w) => YEAR_WORDS.has(w))
  )
    return true;
  if (!periods) return false;
  return values.every((v, i) => {
    const period = parsePeriod(periods[i] ?? '');
    return v === '' || (period.ok && String(period.period.year) === v);
  });
}

/**
 * Numbers in most filled cells (the rest markers, or a few bad cells that are then rejected one by
 * one and said): a column of values.
 */
function isNumeric(values: readonly string[]): boolean {
  let numbers = 0;
  let invalid = 0;
  for (const v of values) {
    if (v === '') continue;
    const parsed = parseValue(v, undefined);
    if (parsed.kind === 'invalid') invalid++;
    else if (parsed.kind === 'number') numbers++;
  }
  return numbers > invalid;
}

/**
 * Sorts the columns no role took, from the first rows: a row counter (`sort`: 1, 2, 3 …), plain
 * years and classes (`grupp`: "2-4") are never values; the other columns of numbers are measures;
 * the rest hold text.
 */
export function sortExtraColumns(
  header: readonly string[],
  columns: readonly number[],
  pending: readonly CsvRecord[],
  /** The period column, whose year a year column repeats. */
  period: number | undefined,
): ExtraColumns {
  const periods = period === undefined ? undefined : cells(pending, period);
  const measures: NamedColumn[] = [];
  const texts: NamedColumn[] = [];
  const notValues: LeftOut[] = [];
  for (const index of columns) {
    const name = (header[index] ?? '').replace(/^\uFEFF/, '').trim();
    const values = cells(pending, index);
    if (isClass(values)) notValues.push({ index, name, reason: 'class' });
    else if (isCounter(name, values)) notValues.push({ index, name, reason: 'counter' });
    else if (isYears(name, values, periods)) notValues.push({ index, name, reason: 'year' });
    else if (isNumeric(values)) measures.push({ index, name });
    else texts.push({ index, name });
  }
  return { measures, texts, notValues };
}
