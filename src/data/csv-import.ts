import { CsvScanner, type CsvRecord } from './csv-scanner';
import type { EncodingDetection } from './decode';
import { decimalHintFor, detectDelimiter, firstLine, type Delimiter } from './delimiter';
import { resolveDuplicates } from './duplicates';
import { FieldReaders } from './field-readers';
import { analyseHeader, ROLE_NAMES, type ColumnRole, type HeaderAnalysis } from './header-roles';
import type { FileFormat, ImportOptions } from './import-result';
import type { IssueCollector } from './issue';
import { LongRows, RowGate, type RowCounts } from './long-rows';
import { ObservationBuilder, type ObservationColumns } from './observation-store';
import { TargetRows } from './target-rows';
import type { Target } from '../domain/target';

export interface CsvOutcome {
  readonly format: FileFormat;
  readonly delimiter: Delimiter | undefined;
  readonly counts: RowCounts;
  readonly observations: ObservationColumns | undefined;
  readonly targets: readonly Target[];
}

const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\r|\n))+/;

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
};

interface Layout {
  readonly format: 'long-csv' | 'targets-csv';
  readonly read: (rec: CsvRecord) => void;
  readonly usedColumns: readonly number[];
}

/**
 * Reads a CSV file's decoded chunks in the long layout (one observation per row) or the targets
 * layout. The header decides which; a header that fits neither is reported and every row is
 * counted as rejected, so the accounting still adds up.
 */
export function importCsvChunks(
  chunks: Iterable<string>,
  file: string,
  encoding: EncodingDetection,
  issues: IssueCollector,
  options: ImportOptions,
  estimatedRows: number,
): CsvOutcome {
  const iterator = chunks[Symbol.iterator]();
  // Read until the header line (the first line that is not blank) is complete, or the input ends.
  let head = '';
  let headLine: string | undefined;
  let done = false;
  while (headLine === undefined && !done) {
    const next = iterator.next();
    if (next.done) done = true;
    else head += next.value;
    const rest = head.replace(/^\uFEFF/, '').replace(LEADING_BLANK_LINES, '');
    headLine = firstLine(rest);
    if (headLine === undefined && done && rest.trim() !== '') headLine = rest;
  }
  const counts: RowCounts = { records: 0, accepted: 0, rejected: 0, skipped: 0 };
  if (headLine === undefined) {
    issues.add('file_empty', 1, null, {});
    return { format: 'long-csv', delimiter: undefined, counts, observations: undefined, targets: [] };
  }
  const delimiter = detectDelimiter(headLine) ?? ';';
  const leadingBlankLines: number[] = [];
  const builder = new ObservationBuilder(estimatedRows);
  const readers = new FieldReaders(issues, decimalHintFor(delimiter));
  let header: string[] | undefined;
  let layout: Layout | undefined;
  let gate: RowGate | undefined;
  let headerFailed = false;
  let firstRejectedLine = 0;
  let lastRejectedLine = 0;
  let targetRows: TargetRows | undefined;

  const scanner = new CsvScanner(delimiter, (rec) => {
    if (header === undefined) {
      if (rec.count === 1 && (rec.fields[0] ?? '').replace(/^\uFEFF/, '').trim() === '') {
        // Blank lines before the header are read, skipped and counted like any other.
        counts.records++;
        counts.skipped++;
        leadingBlankLines.push(rec.line);
        return;
      }
      header = rec.fields.slice(0, rec.count).map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
      const analysis = analyseHeader(header);
      const chosen = chooseLayout(analysis, header, issues, options);
      if (chosen === undefined) {
        headerFailed = true;
        return;
      }
      if (chosen === 'targets-csv') {
        targetRows = new TargetRows(analysis.roles, readers, issues, counts, file, options.indicator);
        const rows = targetRows;
        layout = { format: chosen, read: (r) => rows.read(r), usedColumns: [...analysis.roles.values()] };
      } else {
        const rows = new LongRows(analysis.roles, readers, issues, builder, counts, file, options.indicator);
        layout = { format: chosen, read: (r) => rows.read(r), usedColumns: [...analysis.roles.values()] };
      }
      gate = new RowGate(issues, counts, header, layout.usedColumns, encoding.invalidBytes > 0);
      gate.blankLines.push(...leadingBlankLines);
      gate.checkReplacement = sawReplacement;
      return;
    }
    if (headerFailed || !gate || !layout) {
      counts.records++;
      if (rec.count === 1 && (rec.fields[0] ?? '').trim() === '') {
        counts.skipped++;
        return;
      }
      counts.rejected++;
      if (firstRejectedLine === 0) firstRejectedLine = rec.line;
      lastRejectedLine = rec.lastLine;
      return;
    }
    if (gate.admit(rec)) layout.read(rec);
  });

  let sawReplacement = false;
  const feed = (text: string): void => {
    if (!sawReplacement && text.includes('\uFFFD')) {
      sawReplacement = true;
      if (gate) gate.checkReplacement = true;
    }
    scanner.push(text);
  };
  feed(head);
  for (let next = iterator.next(); !next.done; next = iterator.next()) feed(next.value);
  scanner.finish();

  if (headerFailed) {
    if (leadingBlankLines.length > 0) {
      issues.add('blank_lines', leadingBlankLines[0] ?? 1, null, { count: leadingBlankLines.length, lines: leadingBlankLines.join(', ') });
    }
    if (counts.rejected > 0) {
      issues.add('file_rejected_rows', firstRejectedLine, null, { count: counts.rejected, first: firstRejectedLine, last: lastRejectedLine });
    }
    return { format: 'long-csv', delimiter, counts, observations: undefined, targets: [] };
  }
  gate?.reportBlankLines();
  if (counts.records - counts.skipped === 0) issues.add('no_data_rows', 1, null, {});
  if (layout?.format === 'targets-csv') {
    return { format: 'targets-csv', delimiter, counts, observations: undefined, targets: targetRows?.targets ?? [] };
  }
  const dup = resolveDuplicates(builder, issues);
  counts.accepted -= dup.repeated + dup.conflicting;
  counts.skipped += dup.repeated;
  counts.rejected += dup.conflicting;
  return { format: 'long-csv', delimiter, counts, observations: builder.build(dup.keep), targets: [] };
}

