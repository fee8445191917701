import { createContext, useCallback, useState, type ReactElement } from 'react';

/** How a view says something in the page's one live region (the app provides it). */
export const Announce = createContext<(text: string) => void>(() => undefined);

/**
 * The page's one polite live region (WCAG 4.1.3): visually hidden, present from the first render
 * and empty until there is something to say, so screen readers pick up each change of its text.
 */
export function LiveStatus({ message }: { readonly message: string }): ReactElement {
  return (
    <p className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="live-status">
      {message}
    </p>
  );
}

/** The live region's text and how to say something new; the same words twice are still announced. */
export function useAnnouncer(): { readonly message: string; readonly announce: (text: string) => void } {
  const [message, setMessage] = useState('');
  // A trailing no-break space makes a repeated message a change of text, which is announced again.
  const announce = useCallback(
    (text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );
  return { message, announce };
}
