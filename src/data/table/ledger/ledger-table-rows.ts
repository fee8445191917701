import type { Ledger } from '../../../domain/ledger';
import { regionAt } from '../../../domain/regions';
import { parseAmount } from '../../text/amount-parse';
import type { CsvRecord } from '../../text/csv-scanner';
import { detach } from '../../text/detach';
import type { FieldReaders } from '../../cells/field-readers';
import type { IssueCollector } from '../../issues/issue';
import type { LedgerHeader } from './ledger-header';
import type { RowCounts } from '../../import/import-result';
import type { DecimalHint } from '../../text/number-parse';

export interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly name: string;
}

/** What a ledger table's row reader reads with: the file's header, readers, issues and counts. */
export interface LedgerTableContext {
  readonly header: readonly string[];
  readonly readers: FieldReaders;
  readonly issues: IssueCollector;
  readonly counts: RowCounts;
  readonly file: string;
  readonly hint: DecimalHint;
}

/** A ledger table's rows as the table reader drives them. */
export interface LedgerTableReader {
  read(rec: CsvRecord): void;
  /** The cases, frames or shares read, after the checks over the whole table. */
  finish(): Ledger;
}

/** The parts of a ledger table every row reader shares: cells by field, regions, years, amounts. */
export abstract class LedgerTableRows<F extends string> implements LedgerTableReader {
  /** Rows with an error: the row is rejected, every problem said. */
  protected errors = 0;
  protected readonly header: readonly string[];
  protected readonly readers: FieldReaders;
  protected readonly issues: IssueCollector;
  protected readonly counts: RowCounts;
  protected readonly file: string;
  protected readonly hint: DecimalHint;

  constructor(
    context: LedgerTableContext,
    protected readonly layout: LedgerHeader<F>,
  ) {
    ({
      header: this.header,
      readers: this.readers,
      issues: this.issues,
      counts: this.counts,
      file: this.file,
      hint: this.hint,
    } = context);
    this.names = this.header.map((h) => h.trim());
  }

  /** The header's names as the messages quote them. */
  private readonly names: readonly string[];

  abstract read(rec: CsvRecord): void;
  abstract finish(): Ledger;

  protected cell(rec: CsvRecord, field: F): Cell | undefined {
    const c = this.layout.columns.get(field);
    if (c === undefined) return undefined;
    return {
      text: rec.fields[c] ?? '',
      line: rec.fieldLines[c] ?? rec.line,
      column: c + 1,
      name: this.names[c] ?? '',
    };
  }

  protected error(): void {
    this.errors++;
  }

  /** A county's code; Riket and kommuner are refused. */
  protected county(cell: Cell | undefined): string | undefined {
    if (!cell) return undefined;
    const index = this.readers.region(cell.text, cell.line, cell.column);
    if (index === undefined) {
      this.error();
      return undefined;
    }
    const region = regionAt(index);
    if (region.level !== 'lan') {
      this.issues.add('ledger_region_not_county', cell.line, cell.column, { value: cell.text.trim() });
      this.error();
      return undefined;
    }
    return region.code;
  }

  protected year(cell: Cell | undefined, optional: boolean): number | undefined {
    if (!cell || cell.text.trim() === '') {
      if (!optional) {
        this.issues.add('ledger_year_missing', cell?.line ?? 1, cell?.column ?? null, {});
        this.error();
      }
      return undefined;
    }
    const text = cell.text.trim();
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!(year >= 1990 && year <= 2100)) {
      this.issues.add('ledger_year_invalid', cell.line, cell.column, { value: text });
      this.error();
      return undefined;
    }
    return year;
  }

  /** An amount in kronor; `required` makes an empty cell an error, else it is 0. */
  protected amount(cell: Cell | undefined, required: boolean): number {
    if (!cell) return 0;
    const parsed = parseAmount(cell.text, this.hint);
    if (parsed.kind === 'amount') return parsed.kronor * (this.layout.factors.get(cell.column - 1) ?? 1);
    if (parsed.kind === 'empty') {
      if (required) {
        this.issues.add('ledger_amount_missing', cell.line, cell.column, { column: cell.name });
        this.error();
      }
      return 0;
    }
    this.issues.add('ledger_amount_invalid', cell.line, cell.column, {
      column: cell.name,
      value: cell.text.trim(),
      reason: parsed.reason,
    });
    this.error();
    return 0;
  }

  protected text(rec: CsvRecord, field: F): string {
    const cell = this.cell(rec, field);
    return cell ? detach(cell.text.trim()) : '';
  }

  /** Runs one row's reading; the row counts as accepted when it gave no error. */
  protected settle(read: () => boolean): void {
    this.errors = 0;
    const stored = read();
    if (this.errors > 0) this.counts.rejected++;
    else if (stored) this.counts.accepted++;
    else this.counts.skipped++;
  }
}
