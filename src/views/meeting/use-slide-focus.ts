import { useEffect, useRef, type RefObject } from 'react';
import { useI18n } from '../../components/i18n-context';

/** The slide shown: what its heading says and where it is in the deck. */
export interface ShownSlide {
  readonly key: string;
  readonly title: string;
  readonly index: number;
  readonly count: number;
}

/**
 * When the slide changes, its heading takes the focus (so a screen reader reads it, and Tab starts
 * from it) and the live region says "Bild 3 av 12: title". The first slide takes the focus too,
 * unannounced: the change of view is announced by its title. While the focus is in the slide list
 * (ticking slides may change the one shown) it stays there.
 */
export function useSlideFocus(
  heading: RefObject<HTMLHeadingElement | null>,
  shown: ShownSlide | undefined,
  announce: (text: string) => void,
): void {
  const { t } = useI18n();
  const last = useRef<string | undefined>(undefined);
  const key = shown ? `${shown.index}|${shown.count}|${shown.key}` : undefined;
  useEffect(() => {
    if (!shown || key === undefined || key === last.current) return;
    const first = last.current === undefined;
    last.current = key;
    if (!document.activeElement?.closest('[data-testid="slide-list"]'))
      heading.current?.focus({ preventScroll: true });
    if (!first)
      announce(t('meetingAnnounce', { n: shown.index + 1, count: shown.count, title: shown.title }));
    // The slide's key stands for the slide: its other fields follow from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, heading, announce, t]);
}
