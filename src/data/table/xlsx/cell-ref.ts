import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './limits';

/** Where a reference points: row and column, each 0 when outside Excel's grid or not written. */
export interface RefParts {
  row: number;
  column: number;
}

/**
 * `B7` → row 7, column 2, read from the bytes in place. Letters A…XFD and rows 1…1 048 576 only:
 * ZZZZZZ1 or A999999999 is no place in a sheet. True when both parts are within the grid; the
 * part that is (if any) is kept in `out`, to name where an error is.
 */
export function readCellRef(b: Uint8Array, from: number, to: number, out: RefParts): boolean {
  let i = from;
  let column = 0;
  for (; i < to; i++) {
    const c = (b[i] ?? 0) & ~32; // upper case
    if (c < 65 || c > 90) break;
    if (i - from < 4) column = column * 26 + (c - 64);
  }
  const letters = i - from;
  out.column = letters > 0 && letters <= 3 && column <= EXCEL_MAX_COLUMNS ? column : 0;
  out.row = readRowNumber(b, i, to);
  return out.row > 0 && out.column > 0;
}

/** A row number written in decimal digits, 1…1 048 576; 0 for anything else. */
export function readRowNumber(b: Uint8Array, from: number, to: number): number {
  if (to - from < 1 || to - from > 7) return 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i] ?? 0;
    if (c < 48 || c > 57) return 0;
    n = n * 10 + (c - 48);
  }
  return n >= 1 && n <= EXCEL_MAX_ROWS ? n : 0;
}
