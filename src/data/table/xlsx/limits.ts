/**
 * Every limit the workbook reader keeps, in one place (the README's "Gränser / limits" lists them).
 * The reader's cost follows the cells a sheet holds, never the references it names: a cell at
 * XFD1048576 costs what a cell at A1 costs, and a zip bomb is stopped while it inflates.
 */

/** Excel's own grid: columns A…XFD, rows 1…1 048 576. A reference beyond them is an error on that cell. */
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_ROWS = 1_048_576;

/** Excel's own limit on one cell's text; a longer cell is an error on that cell. */
export const XLSX_MAX_CELL_CHARS = 32_767;

/**
 * Filled cells in one sheet (cells in error count too; empty formatted cells do not). Measured on
 * this project's shared 2-core machine: a 1 000 000-cell sheet (200 000 × 5) takes about 1.2 s of
 * CPU to read and 1.7 s to import in Node, so the largest sheet allowed imports in about 4 s;
 * beyond it the sheet is refused with an error (save it as CSV, which has no such cap).
 */
export const XLSX_MAX_CELLS = 2_000_000;

/**
 * The grid the table reader walks: rows that hold data × the last filled column. A handful of
 * cells far to the right (XFD) of many rows would make every row 16 384 cells wide; a sheet whose
 * grid passes this is refused. Dense sheets within XLSX_MAX_CELLS always fit.
 */
export const XLSX_MAX_GRID_CELLS = 50_000_000;

/**
 * Inflated bytes of one part (a sheet, the shared strings, the styles …), checked while inflating.
 * A sheet of XLSX_MAX_CELLS cells as Excel writes it takes about 40–80 bytes a cell.
 */
export const XLSX_MAX_PART_BYTES = 256 * 1024 * 1024;

/** Inflated bytes of every part read from one workbook together, checked while inflating. */
export const XLSX_MAX_TOTAL_BYTES = 512 * 1024 * 1024;

/** Cell errors reported one by one in a sheet; beyond this they are counted in one more issue. */
export const XLSX_MAX_CELL_ISSUES = 100;

/** The longest markup construct (a tag, a comment) the XML scanner holds: Excel's are a few hundred characters. */
export const XML_MAX_TAG_CHARS = 64 * 1024;

/** Shared strings in one workbook (its sharedStrings part is read whole, for every sheet). */
export const XLSX_MAX_SHARED_STRINGS = XLSX_MAX_CELLS;
