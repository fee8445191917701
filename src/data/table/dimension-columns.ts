import type { CsvRecord } from '../text/csv-scanner';
import type { NamedColumn } from './county-columns';
import type { LeftOut } from './measure-columns';

/** A column with one value on every row seen: it describes the indicator (`ålder` = "20-64 år"). */
export interface ConstantColumn extends NamedColumn {
  readonly value: string;
}

/** A column whose values tell rows apart: each value is a series (`Grupp` = inrikes/utrikes födda). */
export interface DimensionColumn extends NamedColumn {
  /** A column naming each value (an SNI code's branch name), shown beside it in the series' name. */
  readonly label: NamedColumn | undefined;
}

/** How a long table's text columns make series: the constants describe, the dimensions split. */
export interface SeriesPlan {
  readonly constants: readonly ConstantColumn[];
  readonly dimensions: readonly DimensionColumn[];
}

/** More distinct values than this in the first rows: a column of free text, never a dimension. */
const MAX_DIMENSION_VALUES = 25;

function cells(pending: readonly CsvRecord[], index: number): string[] {
  return pending.map((rec) => (rec.fields[index] ?? '').trim());
}

/** Whether `values` splits rows that share a key: two rows with one key and two values. */
function splits(keys: readonly string[], values: readonly string[]): boolean {
  const seen = new Map<string, string>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    const value = values[i] ?? '';
    const before = seen.get(key);
    if (before === undefined) seen.set(key, value);
    else if (before !== value) return true;
  }
  return false;
}

/** Whether two columns name the same thing: each value of one goes with one value of the other. */
function oneToOne(a: readonly string[], b: readonly string[]): boolean {
  const ab = new Map<string, string>();
  const ba = new Map<string, string>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if ((ab.get(x) ?? y) !== y || (ba.get(y) ?? x) !== x) return false;
    ab.set(x, y);
    ba.set(y, x);
  }
  return true;
}

/**
 * Decides from the first rows what each text column is: one value throughout, a constant (it
 * describes the indicator); values that tell rows of the same region, period, kön and indicator
 * apart, a dimension (each value its own series); a column naming a dimension's values, its label;
 * anything else an attribute of the row, left out.
 */
export function planSeries(
  texts: readonly NamedColumn[],
  pending: readonly CsvRecord[],
  /** The columns that make an observation's key: region, period (and its part), kön, indicator. */
  keyColumns: readonly number[],
): { readonly plan: SeriesPlan; readonly leftOut: readonly LeftOut[] } {
  const constants: ConstantColumn[] = [];
  const dimensions: (DimensionColumn & { values: string[] })[] = [];
  const leftOut: LeftOut[] = [];
  let keys = pending.map((rec) => keyColumns.map((c) => (rec.fields[c] ?? '').trim()).join('\u0001'));
  const varying: (NamedColumn & { values: string[] })[] = [];
  for (const column of texts) {
    const values = cells(pending, column.index);
    const distinct = new Set(values.filter((v) => v !== ''));
    if (distinct.size === 0) leftOut.push({ ...column, reason: 'empty' });
    else if (distinct.size === 1) constants.push({ ...column, value: [...distinct][0] ?? '' });
    else varying.push({ ...column, values });
  }
  for (const column of varying) {
    const distinct = new Set(column.values).size;
    if (distinct <= MAX_DIMENSION_VALUES && splits(keys, column.values)) {
      dimensions.push({ index: column.index, name: column.name, label: undefined, values: column.values });
      keys = keys.map((k, i) => `${k}\u0001${column.values[i] ?? ''}`);
    }
  }
  for (const column of varying) {
    if (dimensions.some((d) => d.index === column.index)) continue;
    const k = dimensions.findIndex((d) => d.label === undefined && oneToOne(d.values, column.values));
    const named = dimensions[k];
    if (named) dimensions[k] = { ...named, label: { index: column.index, name: column.name } };
    else leftOut.push({ index: column.index, name: column.name, reason: 'attribute' });
  }
  return {
    plan: { constants, dimensions: dimensions.map(({ index, name, label }) => ({ index, name, label })) },
    leftOut,
  };
}
