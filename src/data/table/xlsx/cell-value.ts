import { serialToIsoDay } from './date-formats';
import { XLSX_MAX_CELL_CHARS } from './limits';
import type { SharedString } from './workbook-parts';
import { unescapeXlsx } from './xml-text';

/** What a cell's value depends on besides the cell: the shared strings, the date styles, the date system. */
export interface CellStyleInfo {
  /** The shared strings, trimmed once here rather than at every cell that uses one. */
  readonly shared: readonly SharedString[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export type CellProblem = { readonly problem: 'too_long' | 'invalid' };

export const TOO_LONG: CellProblem = { problem: 'too_long' };
const INVALID: CellProblem = { problem: 'invalid' };

/** Text trimmed, as the old reader gave it; empty text is no value. */
function textValue(text: string): string | null | CellProblem {
  if (text.length > XLSX_MAX_CELL_CHARS) return TOO_LONG;
  const t = text.trim();
  return t === '' ? null : t;
}

/** A shared-string cell's value by its index (shared strings are trimmed when read). */
export function sharedValue(info: CellStyleInfo, index: number): string | null | CellProblem {
  const shared = info.shared[index];
  if (shared === undefined) return INVALID;
  if (shared === null) return TOO_LONG;
  return shared === '' ? null : shared;
}

/**
 * A cell's value as text, the way the old reader (read-excel-file with parseNumber: raw) gave it:
 * numbers as the file's own digits, date-formatted numbers and date cells as ISO days, booleans as
 * true/false, text trimmed; an error value (#DIV/0!) or a missing value is no value (null).
 * `v` and `inline` are the XML text, entities decoded.
 */
export function cellValue(
  type: string | undefined,
  /** The cell's style index; -1 for none. */
  style: number,
  v: string | undefined,
  inline: string | undefined,
  info: CellStyleInfo,
): string | null | CellProblem {
  switch (type ?? 'n') {
    case 'n': {
      if (!v) return null;
      if (style >= 0 && info.dateStyles[style] === true) {
        const serial = Number(v);
        // A serial beyond JavaScript's dates is '' but still a filled cell, as it was.
        if (!Number.isNaN(serial)) return serialToIsoDay(serial, info.date1904);
      }
      return v;
    }
    case 's':
      return v ? sharedValue(info, Number(v)) : null;
    case 'str':
      return v ? textValue(unescapeXlsx(v)) : null;
    case 'inlineStr':
      return inline === undefined ? null : textValue(unescapeXlsx(inline));
    case 'b':
      if (!v) return null;
      return v === '1' ? 'true' : v === '0' ? 'false' : INVALID;
    case 'e':
      return null;
    case 'd': {
      if (!v) return null;
      const date = new Date(v);
      return Number.isNaN(date.getTime()) ? INVALID : date.toISOString().slice(0, 10);
    }
    default:
      return INVALID;
  }
}
