import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
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
 */
export function useTitleSink(view: string, announce: (text: string) => void, t: Translate): TitleSink {
  const [title, setTitle] = useState<string | undefined>(undefined);
  const lastView = useRef<string | undefined>(undefined);
  useEffect(() => {
    document.title = title === undefined ? t('appTitle') : t('documentTitle', { title });
  }, [title, t]);
  return useCallback(
    (next: string) => {
      setTitle(next);
      if (lastView.current !== undefined && lastView.current !== view) announce(next);
      lastView.current = view;
    },
    [view, announce],
  );
}
