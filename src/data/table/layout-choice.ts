import type { ColumnRole } from '../cells/header-roles';
import { leftOutColumns } from '../cells/left-out-columns';
import type { ColumnMapping } from '../import/import-result';

/** What a long table's reader decided, column by column. */
interface LongDecision {
  readonly header: readonly string[];
  readonly roles: ReadonlyMap<ColumnRole, number>;
  /** A month or quarter column joined to the year. */
  readonly part: number | undefined;
  /** Several value columns, each an indicator. */
  readonly measures: readonly number[] | undefined;
  /** Columns read as series (constants, dimensions and their labels). */
  readonly series: readonly number[];
  /** Every column the layout reads, helpers included. */
  readonly used: readonly number[];
  /** One region for every row (SCB code), when no column holds it. */
  readonly regionCode: string | undefined;
}

/**
 * A long table's reading as a column mapping, so that Välj kolumner starts from what the reader
 * chose and saving it unchanged reads the file the same way. Helper columns (a year beside the
 * month, a county beside the kommun) are read to be compared, so they are not listed as ignored.
 */
export function longChoice(d: LongDecision): ColumnMapping {
  const { roles } = d;
  const region = roles.get('region');
  return {
    ...(region !== undefined && d.regionCode === undefined ? { region } : {}),
    ...(d.regionCode !== undefined ? { regionCode: d.regionCode } : {}),
    period: roles.get('period'),
    ...(d.part !== undefined ? { periodPart: d.part } : {}),
    ...(d.measures && d.measures.length > 0 ? { values: d.measures } : { value: roles.get('value') }),
    ...(d.series.length > 0 ? { series: d.series } : {}),
    indicator: roles.get('indicator'),
    gender: roles.get('gender'),
    ignore: leftOutColumns(d.header, d.used, []).map((c) => c.index),
  };
}
