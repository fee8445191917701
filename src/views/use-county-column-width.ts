import { useCallback, useRef } from 'react';

/**
 * A ref for the matrix's corner cell: its laid-out width becomes the scroll container's
 * `--county-width`, the room the county names stuck to the left take at narrow widths, which
 * styles.css makes the container's scroll-padding, so a cell the keyboard reaches is scrolled out
 * from under them. Written to the element's style, not to state: nothing re-renders for it.
 */
export function useCountyColumnWidth(): (element: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    const scroller = element?.closest<HTMLElement>('.matrix-scroll');
    if (!element || !scroller || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => {
      const width = entries[0]?.borderBoxSize[0]?.inlineSize;
      if (width !== undefined) scroller.style.setProperty('--county-width', `${width}px`);
    });
    observer.current.observe(element);
  }, []);
}
