import { IndicatorCodes, MALFORMED_INDICATOR } from './indicator-codes';
import { periodCode, type Period } from '../../domain/period';
import type { CsvRecord } from '../text/csv-scanner';
import type { TableRowsContext } from './rows-context';

export interface PeriodColumn {
  readonly index: number;
  readonly period: Period;
}

/** The columns of a wide table: -1 for a column it lacks. */
export interface WideColumns {
  readonly region: number;
  readonly gender: number;
  /** A column naming each row's indicator; -1 when the whole table is one indicator. */
  readonly indicator: number;
  readonly periods: readonly PeriodColumn[];
  /** The indicator of a table without an indicator column. */
  readonly indicatorId: string;
}

/** Reads PxWeb's wide layout: a region (and maybe kön) per row, one column per period. */
export class WideRows {
  private readonly fileCode: number;
  private readonly indicator: number;
  private readonly indicatorCodes: IndicatorCodes;

  constructor(
    private readonly context: TableRowsContext,
    private readonly columns: WideColumns,
  ) {
    this.fileCode = context.builder.fileCode(context.file);
    this.indicatorCodes = new IndicatorCodes(context.builder, context.issues);
    this.indicator = this.indicatorCodes.fixed(columns.indicatorId);
  }

  /** A row stands for one record per period column; each is accepted or rejected on its own. */
  read(rec: CsvRecord): void {
    const { readers, issues, builder, counts } = this.context;
    const { periods } = this.columns;
    const { fields, fieldLines } = rec;
    const r = this.columns.region;
    const region = readers.region(fields[r] ?? '', fieldLines[r] ?? rec.line, r + 1);
    let gender: number | undefined = 0;
    const g = this.columns.gender;
    if (g >= 0) gender = readers.gender(fields[g] ?? '', fieldLines[g] ?? rec.line, g + 1);
    let indicator = this.indicator;
    const ic = this.columns.indicator;
    if (ic >= 0) {
      const id = (fields[ic] ?? '').trim();
      if (id === '') {
        issues.add('indicator_empty', fieldLines[ic] ?? rec.line, ic + 1, {});
        indicator = -1;
      } else indicator = this.indicatorCodes.code(id, fieldLines[ic] ?? rec.line, ic + 1);
    } else if (indicator === MALFORMED_INDICATOR)
      this.indicatorCodes.rejectFixed(this.columns.indicatorId, rec.line);
    if (region === undefined || gender === undefined || indicator < 0) {
      counts.rejected += periods.length;
      return;
    }
    for (const column of periods) {
      const value = readers.value(
        fields[column.index] ?? '',
        fieldLines[column.index] ?? rec.line,
        column.index + 1,
      );
      if (value === undefined) {
        counts.rejected++;
        continue;
      }
      const marker = value.marker === undefined ? 0 : builder.markerCode(value.marker);
      builder.push(
        region,
        indicator,
        periodCode(column.period),
        gender,
        value.value,
        marker,
        rec.line,
        this.fileCode,
      );
      counts.accepted++;
    }
  }
}
