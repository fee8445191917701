import { resolveRegion } from '../../domain/region-resolver';
import type { CsvRecord } from '../text/csv-scanner';
import type { TextEncoding } from '../text/decode';
import type { DecimalHint } from '../text/number-parse';
import { FieldReaders } from '../cells/field-readers';
import { analyseHeader } from '../cells/header-roles';
import type { FileFormat, ImportOptions, RowCounts } from '../import/import-result';
import { emptyOutcome, type ReaderContext, type ReaderOutcome } from '../import/reader';
import type { IssueCollector } from '../issues/issue';
import type { ObservationBuilder } from '../columns/observation-store';
import { isBlank, RowGate } from './long-rows';
import { isUnnamedStubHeader } from './stub-columns';
import { tableShape } from './table-header';
import { TableLayoutChooser, type LayoutStart, type TableLayout, type TableRead } from './table-layout';

/** Where a table's records come from: a CSV file or a workbook's sheet. */
export interface TableSource {
  /** The format a file of this source in this layout is (undefined: no layout could be read). */
  readonly format: (layout: TableLayout | undefined) => FileFormat;
  readonly encoding: TextEncoding | 'binary';
  /** The CSV delimiter, reported when the file held a table or at least records. */
  readonly delimiter: string | undefined;
  readonly hint: DecimalHint;
  readonly estimatedRows: number;
  /** The text had invalid UTF-8 bytes: rows where they show are rejected. */
  readonly invalidBytes: boolean;
}

/** Rows shown in Välj kolumner. */
const PREVIEW_ROWS = 10;

/** Rows read before the value column of an unnamed measure is decided. */
const DECIDE_AFTER = 50;

function copy(rec: CsvRecord): CsvRecord {
  return { ...rec, fields: rec.fields.slice(0, rec.count), fieldLines: rec.fieldLines.slice(0, rec.count) };
}

/**
 * Reads a table — CSV records or spreadsheet rows — in the layout its header tells (see
 * TableLayoutChooser). Title lines before the header are skipped and counted. When a long table has
 * no value column by name, the one column holding numbers is the value and its header names the
 * indicator ("arbetslöshet"); where several columns could hold the period or the region, the same
 * first rows decide (see settleFromRows). A header that fits no layout is reported, every row is
 * counted as rejected, and a preview is kept for mapping.
 */
export class TableReader {
  private readonly counts: RowCounts;
  private readonly file: string;
  private readonly issues: IssueCollector;
  private readonly options: ImportOptions;
  private readonly builder: ObservationBuilder;
  private readonly readers: FieldReaders;
  private readonly leadingBlank: number[] = [];
  private readonly titles: string[] = [];
  private header: string[] | undefined;
  private headerLine = 1;
  private chooser: TableLayoutChooser | undefined;
  private start: LayoutStart | undefined;
  private gate: RowGate | undefined;
  private pending: CsvRecord[] | undefined;
  private failed = false;
  private readonly previewRows: string[][] = [];
  /** The first rows after the header, read or not: Välj kolumner shows them. */
  private readonly sampleRows: string[][] = [];
  private firstRejectedLine = 0;
  private lastRejectedLine = 0;
  private replacementSeen = false;

  constructor(
    context: ReaderContext,
    private readonly source: TableSource,
  ) {
    ({ counts: this.counts, file: this.file, issues: this.issues, options: this.options } = context);
    this.builder = context.columns(source.estimatedRows);
    this.readers = new FieldReaders(this.issues, source.hint);
  }

  /** From the first U+FFFD seen in the decoded text on, cells are checked for it. */
  sawReplacementCharacter(): void {
    this.replacementSeen = true;
    if (this.gate) this.gate.checkReplacement = true;
  }

  record(rec: CsvRecord): void {
    if (this.header === undefined) {
      this.beforeHeader(rec);
      return;
    }
    if (this.sampleRows.length < PREVIEW_ROWS && !isBlank(rec.fields, rec.count))
      this.sampleRows.push(rec.fields.slice(0, rec.count));
    if (this.failed) {
      this.refuse(rec);
      return;
    }
    if (this.pending) {
      this.pending.push(copy(rec));
      if (this.pending.length >= DECIDE_AFTER) this.decideFromRows();
      return;
    }
    if (this.isFootnote(rec)) return;
    if (this.gate?.admit(rec)) this.start?.read(rec);
  }

  /**
   * PxWeb ends its tables with footnotes ("Källa: SCB"): a row with text in its first cell only,
   * which is no region. Skipped, counted, and said.
   */
  private isFootnote(rec: CsvRecord): boolean {
    const first = (rec.fields[0] ?? '').trim();
    const layout = this.start?.layout;
    if (first.length < 4 || (layout !== 'long' && layout !== 'wide')) return false;
    for (let i = 1; i < rec.count; i++) if ((rec.fields[i] ?? '').trim() !== '') return false;
    if (resolveRegion(first).ok) return false;
    const weight = this.start?.weight ?? 1;
    this.counts.records += weight;
    this.counts.skipped += weight;
    this.issues.add('footnote_line', rec.line, null, { text: first });
    return true;
  }

