import { parsePeriod } from '../../domain/period';
import type { Target } from '../../domain/target';
import type { CsvRecord } from '../text/csv-scanner';
import { resolveDuplicates } from '../columns/duplicates';
import { FieldReaders } from '../cells/field-readers';
import { analyseHeader, ROLE_NAMES, type ColumnRole, type HeaderAnalysis } from '../cells/header-roles';
import type { ColumnMapping, ImportOptions, IndicatorLabel, TablePreview } from '../import/import-result';
import { indicatorIdFrom, nameFromFile } from '../cells/indicator-naming';
import type { IssueCollector } from '../issues/issue';
import { isBlank, LongRows, RowGate } from './long-rows';
import type { RowCounts } from '../import/import-result';
import { parseValue, type DecimalHint } from '../text/number-parse';
import { ObservationBuilder, type ObservationColumns } from '../columns/observation-store';
import { TargetRows } from './target-rows';
import { WideRows, type PeriodColumn } from './wide-rows';
import { foldName } from '../../domain/text-match';
import type { Ledger } from '../../domain/ledger';
import { ledgerTableKind, type LedgerTableKind } from './ledger/ledger-header';
import type { LedgerTableReader } from './ledger/ledger-table-rows';
import { startLedgerTable } from './ledger/ledger-table';
import { resolveRegion } from '../../domain/region-resolver';

export type TableLayout = 'long' | 'wide' | 'targets' | LedgerTableKind;

export interface TableOutcome {
  readonly layout: TableLayout | undefined;
  readonly counts: RowCounts;
  readonly observations: ObservationColumns | undefined;
  readonly targets: readonly Target[];
  readonly labels: readonly IndicatorLabel[];
  readonly preview: TablePreview | undefined;
  /** The cases, frames or planned shares of a ledger table. */
  readonly ledger?: Ledger;
}

const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  region: 'region',
  indicator: 'indikator',
  period: 'period',
  value: 'värde',
  gender: 'kön',
  note: 'kommentar',
  target: 'mål',
  baseline: 'baslinje',
  baselinePeriod: 'basår',
  regionName: 'regionnamn',
};

/** A header cell that is a period, or ends with one ("2023", "2023K1", "Folkmängd 2023"). */
const PERIOD_HEADER = /^(.*?)[\s,]*\b(\d{4}(?:\s*[KQMkqm]\d{1,2}|-\d{2})?)$/;

/** The header cells that hold a period (PxWeb's wide layout), with the period. */
export function periodColumnsOf(header: readonly string[]): PeriodColumn[] {
  const columns: PeriodColumn[] = [];
  header.forEach((cell, index) => {
    const match = PERIOD_HEADER.exec(cell.trim());
    const parsed = match ? parsePeriod(match[2] ?? '') : undefined;
    if (parsed?.ok) columns.push({ index, period: parsed.period });
  });
  return columns;
}

/** What a PxWeb title names: the content before "efter …" ("Folkmängd efter region och år" → "Folkmängd"). */
export function contentOfTitle(title: string): string {
  return title
    .replace(/\s+(efter|by)\s.*$/i, '')
    .replace(/[.:]+$/, '')
    .trim();
}

/** Rows read before the value column of an unnamed measure is decided. */
const DECIDE_AFTER = 50;

interface Reader {
  readonly read: (rec: CsvRecord) => void;
  readonly usedColumns: readonly number[];
}

function copy(rec: CsvRecord): CsvRecord {
  return { ...rec, fields: rec.fields.slice(0, rec.count), fieldLines: rec.fieldLines.slice(0, rec.count) };
}

/** The folded header, the key under which a chosen column mapping is remembered. */
export function tableShape(header: readonly string[]): string {
  return JSON.stringify(header.map((h) => foldName(h)));
}

/**
 * Reads a table — CSV records or spreadsheet rows — in the long layout (one observation per row),
 * PxWeb's wide layout (one column per period), or the targets layout. Title lines before the
 * header are skipped and counted. When a long table has no value column by name, the one column
 * holding numbers is the value and its header names the indicator ("arbetslöshet"). A header that
 * fits no layout is reported, every row is counted as rejected, and a preview is kept for mapping.
 */
