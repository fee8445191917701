import type { IssueCollector } from '../../issues/issue';
import type { CellStyleInfo } from './cell-value';
import { XLSX_MAX_GRID_CELLS } from './limits';
import { SheetCellCapError, SheetCellReader } from './sheet-cells';
import { sheetTable, type SheetTable } from './sheet-table';
import {
  readDateStyles,
  readSharedStrings,
  readWorkbookInfo,
  scan,
  SharedStringsCapError,
  type SheetEntry,
} from './workbook-parts';
import { XlsxFormatError, XlsxInflateCapError, ZipArchive } from './zip-archive';

export { emitRecords, type SheetTable } from './sheet-table';

/** The workbook read: its sheets' names and the sheet chosen, with its table unless it was refused. */
export interface WorkbookRead {
  readonly names: readonly string[];
  readonly sheet: { readonly name: string; readonly table: SheetTable | undefined } | undefined;
}

/** Says why a part or a sheet could not be read; false for a failure that is no known kind (a bug). */
function report(error: unknown, issues: IssueCollector, sheet: string | undefined): boolean {
  if (error instanceof XlsxInflateCapError) {
    if (error.scope === 'part')
      issues.add('xlsx_part_too_large', 1, null, { part: error.part, limit: error.limit });
    else issues.add('xlsx_workbook_too_large', 1, null, { part: error.part, limit: error.limit });
  } else if (error instanceof SheetCellCapError) {
    issues.add('xlsx_sheet_too_many_cells', 1, null, { sheet: sheet ?? '', limit: error.limit });
  } else if (error instanceof SharedStringsCapError) {
    issues.add('xlsx_too_many_strings', 1, null, { limit: error.limit });
  } else if (error instanceof XlsxFormatError) {
    issues.add('xlsx_unreadable', 1, null, {
      detail: sheet === undefined ? error.message : `${sheet}: ${error.message}`,
    });
  } else return false;
  return true;
}

/** One sheet streamed from its part into a table; failures are thrown (see report). */
function readSheet(zip: ZipArchive, entry: SheetEntry, info: CellStyleInfo): SheetTable {
  if (entry.path === undefined || !zip.has(entry.path))
    throw new XlsxFormatError("the sheet's part is missing");
  const handler = new SheetCellReader(entry.name, info);
  scan(zip, entry.path, handler);
  const cells = handler.finish();
  const table = sheetTable(cells, entry.name);
  const grid = table.rowsWithData * table.width;
  if (grid > XLSX_MAX_GRID_CELLS) throw new SheetGridError(table.rowsWithData, table.width);
  return table;
}

class SheetGridError extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    super('grid too large');
  }
}

/**
 * Reads a workbook (xlsx) so that its cost follows the cells present: the zip's central directory
 * first, then only the parts needed — the workbook and its relationships, the styles (for date
 * formats), the shared strings, and the sheets in order until one holds a table (or the one named).
 * Parts nobody asks for are never inflated. Every failure it knows is an issue, not an exception.
 */
export function readWorkbook(
  bytes: Uint8Array,
  wanted: string | undefined,
  issues: IssueCollector,
): WorkbookRead | undefined {
  let zip: ZipArchive;
  let info: CellStyleInfo;
  let sheets: readonly SheetEntry[];
  try {
    zip = ZipArchive.open(bytes);
    const book = readWorkbookInfo(zip);
    sheets = book.sheets;
    info = {
      dateStyles: readDateStyles(zip, book.styles),
      shared: readSharedStrings(zip, book.sharedStrings),
      date1904: book.date1904,
    };
  } catch (error) {
    if (!report(error, issues, undefined)) throw error;
    return undefined;
  }
  const names = sheets.map((s) => s.name);
  // A sheet passed over reports only why it could not be read; the cell issues are the sheet read's.
  const attempt = (entry: SheetEntry): SheetTable | undefined => {
    try {
      return readSheet(zip, entry, info);
    } catch (error) {
      if (error instanceof SheetGridError)
        issues.add('xlsx_sheet_too_wide', 1, null, {
          sheet: entry.name,
          rows: error.rows,
          columns: error.columns,
          limit: XLSX_MAX_GRID_CELLS,
        });
      else if (!report(error, issues, entry.name)) throw error;
      return undefined;
    }
  };
  const sheet =
    wanted !== undefined || sheets.length <= 1
      ? named(sheets.find((s) => s.name === wanted) ?? sheets[0], attempt)
      : firstWithTable(sheets, attempt);
  for (const add of sheet?.table?.issues ?? []) add(issues);
  return { names, sheet };
}

type Chosen = { name: string; table: SheetTable | undefined } | undefined;

function named(
  entry: SheetEntry | undefined,
  attempt: (entry: SheetEntry) => SheetTable | undefined,
): Chosen {
  return entry && { name: entry.name, table: attempt(entry) };
}

/** The first sheet that holds a table, read lazily in order; else the first sheet. */
function firstWithTable(
  sheets: readonly SheetEntry[],
  attempt: (entry: SheetEntry) => SheetTable | undefined,
): Chosen {
  let first: SheetTable | undefined;
  for (const [i, entry] of sheets.entries()) {
    const table = attempt(entry);
    if (i === 0) first = table;
    if (table?.hasTable) return { name: entry.name, table };
  }
  const entry = sheets[0];
  return entry && { name: entry.name, table: first };
}
