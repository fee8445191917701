import { useLayoutEffect } from 'react';

/** The class on <body> while Mötesläge is shown: the page's header, nav and footer step aside. */
export const MEETING_PAGE_CLASS = 'meeting-open';

/**
 * Marks <body> while the meeting view is mounted, before the first paint. A class rather than
 * `body:has(.meeting)` in the style sheet: with that selector every change anywhere in the page (a
 * county change on Indikator) made the browser restyle the whole document (about 1 500 elements).
 */
export function useMeetingPage(): void {
  useLayoutEffect(() => {
    document.body.classList.add(MEETING_PAGE_CLASS);
    return () => document.body.classList.remove(MEETING_PAGE_CLASS);
  }, []);
}
