import Papa from 'papaparse';
import type { TableCell, TableModel } from '../../domain/table';

/**
 * A text cell that a spreadsheet would run as a formula — starting with = + - @, a tab or a carriage
 * return, also after leading spaces — gets a leading apostrophe. Number cells are never touched:
 * -3,2 stays a number.
 */
export function neutralizeFormula(text: string): string {
  return /^[\s]*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A number as Swedish Excel reads it: decimal comma, no grouping, no floating-point noise. */
export function csvNumber(value: number, decimals: number): string {
  const digits = Math.min(12, Math.max(0, decimals) + 3);
  const rounded = Number(value.toFixed(digits)) + 0;
  return String(rounded).replace('.', ',');
}

function cellText(cell: TableCell): string {
  if (cell.kind === 'text') return neutralizeFormula(cell.text);
  if (cell.value === null || !Number.isFinite(cell.value))
    return neutralizeFormula(cell.marker !== null && cell.marker !== '' ? cell.marker : '..');
  return csvNumber(cell.value, cell.decimals);
}

/**
 * The table as CSV that Swedish Excel opens right: UTF-8 with BOM, `;` between fields, decimal
 * comma, CRLF line ends, fields quoted where needed (PapaParse's writer).
 */
export function tableToCsv(table: TableModel): string {
  const body = Papa.unparse(
    {
      fields: table.columns.map((c) => neutralizeFormula(c.header)),
      data: table.rows.map((row) => row.map(cellText)),
    },
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false, header: true },
  );
  return `\uFEFF${body}\r\n`;
}
