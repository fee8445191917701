import {
  COFINANCING_SOURCES,
  EMPTY_LEDGER,
  type CaseStatus,
  type CeoGender,
  type Ledger,
  type LedgerCase,
  type SupportType,
} from '../../../domain/ledger';
import { foldName } from '../../../domain/text-match';
import type { CsvRecord } from '../../text/csv-scanner';
import { detach } from '../../text/detach';
import type { LedgerField } from './ledger-header';
import { LedgerTableRows, type Cell } from './ledger-table-rows';

const SUPPORT_TYPES: ReadonlyMap<string, SupportType> = new Map([
  ['projektstod', 'projektstod'],
  ['projekt', 'projektstod'],
  ['regionalt projektstod', 'projektstod'],
  ['project support', 'projektstod'],
  ['foretagsstod', 'foretagsstod'],
  ['regionalt foretagsstod', 'foretagsstod'],
  ['regionala foretagsstod', 'foretagsstod'],
  ['company support', 'foretagsstod'],
  ['kommersiell service', 'kommersiell_service'],
  ['stod till kommersiell service', 'kommersiell_service'],
  ['commercial service', 'kommersiell_service'],
]);

const STATUSES: ReadonlyMap<string, CaseStatus> = new Map([
  ['beviljad', 'beviljad'],
  ['beviljat', 'beviljad'],
  ['bifall', 'beviljad'],
  ['granted', 'beviljad'],
  ['avslagen', 'avslagen'],
  ['avslag', 'avslagen'],
  ['avslaget', 'avslagen'],
  ['rejected', 'avslagen'],
  ['under handlaggning', 'under_handlaggning'],
  ['pagaende', 'under_handlaggning'],
  ['inkommen', 'under_handlaggning'],
  ['pending', 'under_handlaggning'],
  ['atertagen', 'atertagen'],
  ['atertaget', 'atertagen'],
  ['aterkallad', 'atertagen'],
  ['aterkallat', 'atertagen'],
  ['withdrawn', 'atertagen'],
]);

const CEO_GENDERS: ReadonlyMap<string, CeoGender> = new Map([
  ['k', 'K'],
  ['kvinna', 'K'],
  ['kvinnor', 'K'],
  ['f', 'K'],
  ['female', 'K'],
  ['woman', 'K'],
  ['m', 'M'],
  ['man', 'M'],
  ['male', 'M'],
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/;

function isoDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const ok =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d);
  return ok ? `${y}-${mo}-${d}` : undefined;
}

const kronor = (n: number): string =>
  Math.round(n)
    .toLocaleString('sv-SE')
    .replace(/\u00a0/g, ' ');

/** Two cases that differ at most in the line they stand on. */
function sameContent(a: LedgerCase, b: LedgerCase): boolean {
  return JSON.stringify({ ...a, line: 0 }) === JSON.stringify({ ...b, line: 0 });
}

/** Reads a case ledger's rows: one case each, every problem named by line and column. */
export class LedgerRows extends LedgerTableRows<LedgerField> {
  readonly cases: LedgerCase[] = [];
  /** The first case of each county and id, to tell a repeat (skipped) from a conflict (rejected). */
  private readonly seen = new Map<string, LedgerCase>();

  read(rec: CsvRecord): void {
    this.settle(() => this.readCase(rec));
  }

  finish(): Ledger {
    return { ...EMPTY_LEDGER, cases: this.cases };
  }

