import { browserStorage, readList, writeList, type KeyValueStorage } from './session-list';

const KEY = 'rr:link-consent';

export interface LinkConsent {
  /** Whether the user agreed to fetch this link (in this tab's session). */
  has(url: string): boolean;
  grant(url: string): void;
  subscribe(listener: () => void): () => void;
  /** Changes whenever a consent is given: for useSyncExternalStore. */
  version(): number;
}

/**
 * The links the user agreed to fetch, per URL, for this tab's session only (sessionStorage): a link
 * that arrives in a shared address is fetched only after the user says so, and is not asked about
 * again on a reload of the same tab.
 */
export function linkConsent(storage: KeyValueStorage | undefined): LinkConsent {
  const granted = new Set(readList(storage, KEY));
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    has: (url) => granted.has(url),
    grant(url) {
      if (granted.has(url)) return;
      granted.add(url);
      writeList(storage, KEY, [...granted]);
      version++;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

/** The page's consents. */
export const pageLinkConsent = linkConsent(browserStorage('sessionStorage'));
