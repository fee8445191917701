import { isWellFormed } from '../text/well-formed';
import type { SheetGrid } from './workbook-sheets';

/** A title longer than this is no strategy name but prose: it is not taken. */
const MAX_TITLE_LENGTH = 120;

/**
 * The title line of an indicator list: the first row above the header that holds one text and
 * nothing else ("Uppföljning av Dalastrategin 2030"). Undefined: the header is the first row, or no
 * row above it is a lone title.
 */
export function listTitle(sheet: SheetGrid, headerRow: number): string | undefined {
  for (let index = 0; index < headerRow; index++) {
    const cells = (sheet.rows[index] ?? []).map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 0) continue;
    const [text] = cells;
    if (cells.length !== 1 || text === undefined) return undefined;
    return text.length <= MAX_TITLE_LENGTH && isWellFormed(text) ? text : undefined;
  }
  return undefined;
}
