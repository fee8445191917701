import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** At least this many columns are drawn: a matrix of normal size is drawn whole. */
export const MIN_WINDOW_COLUMNS = 40;
/** Columns drawn beyond each edge of the visible ones. */
const OVERSCAN = 8;
/** A column's width before one has been measured (2.8rem at 16 px). */
const FALLBACK_WIDTH = 46;

export interface ColumnWindow {
  /** The scrolling container. */
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  /** Where a drawn column's width is measured: any one column head. */
  readonly measureRef: (element: HTMLElement | null) => void;
  /** The columns drawn: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly columnWidth: number;
  /** Brings a column into the drawn range and into view (the keyboard moved there). */
  readonly reveal: (column: number) => void;
}

function windowAt(first: number, count: number, visible: number): { start: number; end: number } {
  const size = Math.min(count, Math.max(MIN_WINDOW_COLUMNS, visible + 2 * OVERSCAN));
  const start = Math.max(0, Math.min(count - size, first - OVERSCAN));
  return { start, end: start + size };
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
  const measured = useRef<HTMLElement | null>(null);
  const measureRef = useCallback((element: HTMLElement | null) => {
    measured.current = element;
  }, []);
  useLayoutEffect(() => {
    const width = measured.current?.getBoundingClientRect().width ?? 0;
    if (width > 0 && Math.abs(width - columnWidth) > 0.5) setColumnWidth(width);
  }, [columnWidth, count]);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      setFirst(Math.floor(element.scrollLeft / columnWidth));
      setVisible(Math.ceil(element.clientWidth / columnWidth));
    };
    const onScroll = (): void => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
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
      if (element) element.scrollLeft = Math.max(0, column * columnWidth - element.clientWidth / 2);
    },
    [first, count, visible, columnWidth],
  );
  return { scrollRef, measureRef, start, end, columnWidth, reveal };
}
