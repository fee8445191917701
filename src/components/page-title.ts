import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import type { Translate } from '../i18n/dictionary';

/** Where a view reports its title (in the current language) once it has rendered. */
export type TitleSink = (title: string) => void;

export const PageTitleSink = createContext<TitleSink>(() => undefined);

/**
 * Declares the shown view's title: the app makes it the document title (WCAG 2.4.2) and, after a
 * change of view, announces it. Reported from an effect, so only once the view is on the page.
 */
export function usePageTitle(title: string): void {
  const report = useContext(PageTitleSink);
  useEffect(() => report(title), [report, title]);
}

/**
 * For the app: what views report their title to. Sets the document title in the current language
 * and, when the reporting view is not the one before (a change of view, not the first load, not a
 * change of county or language), announces the new view's title.
 *
 * The title is written to the document here, not kept in the app's state: a state would render the
 * whole app shell again after every change of county (the title names the county), in the same
 * frame as the charts it redraws.
 */
export function useTitleSink(view: string, announce: (text: string) => void, t: Translate): TitleSink {
  const lastView = useRef<string | undefined>(undefined);
  const title = useRef<string | undefined>(undefined);
  const translate = useRef(t);
  // A view reports from its own effect, which runs before this one (a child's first): on a change of
  // language its new title may come before `translate` is the new language's, so it is set again here.
  useEffect(() => {
    translate.current = t;
    setDocumentTitle(
      title.current === undefined ? t('appTitle') : t('documentTitle', { title: title.current }),
    );
  }, [t]);
  return useCallback(
    (next: string) => {
      title.current = next;
      setDocumentTitle(translate.current('documentTitle', { title: next }));
      if (lastView.current !== undefined && lastView.current !== view) announce(next);
      lastView.current = view;
    },
    [view, announce],
  );
}

function setDocumentTitle(text: string): void {
  if (document.title !== text) document.title = text;
}
