import {
  COFINANCING_SOURCES,
  EMPTY_LEDGER,
  type CasePayment,
  type CaseStatus,
  type CeoGender,
  type Ledger,
  type LedgerCase,
} from '../../../domain/ledger';
import { foldName } from '../../../domain/text-match';
import type { CsvRecord } from '../../text/csv-scanner';
import { detach } from '../../text/detach';
import { paymentYearOf, sameCaseFacts, withPayment } from './case-payments';
import { isoDate, kronor } from './ledger-text';
import type { LedgerField, LedgerHeader } from './ledger-header';
import { LedgerTableRows, type Cell, type LedgerTableContext } from './ledger-table-rows';
import { CEO_GENDER_NAMES, STATUS_NAMES, SUPPORT_TYPE_NAMES } from './ledger-vocabulary';

/** A row's content as a repeat is told by: everything but the line it stands on. */
const rowContent = (c: LedgerCase): string => JSON.stringify({ ...c, line: 0 });

/** A row read, its content made only when another row of its case comes (most cases have one row). */
interface ReadRow {
  readonly row: LedgerCase;
  readonly line: number;
  content?: string;
}
const contentOf = (r: ReadRow): string => (r.content ??= rowContent(r.row));

/** What the table around the rows settled: the one county of a file without a county column. */
export interface LedgerPlace {
  readonly county: string | undefined;
  readonly headerLine: number;
}

/**
 * Reads a case ledger's rows, every problem named by line and column. One row per case, or one
 * per payment (a payment-year column, the same case facts on every row of a case: see
 * case-payments). Without a status column a decision with a granted amount is a grant.
 */
export class LedgerRows extends LedgerTableRows<LedgerField> {
  readonly cases: LedgerCase[] = [];
  /** Each county and id's case, by its index in `cases`. */
  private readonly index = new Map<string, number>();
  /** Each county and id's rows read so far, to tell a repeat (skipped) from a payment or a conflict. */
  private readonly rows = new Map<string, ReadRow[]>();
  private readonly byPayment: boolean;
  private readonly hasStatus: boolean;
  private accepted = 0;
  private paymentRows = 0;
  private readonly inferred = { granted: 0, notGranted: 0, pending: 0 };

  constructor(
    context: LedgerTableContext,
    layout: LedgerHeader<LedgerField>,
    private readonly place: LedgerPlace,
  ) {
    super(context, layout);
    this.byPayment = layout.columns.has('paymentYear');
    this.hasStatus = layout.columns.has('status');
  }

  read(rec: CsvRecord): void {
    this.settle(() => {
      const c = this.readCase(rec);
      const stored = c !== undefined && this.errors === 0 && this.store(c, rec);
      if (stored) this.accepted++;
      return stored;
    });
  }

  finish(): Ledger {
    const line = this.place.headerLine;
    if (this.paymentRows > 0)
      this.issues.add('ledger_payment_rows', line, null, { cases: this.cases.length, rows: this.accepted });
    if (!this.hasStatus && this.cases.length > 0)
      this.issues.add('ledger_status_inferred', line, null, { ...this.inferred });
    if (!this.layout.columns.has('applied')) this.issues.add('ledger_applied_absent', line, null, {});
    return { ...EMPTY_LEDGER, cases: this.cases };
  }

  private readCase(rec: CsvRecord): LedgerCase | undefined {
    const idCell = this.cell(rec, 'id');
    const id = (idCell?.text ?? '').trim();
    if (id === '') {
      this.issues.add('ledger_case_id_empty', idCell?.line ?? rec.line, idCell?.column ?? null, {});
      this.error();
    }
    const region = this.place.county ?? this.county(this.cell(rec, 'region'));
    const typeCell = this.cell(rec, 'supportType');
    const supportType = typeCell ? SUPPORT_TYPE_NAMES.get(foldName(typeCell.text)) : undefined;
    if (typeCell && supportType === undefined) {
      this.issues.add('ledger_support_type_unknown', typeCell.line, typeCell.column, {
        value: typeCell.text.trim(),
      });
      this.error();
    }
    const statusCell = this.cell(rec, 'status');
    let status = statusCell ? STATUS_NAMES.get(foldName(statusCell.text)) : undefined;
    if (statusCell && status === undefined) {
      this.issues.add('ledger_status_unknown', statusCell.line, statusCell.column, {
        value: statusCell.text.trim(),
      });
      this.error();
    }
    const yearCell = this.cell(rec, 'year');
    const applied = this.layout.columns.has('applied')
      ? this.amount(this.cell(rec, 'applied'), true)
      : undefined;
    const granted = this.amount(this.cell(rec, 'granted'), status === 'beviljad');
    if (!this.hasStatus) status = inferStatus(yearCell, granted);
    const year = this.year(yearCell, status === 'under_handlaggning');
    const paid = this.amount(this.cell(rec, 'paid'), false);
    const payments = this.payments(rec, paid);
    const cofinancing = COFINANCING_SOURCES.map((s) =>
      this.amount(this.cell(rec, `cofinancing:${s}`), false),
    );
    const inKind = COFINANCING_SOURCES.map((s) => this.amount(this.cell(rec, `inKind:${s}`), false));
    const start = this.date(this.cell(rec, 'start'));
    const end = this.date(this.cell(rec, 'end'));
    const ceoGender = this.ceoGender(this.cell(rec, 'ceoGender'));

    if (this.errors > 0 || region === undefined || supportType === undefined || status === undefined)
      return undefined;
    return {
      id: detach(id),
      region,
      supportType,
      year,
      status,
      applied,
      granted,
      paid,
      payments,
      cofinancing,
      inKind,
      rus: this.text(rec, 'rus'),
      chainTag: this.text(rec, 'chainTag'),
      strategyArea: this.text(rec, 'strategyArea'),
      owner: this.text(rec, 'owner'),
      start,
      end,
      ceoGender,
      file: this.file,
      line: rec.line,
    };
  }

