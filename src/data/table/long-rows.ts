import { IndicatorCodes, MALFORMED_INDICATOR } from './indicator-codes';
import type { RowCounts } from '../import/import-result';
import type { CsvRecord } from '../text/csv-scanner';
import type { FieldReaders } from '../cells/field-readers';
import type { ColumnRole } from '../cells/header-roles';
import type { IssueCollector } from '../issues/issue';
import type { ObservationBuilder } from '../columns/observation-store';
import type { TableRowsContext } from './rows-context';
import type { PeriodCells } from './period-cells';
import type { CountyCells, NamedColumn } from './county-columns';
import type { SeriesColumns } from './series-columns';

/** A value column read as an indicator of its own (one of several measure columns). */
export interface MeasureColumn extends NamedColumn {
  readonly id: string;
}

/** What a long table reads beyond one value column: several measures, and series split by dimensions. */
export interface LongExtras {
  readonly measures?: readonly MeasureColumn[];
  readonly series?: SeriesColumns;
  /** The name of the table's own indicator, when the reader named it (a measure column's header). */
  readonly indicatorName?: string;
  /** The region of every row (its index in REGIONS): the file is of one region, said once. */
  readonly fixedRegion?: number;
}

/** Checks every row shares: blank, quoting problems, field count, broken characters. */
export class RowGate {
  readonly blankLines: number[] = [];
  /** Set once decoded text has shown U+FFFD; from then on cells are checked for it. */
  checkReplacement = false;
  /** Columns without a header; each is reported the first time it holds a value. */
  private readonly unnamed: number[];

  constructor(
    private readonly issues: IssueCollector,
    private readonly counts: RowCounts,
    private readonly header: readonly string[],
    /** Columns the layout reads. */
    private readonly usedColumns: readonly number[],
    private readonly invalidBytes: boolean,
    /** Records a row stands for: 1 in the long layout, one per period column in the wide one. */
    private readonly weight = 1,
  ) {
    // An unnamed column the layout reads (PxWeb's stub, told by its content) is not ignored.
    this.unnamed = header.flatMap((h, i) => (h.trim() === '' && !usedColumns.includes(i) ? [i] : []));
  }

  /** True when the row may be read; otherwise it has been counted as skipped or rejected. */
  admit(rec: CsvRecord): boolean {
    const { fields, count } = rec;
    const weight = this.weight;
    this.counts.records += weight;
    if (isBlank(fields, count)) {
      this.counts.skipped += weight;
      this.blankLines.push(rec.line);
      return false;
    }
    if (rec.problem !== undefined) {
      this.counts.rejected += weight;
      const column = rec.problemField + 1;
      if (rec.problem === 'unterminated_quote') {
        this.issues.add('unterminated_quote', rec.fieldLines[rec.problemField] ?? rec.line, column, {
          lastLine: rec.lastLine,
        });
      } else this.issues.add('text_after_quote', rec.fieldLines[rec.problemField] ?? rec.line, column, {});
      return false;
    }
    const expected = this.header.length;
    if (count !== expected && !this.tolerableWidth(fields, count)) {
      this.counts.rejected += weight;
      this.issues.add('field_count', rec.line, null, { found: count, expected });
      return false;
    }
    if (this.unnamed.length > 0) this.reportUnnamedValues(rec);
    if (this.checkReplacement) {
      for (const c of this.usedColumns) {
        if (c < count && (fields[c] ?? '').includes('\uFFFD')) {
          this.counts.rejected += weight;
          const code = this.invalidBytes ? 'encoding_invalid_bytes' : 'replacement_character';
          this.issues.add(code, rec.fieldLines[c] ?? rec.line, c + 1, { column: this.header[c] ?? '' });
          return false;
        }
      }
    }
    return true;
  }

  private reportUnnamedValues(rec: CsvRecord): void {
    for (let k = this.unnamed.length - 1; k >= 0; k--) {
      const c = this.unnamed[k] ?? 0;
      if ((rec.fields[c] ?? '').trim() !== '' && c < rec.count) {
        this.issues.add('header_unnamed_column', rec.fieldLines[c] ?? rec.line, c + 1, { position: c + 1 });
        this.unnamed.splice(k, 1);
      }
    }
  }

  /** Excel pads or trims empty trailing cells: a width difference made only of empty unnamed cells is fine. */
  private tolerableWidth(fields: readonly string[], count: number): boolean {
    const expected = this.header.length;
    if (count > expected) {
      for (let i = expected; i < count; i++) if ((fields[i] ?? '') !== '') return false;
      return true;
    }
    for (let i = count; i < expected; i++) if ((this.header[i] ?? '').trim() !== '') return false;
    return true;
  }

  reportBlankLines(): void {
    if (this.blankLines.length === 0) return;
    const lines = this.blankLines;
    const listed = lines.length > 20 ? `${lines.slice(0, 20).join(', ')} …` : lines.join(', ');
    this.issues.add('blank_lines', lines[0] ?? 1, null, { count: lines.length, lines: listed });
  }
}

export function isBlank(fields: readonly string[], count: number): boolean {
  for (let i = 0; i < count; i++) {
    const f = fields[i] ?? '';
    if (f !== '' && f.trim() !== '') return false;
  }
  return true;
}

/** Reads the long layout's rows into the column builder. */
export class LongRows {
  private readonly regionCol: number;
  private readonly indicatorCol: number;
  private readonly periodCol: number;
  private readonly valueCol: number;
  private readonly genderCol: number;
  private readonly noteCol: number;
  private readonly regionNameCol: number;
  private readonly fixedIndicator: number;
  private readonly defaultIndicator: string | undefined;
  private readonly indicatorCodes: IndicatorCodes;
  private readonly fileCode: number;

