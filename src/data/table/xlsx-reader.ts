import type { FileHead } from '../import/file-head';
import { emptyOutcome, type FormatReader, type ReaderContext, type ReaderOutcome } from '../import/reader';
import { TableReader } from './table-reader';

/** A workbook met by the synchronous import, which reads text only: importFileAsync reads it. */
function readLater(_head: FileHead, context: ReaderContext): ReaderOutcome {
  context.issues.add('format_not_supported', 1, null, { format: 'Excel (xlsx) — via importFileAsync' });
  return emptyOutcome('xlsx', 'binary');
}

/**
 * Reads a workbook (xlsx, as Excel, R's openxlsx or Python write it) with our own reader in
 * ./xlsx — loaded only when a workbook arrives — and hands the sheet's rows to the same table
 * reader as CSV. Its cost follows the cells present, within the limits in ./xlsx/limits.ts. Row
 * numbers are the sheet's. Numbers come as the file's own digits, so nothing is rounded on the way.
 */
async function readXlsx(head: FileHead, context: ReaderContext): Promise<ReaderOutcome> {
  const { issues, options } = context;
  const { readWorkbookAsync, emitRecords } = await import('./xlsx/workbook-reader');
  const book = await readWorkbookAsync(head.bytes, options.sheet, issues);
  if (book === undefined) {
    options.onProgress?.(1);
    return emptyOutcome('xlsx', 'binary');
  }
  const { names, sheet } = book;
  const wanted = options.sheet;
  if (wanted !== undefined && sheet?.name !== wanted)
    issues.add('xlsx_sheet_missing', 1, null, { sheet: wanted, used: sheet?.name ?? '' });
  if (names.length > 1)
    issues.add('xlsx_sheets', 1, null, { used: sheet?.name ?? '', all: names.join(', ') });
  const withSheets = (outcome: ReaderOutcome): ReaderOutcome =>
    names.length > 1 && sheet !== undefined ? { ...outcome, sheets: { names, read: sheet.name } } : outcome;
  // A sheet refused by a limit has said why; it is not also "empty".
  if (sheet !== undefined && sheet.table === undefined) {
    options.onProgress?.(1);
    return withSheets(emptyOutcome('xlsx', 'binary'));
  }
  const table = sheet?.table;
  const reader = new TableReader(context, {
    format: (layout) => (layout === undefined ? 'xlsx' : `xlsx-${layout}`),
    encoding: 'binary',
    delimiter: undefined,
    // Spreadsheets write numbers with a decimal point; text cells may still use a comma.
    hint: '.',
    estimatedRows: table?.rowsWithData ?? 0,
    invalidBytes: false,
  });
  if (table) emitRecords(table, (record) => reader.record(record));
  const outcome = reader.finish();
  options.onProgress?.(1);
  return withSheets(outcome);
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
