import type { CsvRecord } from '../../text/csv-scanner';
import { columnName } from './column-name';
import type { CellStore } from './cell-store';
import type { SheetCells, SheetIssue } from './sheet-cells';

/** A sheet's cells in row and column order, with the shape the table reader will walk. */
export interface SheetTable {
  /** The cells, in row and column order. */
  readonly cells: CellStore;
  /** The last column that holds a cell: every row with data is this wide, as the old reader made it. */
  readonly width: number;
  readonly lastRow: number;
  readonly rowsWithData: number;
  /** A row with two filled cells: the sheet holds a table, not just a title or a note. */
  readonly hasTable: boolean;
  /** The sheet's cell issues, added to the file's issues if this is the sheet read. */
  readonly issues: readonly SheetIssue[];
}

/** Puts cells that came out of order in place; of a cell given twice, the last is kept and said. */
function sorted(cells: CellStore, sheet: string, issues: SheetIssue[]): CellStore {
  if (cells.ordered) return cells;
  const n = cells.length;
  const key = (i: number): number => (cells.rows[i] ?? 0) * 16_385 + (cells.columns[i] ?? 0);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => key(a) - key(b));
  const out = cells.emptyLike();
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    const next = order[k + 1];
    if (next !== undefined && key(next) === key(i)) {
      const ref = `${columnName(cells.columns[i] ?? 0)}${cells.rows[i] ?? 0}`;
      const line = cells.rows[i] ?? 1;
      const column = cells.columns[i] ?? null;
      issues.push((c) => c.add('xlsx_cell_repeated', line, column, { sheet, ref }));
      continue;
    }
    out.copy(cells, i);
  }
  return out;
}

export function sheetTable(read: SheetCells, sheet: string): SheetTable {
  const cells = sorted(read.store, sheet, read.issues);
  const { rows, columns } = cells;
  let width = 0;
  let rowsWithData = 0;
  let hasTable = false;
  let filled = 0;
  const n = cells.length;
  for (let i = 0; i < n; i++) {
    const column = columns[i] ?? 0;
    if (column > width) width = column;
    const first = i === 0 || rows[i - 1] !== rows[i];
    if (first) {
      rowsWithData++;
      filled = 0;
    }
    if (!hasTable && !cells.blank(i) && ++filled >= 2) hasTable = true;
  }
  const lastRow = n > 0 ? (rows[n - 1] ?? 0) : 0;
  return { cells, width, lastRow, rowsWithData, hasTable, issues: read.issues };
}

const NO_LINES = new Int32Array(0);

/**
 * Hands the sheet to the table reader row by row, 1 to the last row with data, each row with data
 * as wide as the sheet (one array, reused: the reader copies what it keeps), and every other row as
 * a blank record of no cells — so a row between cells costs nothing, however far apart they are.
 */
export function emitRecords(table: SheetTable, record: (rec: CsvRecord) => void): void {
  const { cells, width, lastRow } = table;
  const { rows, columns } = cells;
  const n = cells.length;
  const fields: string[] = new Array<string>(width).fill('');
  const blank: string[] = [];
  let k = 0;
  for (let line = 1; line <= lastRow; line++) {
    const start = k;
    while (k < n && rows[k] === line) {
      fields[(columns[k] ?? 1) - 1] = cells.text(k);
      k++;
    }
    const count = k > start ? width : 0;
    record({
      fields: count > 0 ? fields : blank,
      count,
      fieldLines: NO_LINES,
      line,
      lastLine: line,
      problem: undefined,
      problemField: -1,
    });
    for (let j = start; j < k; j++) fields[(columns[j] ?? 1) - 1] = '';
  }
}
