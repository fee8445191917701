import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

let cachedSearch: string | undefined;
let cachedState: UrlState | undefined;

function snapshot(): UrlState {
  const search = window.location.search;
  if (search !== cachedSearch || cachedState === undefined) {
    cachedSearch = search;
    cachedState = parseUrlState(search);
  }
  return cachedState;
}

/** The selection, read from and written to the URL; back and forward restore earlier selections. */
export function useUrlState(): [UrlState, (change: Partial<UrlState>) => void] {
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);
  const update = useCallback((change: Partial<UrlState>) => {
    const next = { ...snapshot(), ...change };
    const search = serializeUrlState(next);
    if (search !== window.location.search) {
      window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      for (const listener of listeners) listener();
    }
  }, []);
  return [state, update];
}