function chooseLayout(
  analysis: HeaderAnalysis,
  header: readonly string[],
  issues: IssueCollector,
  options: ImportOptions,
): 'long-csv' | 'targets-csv' | undefined {
  for (const r of analysis.reserved) issues.add('header_reserved', 1, r.index + 1, { name: r.name });
  if (analysis.periodColumns >= 2 && !analysis.roles.has('period')) {
    issues.add('format_not_supported', 1, null, { format: 'PxWeb (en kolumn per period / one column per period)' });
    return undefined;
  }
  if (header.length === 1 && !analysis.roles.has('value')) {
    issues.add('format_not_supported', 1, null, { format: 'PxWeb-CSV med rubrikrad / with a title line' });
    return undefined;
  }
  for (const d of analysis.duplicates) issues.add('header_duplicate', 1, d.index + 1, { name: d.name });
  if (analysis.duplicates.length > 0) return undefined;

  const format = analysis.roles.has('target') && !analysis.roles.has('value') ? 'targets-csv' : 'long-csv';
  const required: ColumnRole[] = ['region', 'period', format === 'targets-csv' ? 'target' : 'value'];
  if (options.indicator === undefined) required.splice(1, 0, 'indicator');
  const missing = required.filter((role) => !analysis.roles.has(role));
  for (const role of missing) {
    issues.add('header_missing_column', 1, null, { role: ROLE_LABELS[role], accepted: ROLE_NAMES[role].slice(0, 6).join(', ') });
  }
  if (missing.length > 0) return undefined;
  for (const u of analysis.unused) issues.add('header_unused_column', 1, u.index + 1, { name: u.name });
  if (format === 'targets-csv' && analysis.roles.has('baseline') !== analysis.roles.has('baselinePeriod')) {
    const [present, missing] = analysis.roles.has('baseline') ? ['baslinje', 'basår'] : ['basår', 'baslinje'];
    issues.add('header_baseline_incomplete', 1, null, { present, missing });
  }
  return format;
}