export class TableReader {
  readonly counts: RowCounts = { records: 0, accepted: 0, rejected: 0, skipped: 0 };
  private readonly builder: ObservationBuilder;
  private readonly readers: FieldReaders;
  private readonly labels: IndicatorLabel[] = [];
  private readonly leadingBlank: number[] = [];
  private readonly titles: string[] = [];
  private header: string[] | undefined;
  private headerLine = 1;
  private analysis: HeaderAnalysis | undefined;
  private layout: TableLayout | undefined;
  private reader: Reader | undefined;
  private gate: RowGate | undefined;
  private targetRows: TargetRows | undefined;
  private pending: CsvRecord[] | undefined;
  private failed = false;
  private readonly previewRows: string[][] = [];
  private firstRejectedLine = 0;
  private lastRejectedLine = 0;
  private replacementSeen = false;
  private widePeriods: number | undefined;
  private ledgerRows: LedgerTableReader | undefined;

  constructor(
    private readonly file: string,
    private readonly issues: IssueCollector,
    private readonly options: ImportOptions,
    private readonly hint: DecimalHint,
    estimatedRows: number,
    private readonly invalidBytes: boolean,
  ) {
    this.builder = new ObservationBuilder(estimatedRows);
    this.readers = new FieldReaders(issues, hint);
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
    if (this.failed) {
      this.refuse(rec);
      return;
    }
    if (this.pending) {
      this.pending.push(copy(rec));
      if (this.pending.length >= DECIDE_AFTER) this.decideNamedValue();
      return;
    }
    if (this.isFootnote(rec)) return;
    if (this.gate?.admit(rec)) this.reader?.read(rec);
  }

