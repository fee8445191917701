import type { ListedIndicator } from './indicator-list';
import type { MatrixColumnGroup } from './matrix-model';

/**
 * The printed matrix: as many indicator columns as a landscape A4 page holds beside the region names
 * (1.9rem each). A wider matrix is printed in parts of this many columns, each part a whole table
 * with every row, its chain-level heads and a note that it continues.
 */
export const PRINT_MATRIX_COLUMNS = 28;
/** Up to this many columns fit a portrait page; more are printed on landscape pages. */
export const PORTRAIT_MATRIX_COLUMNS = 16;

export interface PrintMatrixPart {
  /** 1-based, inclusive: the columns of the whole this part holds. */
  readonly from: number;
  readonly to: number;
  readonly indicators: readonly ListedIndicator[];
  /** The chain-level heads over this part's columns, each spanning its columns here. */
  readonly heads: readonly { readonly label: string; readonly span: number }[];
}

/** The matrix's columns split into parts of at most `size` (every column in exactly one part, in order). */
export function printMatrixParts(
  groups: readonly MatrixColumnGroup[],
  size: number = PRINT_MATRIX_COLUMNS,
): PrintMatrixPart[] {
  const all = groups.flatMap((g) => g.indicators.map((listed) => ({ listed, label: g.label })));
  const parts: PrintMatrixPart[] = [];
  for (let start = 0; start < all.length; start += size) {
    const slice = all.slice(start, start + size);
    const heads: { label: string; span: number }[] = [];
    for (const column of slice) {
      const last = heads[heads.length - 1];
      if (last && last.label === column.label) last.span++;
      else heads.push({ label: column.label, span: 1 });
    }
    parts.push({
      from: start + 1,
      to: start + slice.length,
      indicators: slice.map((c) => c.listed),
      heads,
    });
  }
  return parts;
}
