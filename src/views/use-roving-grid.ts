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
 * In a windowed grid the cell moved to may not be drawn yet: `reveal` asks for it, and it gets
 * focus as soon as it is drawn.
 */
export function useRovingGrid(
  rowCount: number,
  colCount: number,
  reveal?: (cell: GridCell) => void,
): RovingGrid {
  const [active, setActive] = useState<GridCell>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLButtonElement>());
  const pending = useRef<string | undefined>(undefined);
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
    const key = `${next.row}:${next.col}`;
    const element = cells.current.get(key);
    pending.current = element ? undefined : key;
    reveal?.(next);
    element?.focus();
  };
  const cellRef = useCallback(
    ({ row, col }: GridCell) =>
      (element: HTMLButtonElement | null): void => {
        const key = `${row}:${col}`;
        if (element) {
          cells.current.set(key, element);
          if (pending.current === key) {
            pending.current = undefined;
            element.focus();
          }
        } else cells.current.delete(key);
      },
    [],
  );
  return { current, setActive, cellRef, onKeyDown };
}
