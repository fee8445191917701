import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint` (the browser's print dialog,
 * "Spara som PDF"), or while print media applies (`matchMedia('print')`: what `page.pdf()` and a
 * print preview emulate). Parts that draw only a window of their content (the matrix's columns, a long
 * list built in slices) draw all of it while this is true, so that nothing is lost on paper.
 */
let printing = false;
const listeners = new Set<() => void>();
let stopWatching: (() => void) | undefined;

function set(next: boolean): void {
  if (next === printing) return;
  printing = next;
  // Synchronously: the browser lays the printout out right after `beforeprint` returns.
  flushSync(() => listeners.forEach((listener) => listener()));
}

function watch(): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia('print');
  const onMedia = (): void => set(media.matches);
  const before = (): void => set(true);
  const after = (): void => set(media.matches);
  media.addEventListener('change', onMedia);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  printing = media.matches;
  return () => {
    media.removeEventListener('change', onMedia);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stopWatching ??= watch();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}

const get = (): boolean => printing;
const getServer = (): boolean => false;

/** True while the page is printed (see above). */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, get, getServer);
}