  /**
   * A new case is kept; a row that repeats an earlier one is skipped; in a ledger of one row per
   * payment, another payment of a case is added to it; any other row of the same case is a conflict.
   */
  private store(c: LedgerCase, rec: CsvRecord): boolean {
    const key = `${c.region}|${c.id}`;
    const earlier = this.rows.get(key);
    const at = this.index.get(key);
    const first = at === undefined ? undefined : this.cases[at];
    if (earlier === undefined || at === undefined || first === undefined) {
      this.warnings(c, rec);
      this.rows.set(key, [{ row: c, line: c.line }]);
      this.index.set(key, this.cases.length);
      this.cases.push(c);
      if (!this.hasStatus) this.countInferred(c.status);
      return true;
    }
    const content = rowContent(c);
    const repeated = earlier.find((r) => contentOf(r) === content);
    if (repeated) {
      this.issues.add('ledger_case_repeated', rec.line, null, { firstLine: repeated.line });
      return false;
    }
    if (this.byPayment && sameCaseFacts(first, c)) {
      const merged = withPayment(first, c);
      if (merged.status === 'beviljad' && merged.paid > merged.granted && first.paid <= first.granted)
        this.paidExceeds(rec, merged);
      this.cases[at] = merged;
      earlier.push({ row: c, line: c.line, content });
      this.paymentRows++;
      return true;
    }
    const idCell = this.cell(rec, 'id');
    this.issues.add('ledger_case_conflict', rec.line, idCell?.column ?? null, {
      firstLine: first.line,
      id: c.id,
    });
    this.error();
    return false;
  }

  private countInferred(status: CaseStatus): void {
    if (status === 'beviljad') this.inferred.granted++;
    else if (status === 'under_handlaggning') this.inferred.pending++;
    else this.inferred.notGranted++;
  }

  /** Warnings: the row is read, the analyst asked to look. */
  private warnings(c: LedgerCase, rec: CsvRecord): void {
    const grantedCell = this.cell(rec, 'granted');
    const line = grantedCell?.line ?? rec.line;
    if (c.applied !== undefined && c.granted > c.applied)
      this.issues.add('ledger_granted_exceeds_applied', line, grantedCell?.column ?? null, {
        granted: kronor(c.granted),
        applied: kronor(c.applied),
      });
    if (c.paid > c.granted && c.status === 'beviljad') this.paidExceeds(rec, c);
    if ((c.status === 'avslagen' || c.status === 'under_handlaggning') && c.granted > 0) {
      this.issues.add('ledger_granted_on_rejected', line, grantedCell?.column ?? null, {
        status: this.cell(rec, 'status')?.text.trim() ?? '',
        granted: kronor(c.granted),
      });
    }
    COFINANCING_SOURCES.forEach((s, i) => {
      if ((c.inKind[i] ?? 0) > (c.cofinancing[i] ?? 0)) {
        const cell = this.cell(rec, `inKind:${s}`);
        this.issues.add('ledger_in_kind_exceeds', cell?.line ?? rec.line, cell?.column ?? null, {
          column: cell?.name ?? s,
        });
      }
    });
    if (c.start !== undefined && c.end !== undefined && c.end < c.start)
      this.issues.add(
        'ledger_dates_reversed',
        this.cell(rec, 'end')?.line ?? rec.line,
        this.cell(rec, 'end')?.column ?? null,
        { start: c.start, end: c.end },
      );
  }

  private paidExceeds(rec: CsvRecord, c: LedgerCase): void {
    const paidCell = this.cell(rec, 'paid');
    this.issues.add('ledger_paid_exceeds_granted', paidCell?.line ?? rec.line, paidCell?.column ?? null, {
      paid: kronor(c.paid),
      granted: kronor(c.granted),
    });
  }

  /** The row's payment, when the ledger says its year. */
  private payments(rec: CsvRecord, paid: number): CasePayment[] {
    const cell = this.cell(rec, 'paymentYear');
    if (!cell) return [];
    const year = paymentYearOf(cell.text);
    if (year === 'invalid') {
      this.issues.add('ledger_payment_year_invalid', cell.line, cell.column, { value: cell.text.trim() });
      this.error();
      return [];
    }
    return year === undefined || paid === 0 ? [] : [{ year, amount: paid }];
  }

  private ceoGender(cell: Cell | undefined): CeoGender | undefined {
    if (!cell || cell.text.trim() === '') return undefined;
    const gender = CEO_GENDER_NAMES.get(foldName(cell.text));
    if (gender === undefined)
      this.issues.add('ledger_ceo_gender_invalid', cell.line, cell.column, { value: cell.text.trim() });
    return gender;
  }

  private date(cell: Cell | undefined): string | undefined {
    if (!cell || cell.text.trim() === '') return undefined;
    const iso = isoDate(cell.text);
    if (iso === undefined)
      this.issues.add('ledger_date_invalid', cell.line, cell.column, { value: cell.text.trim() });
    return iso;
  }
}

/**
 * Without a status column: a decision (a year) with a granted amount above 0 is a grant, a decision
 * without one is not (counted as rejected), and a case without a year is pending.
 */
function inferStatus(yearCell: Cell | undefined, granted: number): CaseStatus {
  if (granted > 0) return 'beviljad';
  return (yearCell?.text.trim() ?? '') === '' ? 'under_handlaggning' : 'avslagen';
}