  private beforeHeader(rec: CsvRecord): void {
    const cells = rec.fields.slice(0, rec.count).map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c));
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length === 0) {
      // Blank lines before the header are read, skipped and counted like any other.
      this.counts.records++;
      this.counts.skipped++;
      this.leadingBlank.push(rec.line);
      return;
    }
    if (filled.length === 1 && analyseHeader(cells).roles.size === 0 && !isUnnamedStubHeader(cells)) {
      // A title line (PxWeb writes the table's name first): skipped, counted, kept to name the data.
      this.counts.records++;
      this.counts.skipped++;
      this.titles.push((filled[0] ?? '').trim());
      this.issues.add('title_line', rec.line, null, { text: (filled[0] ?? '').trim() });
      return;
    }
    this.header = cells;
    this.headerLine = rec.line;
    const chooser = new TableLayoutChooser(
      {
        header: cells,
        readers: this.readers,
        issues: this.issues,
        counts: this.counts,
        file: this.file,
        hint: this.source.hint,
        builder: this.builder,
      },
      rec.line,
      this.titles,
      this.options,
    );
    this.chooser = chooser;
    const choice = chooser.choose();
    if (choice === 'undecided') this.pending = [];
    else if (choice === 'failed') this.failed = true;
    else this.begin(choice);
  }

  private refuse(rec: CsvRecord): void {
    this.counts.records++;
    if (isBlank(rec.fields, rec.count)) {
      this.counts.skipped++;
      return;
    }
    this.counts.rejected++;
    if (this.firstRejectedLine === 0) this.firstRejectedLine = rec.line;
    this.lastRejectedLine = rec.lastLine;
    if (this.previewRows.length < 10) this.previewRows.push(rec.fields.slice(0, rec.count));
  }

  private begin(start: LayoutStart): void {
    this.start = start;
    this.gate = new RowGate(
      this.issues,
      this.counts,
      this.header ?? [],
      start.usedColumns,
      this.source.invalidBytes,
      start.weight,
    );
    this.gate.checkReplacement = this.replacementSeen;
  }

  /** The rows held back while a column's role was unknown decide it, then are read (or refused). */
  private decideFromRows(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    const choice = this.chooser?.decide(pending) ?? 'failed';
    if (choice === 'failed' || choice === 'undecided') {
      this.failed = true;
      for (const rec of pending) this.refuse(rec);
      return;
    }
    this.begin(choice);
    for (const rec of pending) if (!this.isFootnote(rec) && this.gate?.admit(rec)) choice.read(rec);
  }

  /** The table read, in the source's format; its counts are the context's. */
  finish(): ReaderOutcome {
    if (this.pending) this.decideFromRows();
    const header = this.header;
    if (this.leadingBlank.length > 0 && header !== undefined && (this.failed || !this.gate)) {
      this.issues.add('blank_lines', this.leadingBlank[0] ?? 1, null, {
        count: this.leadingBlank.length,
        lines: this.leadingBlank.join(', '),
      });
    }
    if (header === undefined) {
      // Nothing but blank lines (or a lone title): there is no table, and nothing was read from it.
      Object.assign(this.counts, { records: 0, accepted: 0, rejected: 0, skipped: 0 });
      if (this.titles.length > 0) this.issues.add('no_table', 1, null, { count: this.titles.length });
      else this.issues.add('file_empty', 1, null, {});
      return this.outcome(undefined, {});
    }
    if (this.failed || !this.gate || !this.start) {
      if (this.counts.rejected > 0) {
        this.issues.add('file_rejected_rows', this.firstRejectedLine, null, {
          count: this.counts.rejected,
          first: this.firstRejectedLine,
          last: this.lastRejectedLine,
        });
      }
      return this.outcome(undefined, {
        preview: { header, headerLine: this.headerLine, rows: this.previewRows, shape: tableShape(header) },
      });
    }
    this.gate.blankLines.unshift(...this.leadingBlank);
    this.gate.reportBlankLines();
    if (this.counts.records - this.counts.skipped === 0 && !this.chooser?.isIndicatorList)
      this.issues.add('no_data_rows', this.headerLine, null, {});
    const layout = this.start.layout;
    const chosen = this.chooser?.chosen;
    const choice =
      chosen && (layout === 'long' || layout === 'wide')
        ? {
            columns: chosen,
            preview: {
              header,
              headerLine: this.headerLine,
              rows: this.sampleRows,
              shape: tableShape(header),
            },
          }
        : undefined;
    return this.outcome(layout, { ...this.start.finish(), ...(choice ? { choice } : {}) });
  }

  private outcome(
    layout: TableLayout | undefined,
    read: TableRead & Pick<Partial<ReaderOutcome>, 'preview' | 'choice'>,
  ): ReaderOutcome {
    const { source } = this;
    const hasData = layout !== undefined || this.counts.records > 0;
    return {
      ...emptyOutcome(source.format(layout), source.encoding, hasData ? source.delimiter : undefined),
      ...read,
    };
  }
}
