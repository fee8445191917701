import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';
import type { FileReader } from '../../src/data/pipeline/import-files';
import type { ImportOptions, ImportResult } from '../../src/data/import/import-result';
import type { ImportIssue, IssueCode } from '../../src/data/issues/issue';
import { observations } from '../../src/data/columns/observation-store';
import type { Gender } from '../../src/domain/gender';
import { csvBytes, type CsvBytesOptions, type Row } from './csv-bytes';

export type CsvImportOptions = CsvBytesOptions & ImportOptions & { readonly file?: string };

/** Builds a CSV file from rows and imports it. */
export function importCsv(rows: readonly Row[], options: CsvImportOptions = {}): ImportResult {
  return importFile(options.file ?? 'test.csv', csvBytes(rows, options), options);
}

export function importText(file: string, text: string, options: ImportOptions = {}): ImportResult {
  return importFile(file, new TextEncoder().encode(text), options);
}

/** One stored observation as plain values, with its note. */
export interface StoredRow {
  readonly region: string;
  readonly indicator: string;
  readonly period: string;
  readonly gender: Gender;
  readonly value: number | null;
  readonly marker: string | null;
  readonly line: number;
  readonly note: string | undefined;
}

export function storedRows(result: ImportResult): StoredRow[] {
  const notes = new Map<number, string>();
  const cols = result.observations;
  cols.noteRows.forEach((row, k) => notes.set(row, cols.noteTexts[k] ?? ''));
  return [...observations(cols)].map((o, i) => ({
    region: o.region,
    indicator: o.indicator,
    period: o.period,
    gender: o.gender,
    value: o.value,
    marker: o.marker,
    line: o.source.line,
    note: notes.get(i),
  }));
}

export function issuesWith(result: ImportResult, code: IssueCode): ImportIssue[] {
  return result.issues.filter((i) => i.code === code);
}

export function codesOf(result: ImportResult): IssueCode[] {
  return result.issues.map((i) => i.code);
}

/** The accounting rule every import keeps. */
export function accountingBalances(result: ImportResult): boolean {
  return result.accepted + result.rejected + result.skipped === result.records;
}

/** Issues reduced to what must not depend on how the file was read: code, place and folded lines. */
export function issueKeys(result: ImportResult): string[] {
  return result.issues.map(
    (i) =>
      `${i.severity}:${i.code}@${i.line}:${i.column ?? '-'}${i.lines ? `[${i.lines.join(',')}]` : ''}|${i.message.en}`,
  );
}

export const LONG_HEADER = ['region', 'indikator', 'period', 'värde'] as const;

/** A file reader that parses as the pipeline does and records which files it was asked to read. */
export function countingReader(): { read: FileReader; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    read: (file, options) => {
      calls.push(file.name);
      return importFileAsync(file.name, file.bytes, options);
    },
  };
}