  private readCase(rec: CsvRecord): boolean {
    const idCell = this.cell(rec, 'id');
    const id = (idCell?.text ?? '').trim();
    if (id === '') {
      this.issues.add('ledger_case_id_empty', idCell?.line ?? rec.line, idCell?.column ?? null, {});
      this.error();
    }
    const region = this.county(this.cell(rec, 'region'));

    const typeCell = this.cell(rec, 'supportType');
    const supportType = typeCell ? SUPPORT_TYPES.get(foldName(typeCell.text)) : undefined;
    if (typeCell && supportType === undefined) {
      this.issues.add('ledger_support_type_unknown', typeCell.line, typeCell.column, {
        value: typeCell.text.trim(),
      });
      this.error();
    }
    const statusCell = this.cell(rec, 'status');
    const status = statusCell ? STATUSES.get(foldName(statusCell.text)) : undefined;
    if (statusCell && status === undefined) {
      this.issues.add('ledger_status_unknown', statusCell.line, statusCell.column, {
        value: statusCell.text.trim(),
      });
      this.error();
    }
    const year = this.year(this.cell(rec, 'year'), status === 'under_handlaggning');

    const applied = this.amount(this.cell(rec, 'applied'), true);
    const granted = this.amount(this.cell(rec, 'granted'), status === 'beviljad');
    const paid = this.amount(this.cell(rec, 'paid'), false);
    const cofinancing = COFINANCING_SOURCES.map((s) =>
      this.amount(this.cell(rec, `cofinancing:${s}`), false),
    );
    const inKind = COFINANCING_SOURCES.map((s) => this.amount(this.cell(rec, `inKind:${s}`), false));

    const start = this.date(this.cell(rec, 'start'));
    const end = this.date(this.cell(rec, 'end'));
    const ceoCell = this.cell(rec, 'ceoGender');
    let ceoGender: CeoGender | undefined;
    if (ceoCell && ceoCell.text.trim() !== '') {
      ceoGender = CEO_GENDERS.get(foldName(ceoCell.text));
      if (ceoGender === undefined)
        this.issues.add('ledger_ceo_gender_invalid', ceoCell.line, ceoCell.column, {
          value: ceoCell.text.trim(),
        });
    }

    if (this.errors > 0 || region === undefined || supportType === undefined || status === undefined)
      return false;

    // Warnings: the row is read, the analyst asked to look.
    const grantedCell = this.cell(rec, 'granted');
    const line = grantedCell?.line ?? rec.line;
    if (granted > applied)
      this.issues.add('ledger_granted_exceeds_applied', line, grantedCell?.column ?? null, {
        granted: kronor(granted),
        applied: kronor(applied),
      });
    if (paid > granted && status === 'beviljad') {
      const paidCell = this.cell(rec, 'paid');
      this.issues.add('ledger_paid_exceeds_granted', paidCell?.line ?? rec.line, paidCell?.column ?? null, {
        paid: kronor(paid),
        granted: kronor(granted),
      });
    }
    if ((status === 'avslagen' || status === 'under_handlaggning') && granted > 0) {
      this.issues.add('ledger_granted_on_rejected', line, grantedCell?.column ?? null, {
        status: statusCell?.text.trim() ?? '',
        granted: kronor(granted),
      });
    }
    COFINANCING_SOURCES.forEach((s, i) => {
      if ((inKind[i] ?? 0) > (cofinancing[i] ?? 0)) {
        const cell = this.cell(rec, `inKind:${s}`);
        this.issues.add('ledger_in_kind_exceeds', cell?.line ?? rec.line, cell?.column ?? null, {
          column: cell?.name ?? s,
        });
      }
    });
    if (start !== undefined && end !== undefined && end < start)
      this.issues.add(
        'ledger_dates_reversed',
        this.cell(rec, 'end')?.line ?? rec.line,
        this.cell(rec, 'end')?.column ?? null,
        { start, end },
      );

    const c: LedgerCase = {
      id: detach(id),
      region,
      supportType,
      year,
      status,
      applied,
      granted,
      paid,
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
    const key = `${region}|${c.id}`;
    const first = this.seen.get(key);
    if (first) {
      if (sameContent(first, c)) {
        this.issues.add('ledger_case_repeated', rec.line, null, { firstLine: first.line });
        return false;
      }
      this.issues.add('ledger_case_conflict', rec.line, idCell?.column ?? null, {
        firstLine: first.line,
        id: c.id,
      });
      this.error();
      return false;
    }
    this.seen.set(key, c);
    this.cases.push(c);
    return true;
  }

  private date(cell: Cell | undefined): string | undefined {
    if (!cell || cell.text.trim() === '') return undefined;
    const iso = isoDate(cell.text);
    if (iso === undefined)
      this.issues.add('ledger_date_invalid', cell.line, cell.column, { value: cell.text.trim() });
    return iso;
  }
}
