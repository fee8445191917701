import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** At least this many columns are drawn: a matrix of normal size is drawn whole. */
export const MIN_WINDOW_COLUMNS = 40;
/**
 * Up to this many columns a grid's cells are drawn in the render that asks for them; more, and the
 * matrix draws them a render behind (see MatrixGrid).
 */
export const EAGER_COLUMNS = 80;
/**
 * Columns drawn beyond each edge of the visible ones. Eight made 47 columns at 1366 px with two
 * thousand indicators, and the frame that laid out and painted the window's last rows 52–61 ms;
 * four make 40 (the minimum), and no such frame over 50 ms in three walks.
 */
const OVERSCAN = 4;
/**
 * A column's width before one has been measured: 2.8rem at 16 px and the border between columns
 * (styles.css, .indicator-head), as Chromium lays it out.
 */
const FALLBACK_WIDTH = 45.8;

export interface ColumnWindow {
  /** The scrolling container. */
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  /** Where a drawn column's width is measured: any one column head. */
  readonly measureRef: (element: HTMLElement | null) => void;
  /** The columns drawn: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly columnWidth: number;
  /**
   * The first column wholly in view (or the one the keyboard was last brought to): not the one cut
   * by the view's left edge, which at narrow widths sits under the county names stuck to the left.
   */
  readonly leftColumn: number;
  /** Brings a column into the drawn range and into view (the keyboard moved there). */
  readonly reveal: (column: number) => void;
}

function windowAt(first: number, count: number, visible: number): { start: number; end: number } {
  const size = Math.min(count, Math.max(MIN_WINDOW_COLUMNS, visible + 2 * OVERSCAN));
  const start = Math.max(0, Math.min(count - size, first - OVERSCAN));
  return { start, end: start + size };
}

/**
 * The first column whose left edge is at or right of the scroll position: wholly in view whether the
 * first (county) column scrolls away with the rest or sticks to the left and covers that much of
 * the view (the columns start one county column to the right of the scroll origin). Half a pixel of
 * the layout's rounding counts as in place.
 */
function wholeColumnAt(scrollLeft: number, columnWidth: number): number {
  return Math.max(0, Math.ceil((scrollLeft - 0.5) / columnWidth));
}

/**
 * Horizontal windowing for a grid of many equal-width columns (two thousand indicators): only the
 * columns near the scrolled-to place are drawn; the rest are spacers of their width, so the scroll
 * range stays true. The window follows the container's scroll.
 */
export function useColumnWindow(count: number): ColumnWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [columnWidth, setColumnWidth] = useState(FALLBACK_WIDTH);
  const [first, setFirst] = useState(0);
  const [visible, setVisible] = useState(0);
  const [leftColumn, setLeftColumn] = useState(0);
  // Where the view's left edge is, in columns (fractional), and the width that was measured with.
  const left = useRef({ column: 0, width: FALLBACK_WIDTH });
  // Measured once laid out (a ResizeObserver), never by forcing a layout in the render's own task.
  const observer = useRef<ResizeObserver | null>(null);
  const measureRef = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(() => {
      const width = element.getBoundingClientRect().width;
      if (width > 0) setColumnWidth((w) => (Math.abs(width - w) > 0.5 ? width : w));
    });
    observer.current.observe(element);
  }, []);
  // A new width (the first measure, another font size) keeps the column at the left edge where it
  // was: the spacers' widths have changed under the scroll position, and the window read from that
  // position would be elsewhere (a jump, which takes the focused cell out of the page).
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || left.current.width === columnWidth) return;
    const column = left.current.column;
    left.current = { column, width: columnWidth };
    if (column > 0) element.scrollLeft = column * columnWidth;
  }, [columnWidth]);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      left.current = { column: element.scrollLeft / columnWidth, width: columnWidth };
      setFirst(Math.floor(element.scrollLeft / columnWidth));
      setLeftColumn(wholeColumnAt(element.scrollLeft, columnWidth));
      setVisible(Math.ceil(element.clientWidth / columnWidth));
    };
    const onScroll = (): void => {
      frame ||= requestAnimationFrame(update);
    };
    // Read once laid out (a ResizeObserver reports after layout): reading the sizes here, in the
    // commit's task, would force a layout of the whole page into the task that opens the view.
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    if (resize) resize.observe(element);
    else update();
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      resize?.disconnect();
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [columnWidth]);
  const { start, end } = windowAt(first, count, visible);
  const reveal = useCallback(
    (column: number) => {
      const element = scrollRef.current;
      const { start: s, end: e } = windowAt(first, count, visible);
      if (column >= s && column < e) return;
      setFirst(column);
      setLeftColumn(column);
      if (!element) return;
      element.scrollLeft = Math.max(0, column * columnWidth - element.clientWidth / 2);
      left.current = { column: element.scrollLeft / columnWidth, width: columnWidth };
    },
    [first, count, visible, columnWidth],
  );
  return { scrollRef, measureRef, start, end, columnWidth, leftColumn, reveal };
}
