import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { gridMove } from './grid-keys';

export interface GridCell {
  readonly row: number;
  readonly col: number;
}

export interface RovingGrid {
  /** The cell that is the grid's one Tab stop. */
  readonly current: GridCell;
  /** Makes a cell the Tab stop (a cell that gets focus by click or Tab). */
  readonly setActive: (cell: GridCell) => void;
  /** The ref for a cell's control. */
  readonly cellRef: (cell: GridCell) => (element: HTMLButtonElement | null) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * One Tab stop for a whole grid (a roving tabindex): the active cell; arrow keys, Home/End and
 * Ctrl+Home/End move it and its focus. The active cell stays inside the grid when the grid shrinks.
 */
export function useRovingGrid(rowCount: number, colCount: number): RovingGrid {
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const current = {
    row: Math.min(active.row, Math.max(rowCount - 1, 0)),
    col: Math.min(active.col, Math.max(colCount - 1, 0)),
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (rowCount === 0 || colCount === 0) return;
    const next = gridMove(event.key, event.ctrlKey || event.metaKey, current, rowCount, colCount);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    cells.current.get(`${next.row}:${next.col}`)?.focus();
  };
  const cellRef = useCallback(
    ({ row, col }: GridCell) =>
      (element: HTMLButtonElement | null): void => {
        if (element) cells.current.set(`${row}:${col}`, element);
        else cells.current.delete(`${row}:${col}`);
      },
    [],
  );
  return { current, setActive, cellRef, onKeyDown };
}