  private readonly readers: FieldReaders;
  private readonly issues: IssueCollector;
  private readonly builder: ObservationBuilder;
  private readonly counts: RowCounts;

  constructor(
    context: TableRowsContext,
    roles: ReadonlyMap<ColumnRole, number>,
    defaultIndicator: string | undefined,
    /** Reads the period when several columns hold it; else the period column alone is read. */
    private readonly periodCells?: PeriodCells,
    /** Reads the region when a county column stands beside the kommun column. */
    private readonly countyCells?: CountyCells,
    private readonly extras: LongExtras = {},
  ) {
    ({ readers: this.readers, issues: this.issues, builder: this.builder, counts: this.counts } = context);
    const { builder, file } = context;
    this.regionCol = roles.get('region') ?? -1;
    this.indicatorCol = roles.get('indicator') ?? -1;
    this.periodCol = roles.get('period') ?? -1;
    this.valueCol = roles.get('value') ?? -1;
    this.genderCol = roles.get('gender') ?? -1;
    this.noteCol = roles.get('note') ?? -1;
    this.regionNameCol = roles.get('regionName') ?? -1;
    this.indicatorCodes = new IndicatorCodes(builder, this.issues);
    this.defaultIndicator = defaultIndicator;
    this.fixedIndicator = this.indicatorCodes.fixed(defaultIndicator);
    this.fileCode = builder.fileCode(file);
  }

  read(rec: CsvRecord): void {
    const { fields, fieldLines } = rec;
    const r = this.regionCol;
    const county = this.countyCells;
    const fixed = this.extras.fixedRegion;
    const region =
      fixed !== undefined
        ? fixed
        : county
          ? county.read(rec)
          : this.readers.region(fields[r] ?? '', fieldLines[r] ?? rec.line, r + 1);
    const n = this.regionNameCol;
    // A county's own row (no kommun) has no kommun name to check.
    if (n >= 0 && region !== undefined && !county?.fromCounty)
      this.readers.checkRegionName(region, fields[n] ?? '', fieldLines[n] ?? rec.line, n + 1);

    const { measures } = this.extras;
    // Several measures, or series named by their dimension values alone: the series give the indicator.
    let indicator = measures || this.extras.indicatorName === '' ? 0 : this.fixedIndicator;
    let indicatorId = this.defaultIndicator ?? '';
    const ic = this.indicatorCol;
    if (ic >= 0 && !measures) {
      indicatorId = (fields[ic] ?? '').trim();
      if (indicatorId === '') {
        this.issues.add('indicator_empty', fieldLines[ic] ?? rec.line, ic + 1, {});
        indicator = -1;
      } else indicator = this.indicatorCodes.code(indicatorId, fieldLines[ic] ?? rec.line, ic + 1);
    } else if (indicator === MALFORMED_INDICATOR)
      this.indicatorCodes.rejectFixed(this.defaultIndicator ?? '', rec.line);

    const p = this.periodCol;
    const period = this.periodCells
      ? this.periodCells.read(rec)
      : this.readers.period(fields[p] ?? '', fieldLines[p] ?? rec.line, p + 1);

    const g = this.genderCol;
    const gender = g >= 0 ? this.readers.gender(fields[g] ?? '', fieldLines[g] ?? rec.line, g + 1) : 0;

    const keyRead = region !== undefined && indicator >= 0 && period !== undefined && gender !== undefined;
    for (const measure of measures ?? [undefined]) {
      const v = measure ? measure.index : this.valueCol;
      const value = this.readers.value(fields[v] ?? '', fieldLines[v] ?? rec.line, v + 1);
      if (!keyRead || value === undefined) {
        this.counts.rejected++;
        continue;
      }
      const code = this.seriesCode(rec, measure, indicator, indicatorId);
      this.push(rec, region, code, period, gender, value);
    }
  }

  /** The row's indicator: a measure's, the row's or the table's, or its series' variant. */
  private seriesCode(
    rec: CsvRecord,
    measure: MeasureColumn | undefined,
    indicator: number,
    id: string,
  ): number {
    const { series, indicatorName } = this.extras;
    if (measure) return series ? series.code(rec, measure.id, measure.name, true) : this.measureCode(measure);
    if (!series) return indicator;
    const named = this.indicatorCol < 0 && indicatorName !== undefined;
    return series.code(rec, id, named ? indicatorName : id, named);
  }

  private readonly measureCodes = new Map<string, number>();

  private measureCode(measure: MeasureColumn): number {
    let code = this.measureCodes.get(measure.id);
    if (code === undefined)
      this.measureCodes.set(measure.id, (code = this.builder.indicatorCode(measure.id)));
    return code;
  }

  private push(
    rec: CsvRecord,
    region: number,
    indicator: number,
    period: number,
    gender: number,
    value: { readonly value: number; readonly marker: string | undefined },
  ): void {
    const markerCode = value.marker === undefined ? 0 : this.builder.markerCode(value.marker);
    const row = this.builder.push(
      region,
      indicator,
      period,
      gender,
      value.value,
      markerCode,
      rec.line,
      this.fileCode,
    );
    this.counts.accepted++;
    if (this.noteCol >= 0) {
      const note = (rec.fields[this.noteCol] ?? '').trim();
      if (note !== '') this.builder.addNote(row, note);
    }
  }
}
