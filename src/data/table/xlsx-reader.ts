import type { CsvRecord } from '../text/csv-scanner';
import type { FileHead } from '../import/file-head';
import { emptyOutcome, type FormatReader, type ReaderContext, type ReaderOutcome } from '../import/reader';
import { TableReader } from './table-reader';

type Cell = string | number | boolean | Date | null | undefined | { toString(): string };

/** A cell as text: numbers as the file wrote them (no float rounding), dates as ISO days. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** A workbook met by the synchronous import, which reads text only: importFileAsync reads it. */
function readLater(_head: FileHead, context: ReaderContext): ReaderOutcome {
  context.issues.add('format_not_supported', 1, null, { format: 'Excel (xlsx) — via importFileAsync' });
  return emptyOutcome('xlsx', 'binary');
}

/**
 * Reads a workbook (xlsx, as Excel, R's openxlsx or Python write it) with read-excel-file — loaded
 * only when a workbook arrives — and hands its rows to the same table reader as CSV. Row numbers
 * are the sheet's. Numbers come as the file's own digits, so nothing is rounded on the way.
 */
async function readXlsx(head: FileHead, context: ReaderContext): Promise<ReaderOutcome> {
  const { issues, options } = context;
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const { bytes } = head;
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
    options.onProgress?.(1);
    return emptyOutcome('xlsx', 'binary');
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
  const reader = new TableReader(context, {
    format: (layout) => (layout === undefined ? 'xlsx' : `xlsx-${layout}`),
    encoding: 'binary',
    delimiter: undefined,
    // Spreadsheets write numbers with a decimal point; text cells may still use a comma.
    hint: '.',
    estimatedRows: rows.length,
    invalidBytes: false,
  });
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
  const outcome = reader.finish();
  options.onProgress?.(1);
  const names = sheets.map((s) => s.sheet);
  return names.length > 1 && sheet !== undefined
    ? { ...outcome, sheets: { names, read: sheet.sheet } }
    : outcome;
}

/** A workbook: a zip archive (xlsx). */
export const xlsxReader: FormatReader = {
  format: 'xlsx',
  sniff: (head) => head.startsWith([0x50, 0x4b, 0x03, 0x04]),
  read: readLater,
  readAsync: readXlsx,
};

/** An Excel 97–2003 workbook (a compound document): named, not read. */
export const xlsReader: FormatReader = {
  format: 'xls',
  sniff: (head) => head.startsWith([0xd0, 0xcf, 0x11, 0xe0]),
  read: readLater,
  readAsync: async (_head, context) => {
    context.issues.add('format_not_supported', 1, null, { format: 'Excel 97–2003 (xls)' });
    return emptyOutcome('xlsx', 'binary');
  },
};
