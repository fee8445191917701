/**
 * Where a key moves in a grid of `rows` × `cols` cells from (row, col), as the ARIA grid pattern
 * has it: arrows by one cell, Home and End to the row's ends, Ctrl+Home and Ctrl+End to the grid's
 * first and last cell. Undefined for any other key.
 */
export function gridMove(
  key: string,
  ctrl: boolean,
  at: { readonly row: number; readonly col: number },
  rows: number,
  cols: number,
): { row: number; col: number } | undefined {
  const clamp = (v: number, n: number): number => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, cols) };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, cols) };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), col: at.col };
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), col: at.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: at.row, col: cols - 1 };
    default:
      return undefined;
  }
}
