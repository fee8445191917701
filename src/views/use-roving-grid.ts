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
  /**
   * After a render: if the focused cell left the page without a key moving it (the drawn window
   * scrolled away from it), focus goes to `cell`, the grid's Tab stop now, as soon as it is drawn.
   */
  readonly keepFocus: (cell: GridCell) => void;
}

/**
 * Focuses a cell the keyboard moved to, scrolled wholly into view: focus() alone leaves a cell where
 * it is when part of it shows, and at narrow widths that part may be under the county names stuck
 * to the left, which the scroll container's scroll-padding keeps clear (styles.css).
 */
function focusInView(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  // jsdom has no scrollIntoView.
  if ('scrollIntoView' in element) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
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
  // The focused cell left the page (its element went while it had focus).
  const lost = useRef(false);
  // A cell focused by keepFocus is not scrolled to: the user scrolled the grid where it is.
  const quietly = useRef(false);
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
    if (element) focusInView(element);
  };
  const cellRef = useCallback(
    ({ row, col }: GridCell) =>
      (element: HTMLButtonElement | null): void => {
        const key = `${row}:${col}`;
        if (element) {
          cells.current.set(key, element);
          if (pending.current === key) {
            pending.current = undefined;
            if (quietly.current) element.focus({ preventScroll: true });
            else focusInView(element);
            quietly.current = false;
          }
        } else {
          // Still in the page while its ref is let go: whether it had focus can be read.
          if (cells.current.get(key) === document.activeElement) lost.current = true;
          cells.current.delete(key);
        }
      },
    [],
  );
  const keepFocus = useCallback(({ row, col }: GridCell): void => {
    if (!lost.current) return;
    lost.current = false;
    // A key's move is on its way to its own cell (Ctrl+End to a cell not drawn yet).
    if (pending.current !== undefined || document.activeElement !== document.body) return;
    // The cell focused is the active one: the arrow keys move on from where focus is.
    setActive({ row, col });
    const key = `${row}:${col}`;
    const element = cells.current.get(key);
    if (element) element.focus({ preventScroll: true });
    else {
      pending.current = key;
      quietly.current = true;
    }
  }, []);
  return { current, setActive, cellRef, onKeyDown, keepFocus };
}
