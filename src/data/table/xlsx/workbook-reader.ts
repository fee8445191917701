import type { IssueCollector } from '../../issues/issue';
import type { CellStyleInfo } from './cell-value';
import { XLSX_MAX_GRID_CELLS } from './limits';
import { runScans, runScansAsync, scanPart, type ScanSteps } from './part-scans';
import { SheetCellCapError, SheetCellReader } from './sheet-cells';
import { sheetTable, type SheetTable } from './sheet-table';
import {
  dateStyleSteps,
  SharedStringsCapError,
  sharedStringSteps,
  workbookInfoSteps,
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
function* sheetSteps(zip: ZipArchive, entry: SheetEntry, info: CellStyleInfo): ScanSteps<SheetTable> {
  if (entry.path === undefined || !zip.has(entry.path))
    throw new XlsxFormatError("the sheet's part is missing");
  const handler = new SheetCellReader(entry.name, info);
  yield* scanPart(zip, entry.path, handler);
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
 * Each part is inflated as it is scanned: at once with fflate (the strategy file, small), or with the
 * platform's inflater as the bytes come (readWorkbookAsync: the import, in its worker).
 */
export function readWorkbook(
  bytes: Uint8Array,
  wanted: string | undefined,
  issues: IssueCollector,
): WorkbookRead | undefined {
  return runScans(workbookSteps(bytes, wanted, issues));
}

/** readWorkbook, each part inflated by the platform's own inflater where there is one. */
export function readWorkbookAsync(
  bytes: Uint8Array,
  wanted: string | undefined,
  issues: IssueCollector,
): Promise<WorkbookRead | undefined> {
  return runScansAsync(workbookSteps(bytes, wanted, issues));
}

function* workbookSteps(
  bytes: Uint8Array,
  wanted: string | undefined,
  issues: IssueCollector,
): ScanSteps<WorkbookRead | undefined> {
  let zip: ZipArchive;
  let info: CellStyleInfo;
  let sheets: readonly SheetEntry[];
  try {
    zip = ZipArchive.open(bytes);
    const book = yield* workbookInfoSteps(zip);
    sheets = book.sheets;
    info = {
      dateStyles: yield* dateStyleSteps(zip, book.styles),
      shared: yield* sharedStringSteps(zip, book.sharedStrings),
      date1904: book.date1904,
    };
  } catch (error) {
    if (!report(error, issues, undefined)) throw error;
    return undefined;
  }
  const names = sheets.map((s) => s.name);
  // A sheet passed over reports only why it could not be read; the cell issues are the sheet read's.
  function* attempt(entry: SheetEntry): ScanSteps<SheetTable | undefined> {
    try {
      return yield* sheetSteps(zip, entry, info);
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
  }
  const sheet =
    wanted !== undefined || sheets.length <= 1
      ? yield* named(sheets.find((s) => s.name === wanted) ?? sheets[0], attempt)
      : yield* firstWithTable(sheets, attempt);
  for (const add of sheet?.table?.issues ?? []) add(issues);
  return { names, sheet };
}

type Chosen = { name: string; table: SheetTable | undefined } | undefined;

type Attempt = (entry: SheetEntry) => ScanSteps<SheetTable | undefined>;

function* named(entry: SheetEntry | undefined, attempt: Attempt): ScanSteps<Chosen> {
  return entry && { name: entry.name, table: yield* attempt(entry) };
}

/** The first sheet that holds a table, read lazily in order; else the first sheet. */
function* firstWithTable(sheets: readonly SheetEntry[], attempt: Attempt): ScanSteps<Chosen> {
  let first: SheetTable | undefined;
  for (const [i, entry] of sheets.entries()) {
    const table = yield* attempt(entry);
    if (i === 0) first = table;
    if (table?.hasTable) return { name: entry.name, table };
  }
  const entry = sheets[0];
  return entry && { name: entry.name, table: first };
}
