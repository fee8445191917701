import type { Source, Workspace } from '../data/workspace/workspace';
import { EMPTY_WORKSPACE } from '../data/workspace/workspace';

/** Where the workspace is kept between visits. Every method may reject with a StorageError. */
export interface WorkspaceStore {
  readonly persistent: boolean;
  load(): Promise<Workspace>;
  putSource(source: Source): Promise<void>;
  deleteSource(id: string): Promise<void>;
  /** Indicators, targets and mappings: everything but the sources. */
  putSettings(workspace: Workspace): Promise<void>;
  replaceAll(workspace: Workspace): Promise<void>;
}

export class StorageError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'quota' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

const DB_NAME = 'regionala-resultat';
const DB_VERSION = 1;
const SOURCES = 'sources';
const SETTINGS = 'settings';
const SETTINGS_KEY = 'workspace';

function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError(
    name === 'QuotaExceededError'
      ? 'quota'
      : name === 'InvalidStateError' || name === 'SecurityError'
        ? 'unavailable'
        : 'failed',
    message,
  );
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(asStorageError(req.error));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(asStorageError(tx.error));
    tx.onabort = () => reject(asStorageError(tx.error ?? new DOMException('aborted', 'AbortError')));
  });
}

interface Settings {
  readonly indicators: Workspace['indicators'];
  readonly targets: Workspace['targets'];
  readonly mappings: Workspace['mappings'];
}

/** The browser's IndexedDB: files are stored as Blobs, so nothing is read into the page to save them. */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): WorkspaceStore {
  let opening: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) {
        reject(new StorageError('unavailable', 'IndexedDB is not available'));
        return;
      }
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(DB_NAME, DB_VERSION);
      } catch (error) {
        reject(asStorageError(error));
        return;
      }
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(SOURCES)) db.createObjectStore(SOURCES, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(asStorageError(req.error));
      req.onblocked = () => reject(new StorageError('failed', 'the database is blocked by another tab'));
    });
    opening.catch(() => {
      opening = undefined;
    });
    return opening;
  };
  const settingsOf = (w: Workspace): Settings => ({
    indicators: w.indicators,
    targets: w.targets,
    mappings: w.mappings,
  });

  return {
    persistent: true,
    async load() {
      const db = await open();
      const tx = db.transaction([SOURCES, SETTINGS], 'readonly');
      const sources = (await request(tx.objectStore(SOURCES).getAll())) as Source[];
      const settings = (await request(tx.objectStore(SETTINGS).get(SETTINGS_KEY))) as Settings | undefined;
      return {
        sources: [...sources].sort((a, b) => a.addedAt.localeCompare(b.addedAt)),
        indicators: settings?.indicators ?? [],
        targets: settings?.targets ?? [],
        mappings: settings?.mappings ?? [],
      };
    },
    async putSource(source) {
      const db = await open();
      const tx = db.transaction(SOURCES, 'readwrite');
      tx.objectStore(SOURCES).put(source);
      await done(tx);
    },
    async deleteSource(id) {
      const db = await open();
      const tx = db.transaction(SOURCES, 'readwrite');
      tx.objectStore(SOURCES).delete(id);
      await done(tx);
    },
    async putSettings(workspace) {
      const db = await open();
      const tx = db.transaction(SETTINGS, 'readwrite');
      tx.objectStore(SETTINGS).put(settingsOf(workspace), SETTINGS_KEY);
      await done(tx);
    },
    async replaceAll(workspace) {
      const db = await open();
      const tx = db.transaction([SOURCES, SETTINGS], 'readwrite');
      const sources = tx.objectStore(SOURCES);
      sources.clear();
      for (const source of workspace.sources) sources.put(source);
      tx.objectStore(SETTINGS).put(settingsOf(workspace), SETTINGS_KEY);
      await done(tx);
    },
  };
}

/** Kept in the page only: for when the browser will not store anything (some private modes). */
export function memoryStore(): WorkspaceStore {
  let current: Workspace = EMPTY_WORKSPACE;
  return {
    persistent: false,
    load: () => Promise.resolve(current),
    putSource: (source) => {
      current = { ...current, sources: [...current.sources.filter((s) => s.id !== source.id), source] };
      return Promise.resolve();
    },
    deleteSource: (id) => {
      current = { ...current, sources: current.sources.filter((s) => s.id !== id) };
      return Promise.resolve();
    },
    putSettings: (w) => {
      current = { ...current, indicators: w.indicators, targets: w.targets, mappings: w.mappings };
      return Promise.resolve();
    },
    replaceAll: (w) => {
      current = w;
      return Promise.resolve();
    },
  };
}
