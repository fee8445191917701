import type { LocalizedText } from '../domain/language';
import {
  COFINANCING_SOURCES,
  EMPTY_LEDGER,
  type CaseStatus,
  type CeoGender,
  type Ledger,
  type LedgerCase,
  type PlannedShare,
  type RegionFrame,
  type SupportType,
} from '../domain/ledger';
import { regionAt, regionByCode } from '../domain/regions';
import { foldName } from '../domain/text-match';
import { parseAmount } from './amount-parse';
import type { CsvRecord } from './csv-scanner';
import { detach } from './detach';
import type { FieldReaders } from './field-readers';
import type { IssueCollector } from './issue';
import type { FrameField, LedgerField, LedgerHeader, ShareField } from './ledger-header';
import type { RowCounts } from './long-rows';
import { parseValue, type DecimalHint } from './number-parse';

const AMOUNT_REASONS: Readonly<Record<string, LocalizedText>> = {
  not_a_number: { sv: 'inga siffror att läsa', en: 'no digits to read' },
  several_decimal_separators: { sv: 'flera decimaltecken', en: 'several decimal separators' },
  bad_grouping: { sv: 'siffergrupperna är inte tre och tre', en: 'the digit groups are not groups of three' },
  unit_or_text: { sv: 'okänd enhet eller text; ange kronor, tkr eller mnkr', en: 'unknown unit or text; give kronor, tkr or mnkr' },
  not_finite: { sv: 'talet är för stort', en: 'the number is too large' },
  negative: { sv: 'ett belopp kan inte vara negativt', en: 'an amount cannot be negative' },
};

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

interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly name: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/;

function isoDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const ok = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  return ok ? `${y}-${mo}-${d}` : undefined;
}

const kronor = (n: number): string => Math.round(n).toLocaleString('sv-SE').replace(/\u00a0/g, ' ');

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
abstract class LedgerTableRows<F extends string> implements LedgerTableReader {
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
    ({ header: this.header, readers: this.readers, issues: this.issues, counts: this.counts, file: this.file, hint: this.hint } = context);
    this.names = this.header.map((h) => h.trim());
  }

  /** The header's names as the messages quote them. */
  private readonly names: readonly string[];

  abstract read(rec: CsvRecord): void;
  abstract finish(): Ledger;

  protected cell(rec: CsvRecord, field: F): Cell | undefined {
    const c = this.layout.columns.get(field);
    if (c === undefined) return undefined;
    return { text: rec.fields[c] ?? '', line: rec.fieldLines[c] ?? rec.line, column: c + 1, name: this.names[c] ?? '' };
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
      reason: AMOUNT_REASONS[parsed.reason] ?? { sv: parsed.reason, en: parsed.reason },
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
      this.issues.add('ledger_support_type_unknown', typeCell.line, typeCell.column, { value: typeCell.text.trim() });
      this.error();
    }
    const statusCell = this.cell(rec, 'status');
    const status = statusCell ? STATUSES.get(foldName(statusCell.text)) : undefined;
    if (statusCell && status === undefined) {
      this.issues.add('ledger_status_unknown', statusCell.line, statusCell.column, { value: statusCell.text.trim() });
      this.error();
    }
    const year = this.year(this.cell(rec, 'year'), status === 'under_handlaggning');

    const applied = this.amount(this.cell(rec, 'applied'), true);
    const granted = this.amount(this.cell(rec, 'granted'), status === 'beviljad');
    const paid = this.amount(this.cell(rec, 'paid'), false);
    const cofinancing = COFINANCING_SOURCES.map((s) => this.amount(this.cell(rec, `cofinancing:${s}`), false));
    const inKind = COFINANCING_SOURCES.map((s) => this.amount(this.cell(rec, `inKind:${s}`), false));

    const start = this.date(this.cell(rec, 'start'));
    const end = this.date(this.cell(rec, 'end'));
    const ceoCell = this.cell(rec, 'ceoGender');
    let ceoGender: CeoGender | undefined;
    if (ceoCell && ceoCell.text.trim() !== '') {
      ceoGender = CEO_GENDERS.get(foldName(ceoCell.text));
      if (ceoGender === undefined) this.issues.add('ledger_ceo_gender_invalid', ceoCell.line, ceoCell.column, { value: ceoCell.text.trim() });
    }

    if (this.errors > 0 || region === undefined || supportType === undefined || status === undefined) return false;

    // Warnings: the row is read, the analyst asked to look.
    const grantedCell = this.cell(rec, 'granted');
    const line = grantedCell?.line ?? rec.line;
    if (granted > applied) this.issues.add('ledger_granted_exceeds_applied', line, grantedCell?.column ?? null, { granted: kronor(granted), applied: kronor(applied) });
    if (paid > granted && status === 'beviljad') {
      const paidCell = this.cell(rec, 'paid');
      this.issues.add('ledger_paid_exceeds_granted', paidCell?.line ?? rec.line, paidCell?.column ?? null, { paid: kronor(paid), granted: kronor(granted) });
    }
    if ((status === 'avslagen' || status === 'under_handlaggning') && granted > 0) {
      this.issues.add('ledger_granted_on_rejected', line, grantedCell?.column ?? null, { status: statusCell?.text.trim() ?? '', granted: kronor(granted) });
    }
    COFINANCING_SOURCES.forEach((s, i) => {
      if ((inKind[i] ?? 0) > (cofinancing[i] ?? 0)) {
        const cell = this.cell(rec, `inKind:${s}`);
        this.issues.add('ledger_in_kind_exceeds', cell?.line ?? rec.line, cell?.column ?? null, { column: cell?.name ?? s });
      }
    });
    if (start !== undefined && end !== undefined && end < start) this.issues.add('ledger_dates_reversed', this.cell(rec, 'end')?.line ?? rec.line, this.cell(rec, 'end')?.column ?? null, { start, end });

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
      this.issues.add('ledger_case_conflict', rec.line, idCell?.column ?? null, { firstLine: first.line, id: c.id });
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
    if (iso === undefined) this.issues.add('ledger_date_invalid', cell.line, cell.column, { value: cell.text.trim() });
    return iso;
  }
}

