/** The part of Web Storage the app's small lists use (sessionStorage, localStorage, or a stand-in). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A Web Storage of the page, or undefined where the browser refuses it (some private modes, sandboxes). */
export function browserStorage(kind: 'sessionStorage' | 'localStorage'): KeyValueStorage | undefined {
  try {
    const storage = globalThis[kind];
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A list of strings kept under `key`; anything unreadable there reads as empty. */
export function readList(storage: KeyValueStorage | undefined, key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Writes the list; a storage that refuses (full, gone) leaves the page's own copy to carry on. */
export function writeList(storage: KeyValueStorage | undefined, key: string, list: readonly string[]): void {
  try {
    if (list.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(list));
  } catch {
    // Kept in the page only.
  }
}
