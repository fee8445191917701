import { browserStorage, readList, writeList, type KeyValueStorage } from './session-list';

const IMPORTING = 'rr:importing';
const FAILED = 'rr:import-failed';
const GOOD = 'rr:import-good';

/** One import's claim on the marker: only the latest import's claim may be settled. */
export interface ImportClaim {
  readonly serial: number;
  /** The stored files this import reads for the first time (the suspects, if it never ends). */
  readonly suspects: readonly string[];
}

export interface ImportMarker {
  /** At the page's start: what an import was reading when the page last ended is now failed. */
  recover(): void;
  /** Marks the files (by key) an import is about to read; those read well before are not suspects. */
  begin(keys: readonly string[]): ImportClaim;
  /** The import ended: its files are known to read well. */
  finish(claim: ImportClaim): void;
  /** The import crashed or timed out: its suspects failed. Returns them. */
  fail(claim: ImportClaim): readonly string[];
  /** The user asks to read this file again (or removed it). */
  forget(key: string): void;
  failed(): readonly string[];
  subscribe(listener: () => void): () => void;
}

/**
 * A stored file whose import crashed the tab or timed out is not read again blindly: before the
 * stored files are imported, the ones never read well before are written down (localStorage, which
 * survives a crash); when the import ends the note is cleared. A note still there on the next visit
 * means that import never ended: those files are skipped until the user asks to read them again.
 */
export function importMarker(storage: KeyValueStorage | undefined): ImportMarker {
  let failed: readonly string[] = readList(storage, FAILED);
  let serial = 0;
  const listeners = new Set<() => void>();
  const setFailed = (next: readonly string[]): void => {
    failed = next;
    writeList(storage, FAILED, next);
    for (const listener of listeners) listener();
  };
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  return {
    recover() {
      const left = readList(storage, IMPORTING);
      writeList(storage, IMPORTING, []);
      if (left.length > 0) setFailed(union(failed, left));
    },
    begin(keys) {
      const good = new Set(readList(storage, GOOD));
      const suspects = keys.filter((k) => !good.has(k));
      // Files no longer in the workspace are forgotten, so the list stays the workspace's size.
      writeList(
        storage,
        GOOD,
        keys.filter((k) => good.has(k)),
      );
      writeList(storage, IMPORTING, suspects);
      return { serial: ++serial, suspects };
    },
    finish(claim) {
      if (claim.serial !== serial) return;
      writeList(storage, GOOD, union(readList(storage, GOOD), claim.suspects));
      writeList(storage, IMPORTING, []);
    },
    fail(claim) {
      if (claim.serial !== serial) return [];
      writeList(storage, IMPORTING, []);
      if (claim.suspects.length > 0) setFailed(union(failed, claim.suspects));
      return claim.suspects;
    },
    forget(key) {
      writeList(
        storage,
        GOOD,
        readList(storage, GOOD).filter((k) => k !== key),
      );
      if (failed.includes(key)) setFailed(failed.filter((k) => k !== key));
    },
    failed: () => failed,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's marker, in localStorage (or in the page only where the browser keeps nothing). */
export const pageImportMarker = importMarker(browserStorage('localStorage'));