/** Reads a frames table: `län;år;ram`, one frame per county and year. */
export class FrameRows extends LedgerTableRows<FrameField> {
  readonly frames: RegionFrame[] = [];
  private readonly seen = new Map<string, { line: number; amount: number }>();

  finish(): Ledger {
    return { ...EMPTY_LEDGER, frames: this.frames };
  }

  read(rec: CsvRecord): void {
    this.settle(() => {
      const region = this.county(this.cell(rec, 'region'));
      const year = this.year(this.cell(rec, 'year'), false);
      const amount = this.amount(this.cell(rec, 'amount'), true);
      if (this.errors > 0 || region === undefined || year === undefined) return false;
      const key = `${region}|${year}`;
      const first = this.seen.get(key);
      if (first) {
        if (first.amount === amount) {
          this.issues.add('duplicate_same', rec.line, null, { firstLine: first.line });
          return false;
        }
        this.issues.add('frame_conflict', rec.line, null, { firstLine: first.line });
        this.error();
        return false;
      }
      this.seen.set(key, { line: rec.line, amount });
      this.frames.push({ region, year, amount, file: this.file, line: rec.line });
      return true;
    });
  }
}

/** Reads planned shares: `län;år;rus_prioritering;planerad_andel` (per cent, `25`, `25 %`, `25,5`). */
export class ShareRows extends LedgerTableRows<ShareField> {
  readonly shares: PlannedShare[] = [];
  private readonly seen = new Map<string, { line: number; share: number }>();

  finish(): Ledger {
    this.checkSums();
    return { ...EMPTY_LEDGER, shares: this.shares };
  }

  read(rec: CsvRecord): void {
    this.settle(() => {
      const region = this.county(this.cell(rec, 'region'));
      const year = this.year(this.cell(rec, 'year'), false);
      const areaCell = this.cell(rec, 'area');
      const area = (areaCell?.text ?? '').trim();
      if (area === '') {
        this.issues.add('share_area_empty', areaCell?.line ?? rec.line, areaCell?.column ?? null, {});
        this.error();
      }
      const shareCell = this.cell(rec, 'share');
      const raw = (shareCell?.text ?? '').trim().replace(/\s*%$/, '');
      const parsed = parseValue(raw, this.hint);
      const share = parsed.kind === 'number' ? parsed.value : NaN;
      if (!(share >= 0 && share <= 100)) {
        this.issues.add('share_invalid', shareCell?.line ?? rec.line, shareCell?.column ?? null, { value: shareCell?.text.trim() ?? '' });
        this.error();
      }
      if (this.errors > 0 || region === undefined || year === undefined) return false;
      const key = `${region}|${year}|${foldName(area)}`;
      const first = this.seen.get(key);
      if (first) {
        if (first.share === share) {
          this.issues.add('duplicate_same', rec.line, null, { firstLine: first.line });
          return false;
        }
        this.issues.add('share_conflict', rec.line, null, { firstLine: first.line });
        this.error();
        return false;
      }
      this.seen.set(key, { line: rec.line, share });
      this.shares.push({ region, year, area: detach(area), share, file: this.file, line: rec.line });
      return true;
    });
  }

  /** One warning per county and year whose shares do not add up to 100 %. */
  private checkSums(): void {
    const groups = new Map<string, { region: string; year: number; sum: number; line: number }>();
    for (const s of this.shares) {
      const key = `${s.region}|${s.year}`;
      const g = groups.get(key) ?? { region: s.region, year: s.year, sum: 0, line: s.line };
      g.sum += s.share;
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      if (Math.abs(g.sum - 100) > 0.5) {
        this.issues.add('shares_sum', g.line, null, { region: regionByCode(g.region)?.nameSv ?? g.region, year: g.year, sum: g.sum.toLocaleString('sv-SE', { maximumFractionDigits: 1 }) });
      }
    }
  }
}