  /**
   * PxWeb ends its tables with footnotes ("Källa: SCB"): a row with text in its first cell only,
   * which is no region. Skipped, counted, and said.
   */
  private isFootnote(rec: CsvRecord): boolean {
    const first = (rec.fields[0] ?? '').trim();
    if (first.length < 4 || this.layout === 'targets' || this.ledgerRows !== undefined) return false;
    for (let i = 1; i < rec.count; i++) if ((rec.fields[i] ?? '').trim() !== '') return false;
    if (resolveRegion(first).ok) return false;
    const weight = this.layout === 'wide' ? (this.widePeriods ?? 1) : 1;
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
    if (filled.length === 1 && analyseHeader(cells).roles.size === 0) {
      // A title line (PxWeb writes the table's name first): skipped, counted, kept to name the data.
      this.counts.records++;
      this.counts.skipped++;
      this.titles.push((filled[0] ?? '').trim());
      this.issues.add('title_line', rec.line, null, { text: (filled[0] ?? '').trim() });
      return;
    }
    this.header = cells;
    this.headerLine = rec.line;
    this.startLayout();
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

  private fail(): void {
    this.failed = true;
  }

  private startLayout(): void {
    const header = this.header ?? [];
    const line = this.headerLine;
    const analysis = analyseHeader(header);
    this.analysis = analysis;
    for (const r of analysis.reserved)
      this.issues.add('header_reserved', line, r.index + 1, { name: r.name });
    if (this.options.columns) {
      this.applyMapping(this.options.columns);
      return;
    }
    const ledgerKind = ledgerTableKind(header);
    if (ledgerKind) return this.beginLedger(ledgerKind);
    for (const d of analysis.duplicates)
      this.issues.add('header_duplicate', line, d.index + 1, { name: d.name });
    if (analysis.duplicates.length > 0) return this.fail();
    const roles = analysis.roles;

    if (roles.has('target') && !roles.has('value')) {
      if (!this.requireRoles(['region', 'period', 'target'])) return this.fail();
      if (roles.has('baseline') !== roles.has('baselinePeriod')) {
        const [present, missing] = roles.has('baseline') ? ['baslinje', 'basår'] : ['basår', 'baslinje'];
        this.issues.add('header_baseline_incomplete', line, null, { present, missing });
      }
      this.reportUnused();
      const rows = new TargetRows(
        roles,
        this.readers,
        this.issues,
        this.counts,
        this.file,
        this.options.indicator,
      );
      this.targetRows = rows;
      return this.begin('targets', { read: (r) => rows.read(r), usedColumns: [...roles.values()] });
    }
    if (roles.has('value')) {
      if (!this.requireRoles(['region', 'period', 'value'])) return this.fail();
      this.reportUnused();
      return this.beginLong(roles, this.options.indicator);
    }
    const periodColumns = this.periodColumns();
    if (!roles.has('period') && roles.has('region') && periodColumns.length > 0) {
      return this.beginWide(roles.get('region') ?? 0, roles.get('gender') ?? -1, periodColumns);
    }
    if (roles.has('region') && roles.has('period')) {
      // The value column may be named by its indicator: decide from the data.
      this.pending = [];
      return;
    }
    this.requireRoles(['region', 'period', 'value']);
    this.fail();
  }

  /** A case ledger, a frames table or a planned-shares table of anslag 1:1. */
  private beginLedger(kind: LedgerTableKind): void {
    const context = {
      header: this.header ?? [],
      readers: this.readers,
      issues: this.issues,
      counts: this.counts,
      file: this.file,
      hint: this.hint,
    };
    const table = startLedgerTable(kind, context, this.headerLine);
    if (!table) return this.fail();
    this.ledgerRows = table.rows;
    this.begin(kind, { read: (r) => table.rows.read(r), usedColumns: table.usedColumns });
  }

  private requireRoles(required: ColumnRole[]): boolean {
    const roles = this.analysis?.roles ?? new Map();
    const needed =
      this.options.indicator === undefined && !required.includes('target')
        ? [...required, 'indicator' as const]
        : required;
    const missing = needed.filter((role) => !roles.has(role));
    for (const role of missing) {
      this.issues.add('header_missing_column', this.headerLine, null, {
        role: ROLE_LABELS[role],
        accepted: ROLE_NAMES[role].slice(0, 6).join(', '),
      });
    }
    return missing.length === 0;
  }

  private reportUnused(except: readonly number[] = []): void {
    for (const u of this.analysis?.unused ?? []) {
      if (!except.includes(u.index))
        this.issues.add('header_unused_column', this.headerLine, u.index + 1, { name: u.name });
    }
  }

  private periodColumns(): PeriodColumn[] {
    return periodColumnsOf(this.header ?? []);
  }

  private begin(layout: TableLayout, reader: Reader, weight = 1): void {
    this.layout = layout;
    this.reader = reader;
    this.gate = new RowGate(
      this.issues,
      this.counts,
      this.header ?? [],
      reader.usedColumns,
      this.invalidBytes,
      weight,
    );
    this.gate.checkReplacement = this.replacementSeen;
  }

  private beginLong(roles: ReadonlyMap<ColumnRole, number>, indicator: string | undefined): void {
    const rows = new LongRows(
      roles,
      this.readers,
      this.issues,
      this.builder,
      this.counts,
      this.file,
      indicator,
    );
    this.begin('long', { read: (r) => rows.read(r), usedColumns: [...roles.values()] });
  }

  private beginWide(regionCol: number, genderCol: number, periods: PeriodColumn[]): void {
    const header = this.header ?? [];
    // The content's name: the common text before the periods ("Folkmängd 2020"), the title, or the file.
    const prefixes = new Set(
      periods.map((p) => (PERIOD_HEADER.exec((header[p.index] ?? '').trim())?.[1] ?? '').trim()),
    );
    const prefix = prefixes.size === 1 ? [...prefixes][0] : '';
    const name = prefix || contentOfTitle(this.titles[0] ?? '') || nameFromFile(this.file);
    const id = this.options.indicator ?? indicatorIdFrom(name) ?? 'indikator';
    const hasIndicatorColumn =
      this.options.indicator === undefined && this.analysis?.roles.has('indicator') === true;
    if (this.options.indicator === undefined && !hasIndicatorColumn)
      this.labels.push({ id, name, unit: undefined, decimals: undefined });
    const indicatorCol =
      this.options.indicator === undefined ? (this.analysis?.roles.get('indicator') ?? -1) : -1;
    const rows = new WideRows(
      regionCol,
      genderCol,
      indicatorCol,
      periods,
      id,
      this.readers,
      this.issues,
      this.builder,
      this.counts,
      this.file,
    );
    const used = [
      regionCol,
      ...(genderCol >= 0 ? [genderCol] : []),
      ...(indicatorCol >= 0 ? [indicatorCol] : []),
      ...periods.map((p) => p.index),
    ];
    this.widePeriods = periods.length;
    this.begin('wide', { read: (r) => rows.read(r), usedColumns: used }, periods.length);
  }

  /** Picks the one unnamed-role column whose values are all numbers or markers as the value column. */
  private decideNamedValue(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    const analysis = this.analysis;
    const header = this.header ?? [];
    const candidates = (analysis?.unused ?? []).filter((u) => {
      let numbers = 0;
      for (const rec of pending) {
        const cell = (rec.fields[u.index] ?? '').trim();
        if (cell === '') continue;
        const parsed = parseValue(cell, undefined);
        if (parsed.kind === 'invalid') return false;
        if (parsed.kind === 'number') numbers++;
      }
      return numbers > 0;
    });
    const chosen = candidates.length === 1 ? candidates[0] : undefined;
    if (!analysis || !chosen) {
      if (candidates.length > 1)
        this.issues.add('header_value_ambiguous', this.headerLine, null, {
          columns: candidates.map((c) => c.name).join(', '),
        });
      else this.requireRoles(['region', 'period', 'value']);
      this.fail();
      for (const rec of pending) this.refuse(rec);
      return;
    }
    const name = (header[chosen.index] ?? '').trim();
    const hasIndicatorColumn = analysis.roles.has('indicator');
    const id =
      this.options.indicator ?? (hasIndicatorColumn ? undefined : (indicatorIdFrom(name) ?? 'indikator'));
    if (id !== undefined && this.options.indicator === undefined) {
      this.labels.push({ id, name, unit: undefined, decimals: undefined });
      this.issues.add('header_value_named', this.headerLine, chosen.index + 1, { name, id });
    }
    const roles = new Map(analysis.roles);
    roles.set('value', chosen.index);
    this.reportUnused([chosen.index]);
    this.beginLong(roles, id);
    for (const rec of pending) if (this.gate?.admit(rec)) this.reader?.read(rec);
  }

  private applyMapping(m: ColumnMapping): void {
    const header = this.header ?? [];
    const valid = (i: number | undefined): boolean =>
      i === undefined || (Number.isInteger(i) && i >= 0 && i < header.length);
    const all = [m.region, m.period, m.value, m.indicator, m.gender, ...(m.periods ?? [])];
    if (!all.every(valid)) {
      this.issues.add('mapping_invalid', this.headerLine, null, {});
      return this.fail();
    }
    if (m.periods && m.periods.length > 0) {
      const periods = this.periodColumns().filter((p) => m.periods?.includes(p.index));
      if (periods.length !== m.periods.length) {
        this.issues.add('mapping_invalid', this.headerLine, null, {});
        return this.fail();
      }
      return this.beginWide(m.region, m.gender ?? -1, periods);
    }
    const roles = new Map<ColumnRole, number>([['region', m.region]]);
    if (m.period !== undefined) roles.set('period', m.period);
    if (m.value !== undefined) roles.set('value', m.value);
    if (m.indicator !== undefined) roles.set('indicator', m.indicator);
    if (m.gender !== undefined) roles.set('gender', m.gender);
    if (
      m.period === undefined ||
      m.value === undefined ||
      (m.indicator === undefined && this.options.indicator === undefined)
    ) {
      this.issues.add('mapping_invalid', this.headerLine, null, {});
      return this.fail();
    }
    this.beginLong(roles, this.options.indicator);
  }

  finish(): TableOutcome {
    if (this.pending) this.decideNamedValue();
    const header = this.header;
    const nothing = { counts: this.counts, observations: undefined, targets: [], labels: [] };
    if (this.leadingBlank.length > 0 && header !== undefined && (this.failed || !this.gate)) {
      this.issues.add('blank_lines', this.leadingBlank[0] ?? 1, null, {
        count: this.leadingBlank.length,
        lines: this.leadingBlank.join(', '),
      });
    }
    if (header === undefined) {
      // Nothing but blank lines (or a lone title): there is no table, and nothing was read from it.
      const counts = { records: 0, accepted: 0, rejected: 0, skipped: 0 };
      if (this.titles.length > 0) this.issues.add('no_table', 1, null, { count: this.titles.length });
      else this.issues.add('file_empty', 1, null, {});
      return { ...nothing, counts, layout: undefined, preview: undefined };
    }
    if (this.failed || !this.gate) {
      if (this.counts.rejected > 0) {
        this.issues.add('file_rejected_rows', this.firstRejectedLine, null, {
          count: this.counts.rejected,
          first: this.firstRejectedLine,
          last: this.lastRejectedLine,
        });
      }
      return {
        ...nothing,
        layout: undefined,
        preview: { header, headerLine: this.headerLine, rows: this.previewRows, shape: tableShape(header) },
      };
    }
    this.gate.blankLines.unshift(...this.leadingBlank);
    this.gate.reportBlankLines();
    if (this.counts.records - this.counts.skipped === 0)
      this.issues.add('no_data_rows', this.headerLine, null, {});
    if (this.layout === 'targets') {
      return { ...nothing, layout: 'targets', targets: this.targetRows?.targets ?? [], preview: undefined };
    }
    if (this.ledgerRows)
      return { ...nothing, layout: this.layout, preview: undefined, ledger: this.ledgerRows.finish() };
    const dup = resolveDuplicates(this.builder, this.issues);
    this.counts.accepted -= dup.repeated + dup.conflicting;
    this.counts.skipped += dup.repeated;
    this.counts.rejected += dup.conflicting;
    return {
      layout: this.layout,
      counts: this.counts,
      observations: this.builder.build(dup.keep),
      targets: [],
      labels: this.labels,
      preview: undefined,
    };
  }
}
