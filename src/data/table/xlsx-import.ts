import type { CsvRecord } from '../text/csv-scanner';
import type { ImportOptions } from '../import/import-result';
import type { IssueCollector } from '../issues/issue';
import { TableReader, type TableOutcome } from './table-reader';

type Cell = string | number | boolean | Date | null | undefined | { toString(): string };

/** A cell as text: numbers as the file wrote them (no float rounding), dates as ISO days. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

export interface XlsxOutcome extends TableOutcome {
  readonly sheet: string | undefined;
  readonly sheetNames: readonly string[];
}

/**
 * Reads a workbook (xlsx, as Excel, R's openxlsx or Python write it) with read-excel-file — loaded
 * only when a workbook arrives — and hands its rows to the same table reader as CSV. Row numbers
 * are the sheet's. Numbers come as the file's own digits, so nothing is rounded on the way.
 */
export async function importXlsx(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions,
  issues: IssueCollector,
): Promise<XlsxOutcome> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile<string>(buffer, { parseNumber: (raw: string) => raw })) as {
      sheet: string;
      data: Cell[][];
    }[];
  } catch (error) {
    issues.add('xlsx_unreadable', 1, null, {
      detail: error instanceof Error ? error.message : String(error),
    });
    return {
      layout: undefined,
      counts: { records: 0, accepted: 0, rejected: 0, skipped: 0 },
      observations: undefined,
      targets: [],
      labels: [],
      preview: undefined,
      sheet: undefined,
      sheetNames: [],
    };
  }
  const wanted = options.sheet;
  // Unless a sheet is named: the first that holds a table (a row with two filled cells), not a cover sheet.
  const hasTable = (s: { data: Cell[][] }): boolean =>
    s.data.some((row) => row.filter((c) => cellText(c).trim() !== '').length >= 2);
  const sheet =
    (wanted === undefined ? (sheets.find(hasTable) ?? sheets[0]) : sheets.find((s) => s.sheet === wanted)) ??
    sheets[0];
  if (wanted !== undefined && sheet?.sheet !== wanted)
    issues.add('xlsx_sheet_missing', 1, null, { sheet: wanted, used: sheet?.sheet ?? '' });
  if (sheets.length > 1)
    issues.add('xlsx_sheets', 1, null, {
      used: sheet?.sheet ?? '',
      all: sheets.map((s) => s.sheet).join(', '),
    });
  const rows = sheet?.data ?? [];
  // Spreadsheets write numbers with a decimal point; text cells may still use a comma.
  const reader = new TableReader(file, issues, options, '.', rows.length, false);
  rows.forEach((row, index) => {
    const fields = row.map(cellText);
    const line = index + 1;
    const record: CsvRecord = {
      fields,
      count: fields.length,
      fieldLines: new Int32Array(fields.length).fill(line),
      line,
      lastLine: line,
      problem: undefined,
      problemField: -1,
    };
    reader.record(record);
  });
  return { ...reader.finish(), sheet: sheet?.sheet, sheetNames: sheets.map((s) => s.sheet) };
}
