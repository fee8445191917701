import { periodCode, type Period } from '../../domain/period';
import type { CsvRecord } from '../text/csv-scanner';
import type { FieldReaders } from '../cells/field-readers';
import type { IssueCollector } from '../issues/issue';
import type { RowCounts } from '../import/import-result';
import type { ObservationBuilder } from '../columns/observation-store';

export interface PeriodColumn {
  readonly index: number;
  readonly period: Period;
}

/** Reads PxWeb's wide layout: a region (and maybe kön) per row, one column per period. */
export class WideRows {
  private readonly fileCode: number;
  private readonly indicator: number;

  constructor(
    private readonly regionCol: number,
    private readonly genderCol: number,
    /** A column naming each row's indicator; -1 when the whole table is one indicator. */
    private readonly indicatorCol: number,
    private readonly periods: readonly PeriodColumn[],
    indicatorId: string,
    private readonly readers: FieldReaders,
    private readonly issues: IssueCollector,
    private readonly builder: ObservationBuilder,
    private readonly counts: RowCounts,
    file: string,
  ) {
    this.fileCode = builder.fileCode(file);
    this.indicator = builder.indicatorCode(indicatorId);
  }

  /** A row stands for one record per period column; each is accepted or rejected on its own. */
  read(rec: CsvRecord): void {
    const { fields, fieldLines } = rec;
    const r = this.regionCol;
    const region = this.readers.region(fields[r] ?? '', fieldLines[r] ?? rec.line, r + 1);
    let gender: number | undefined = 0;
    const g = this.genderCol;
    if (g >= 0) gender = this.readers.gender(fields[g] ?? '', fieldLines[g] ?? rec.line, g + 1);
    let indicator = this.indicator;
    const ic = this.indicatorCol;
    if (ic >= 0) {
      const id = (fields[ic] ?? '').trim();
      if (id === '') {
        this.issues.add('indicator_empty', fieldLines[ic] ?? rec.line, ic + 1, {});
        indicator = -1;
      } else indicator = this.builder.indicatorCode(id);
    }
    if (region === undefined || gender === undefined || indicator < 0) {
      this.counts.rejected += this.periods.length;
      return;
    }
    for (const column of this.periods) {
      const value = this.readers.value(
        fields[column.index] ?? '',
        fieldLines[column.index] ?? rec.line,
        column.index + 1,
      );
      if (value === undefined) {
        this.counts.rejected++;
        continue;
      }
      const marker = value.marker === undefined ? 0 : this.builder.markerCode(value.marker);
      this.builder.push(
        region,
        indicator,
        periodCode(column.period),
        gender,
        value.value,
        marker,
        rec.line,
        this.fileCode,
      );
      this.counts.accepted++;
    }
  }
}
