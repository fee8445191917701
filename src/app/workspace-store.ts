import type { Source, Workspace } from '../data/workspace/workspace';
import { EMPTY_WORKSPACE } from '../data/workspace/workspace';
import { migrateWorkspace, WORKSPACE_VERSION } from '../data/workspace/workspace-migrations';
import { storedStrategy, type StoredStrategy } from '../data/workspace/strategy-part';
import { readLearningLog } from '../data/workspace/learning-log-part';
import type { Json } from '../data/workspace/workspace-parts';
import { withDeadline } from '../workers/deadline';

/** Opening the store and reading the workspace give up after this long (the app runs without them). */
export const STORE_READ_TIMEOUT_MS = 10_000;

/**
 * The read deadline a store starts with: STORE_READ_TIMEOUT_MS, unless the page carries the test seam
 * `window.__rrTestStoreReadMs` (a positive number of milliseconds). Only the end-to-end tests set it
 * (page.addInitScript), so a store that never answers is given up in seconds; a real page never has
 * it. The banner states the same figure, so what the app says is always the time it waited.
 */
export function storeReadTimeoutMs(): number {
  const given: unknown = (globalThis as { __rrTestStoreReadMs?: unknown }).__rrTestStoreReadMs;
  return typeof given === 'number' && Number.isFinite(given) && given > 0 ? given : STORE_READ_TIMEOUT_MS;
}

/** A write gives up after this long (a file of up to 500 MB is written as one Blob). */
export const STORE_WRITE_TIMEOUT_MS = 60_000;

/** Where the workspace is kept between visits. Every method may reject with a StorageError. */
export interface WorkspaceStore {
  readonly persistent: boolean;
  load(): Promise<Workspace>;
  putSource(source: Source): Promise<void>;
  deleteSource(id: string): Promise<void>;
  /** Indicators, targets, mappings and the strategy: everything but the sources. */
  putSettings(workspace: Workspace): Promise<void>;
  replaceAll(workspace: Workspace): Promise<void>;
}

export class StorageError extends Error {
  constructor(
    /** timeout: the browser's store did not answer in time (STORE_READ_TIMEOUT_MS, STORE_WRITE_TIMEOUT_MS). */
    readonly kind: 'unavailable' | 'quota' | 'failed' | 'timeout',
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
/** The saved format's version (WORKSPACE_VERSION), beside the settings; none: the first version's. */
const VERSION_KEY = 'version';

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
  /** Absent in what version 2 wrote; null when there is no strategy. */
  readonly strategy?: Workspace['strategy'] | null;
  /** "Visa exempeldata" as last chosen; absent or null: never chosen. */
  readonly showExample?: boolean | null;
  /** The learning log; absent in what version 3 and earlier wrote. */
  readonly notes?: Workspace['notes'];
  readonly assessments?: Workspace['assessments'];
  readonly snapshots?: Workspace['snapshots'];
}

const late = (what: string, ms: number) => (): StorageError =>
  new StorageError('timeout', `${what}: no answer from the browser's store in ${Math.round(ms / 1000)} s`);

/**
 * The browser's IndexedDB: files are stored as Blobs, so nothing is read into the page to save them.
 * Every call gives up with a StorageError('timeout') when the store does not answer in time.
 */
export function indexedDbStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  readMs = storeReadTimeoutMs(),
  writeMs = STORE_WRITE_TIMEOUT_MS,
): WorkspaceStore {
  const store = untimedIndexedDbStore(factory);
  const write =
    <A extends unknown[]>(what: string, run: (...args: A) => Promise<void>) =>
    (...args: A): Promise<void> =>
      withDeadline(run(...args), writeMs, late(what, writeMs));
  return {
    persistent: true,
    load: () => withDeadline(store.load(), readMs, late('load', readMs)),
    putSource: write('putSource', store.putSource),
    deleteSource: write('deleteSource', store.deleteSource),
    putSettings: write('putSettings', store.putSettings),
    replaceAll: write('replaceAll', store.replaceAll),
  };
}

function untimedIndexedDbStore(factory: IDBFactory | undefined): WorkspaceStore {
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
    strategy: w.strategy ?? null,
    showExample: w.showExample ?? null,
    notes: w.notes,
    assessments: w.assessments,
    snapshots: w.snapshots,
  });

  // Every write says which version wrote it, so that a later version knows what it reads.
  const stamp = (tx: IDBTransaction): void => {
    tx.objectStore(SETTINGS).put(WORKSPACE_VERSION, VERSION_KEY);
  };
  const replaceAll = async (workspace: Workspace): Promise<void> => {
    const db = await open();
    const tx = db.transaction([SOURCES, SETTINGS], 'readwrite');
    const sources = tx.objectStore(SOURCES);
    sources.clear();
    for (const source of workspace.sources) sources.put(source);
    tx.objectStore(SETTINGS).put(settingsOf(workspace), SETTINGS_KEY);
    stamp(tx);
    await done(tx);
  };

  return {
    persistent: true,
    async load() {
      const db = await open();
      const tx = db.transaction([SOURCES, SETTINGS], 'readonly');
      const stored = (await request(tx.objectStore(SOURCES).getAll())) as Source[];
      const settings = (await request(tx.objectStore(SETTINGS).get(SETTINGS_KEY))) as Settings | undefined;
      const version = (await request(tx.objectStore(SETTINGS).get(VERSION_KEY))) as number | undefined;
      const migrated = migrateWorkspace({
        version: version ?? 1,
        sources: [...stored].sort((a, b) => a.addedAt.localeCompare(b.addedAt)),
        indicators: settings?.indicators ?? [],
        targets: settings?.targets ?? [],
        mappings: settings?.mappings ?? [],
        strategy: settings?.strategy ?? null,
        showExample: settings?.showExample ?? null,
        notes: settings?.notes,
        assessments: settings?.assessments,
        snapshots: settings?.snapshots,
      });
      if (!migrated.ok) {
        // Saved by a newer version of the app (then an older one opened): left as it is, not overwritten.
        throw new StorageError(
          'failed',
          migrated.problem === 'newer'
            ? `the saved workspace is version ${migrated.version}; this version of the app reads up to ${WORKSPACE_VERSION}`
            : 'the saved workspace has no version this app can read',
        );
      }
      // The app's own store: what the migrations give back has the shape the latest version writes.
      const doc = migrated.doc as unknown as Workspace;
      const workspace: Workspace = {
        sources: doc.sources,
        indicators: doc.indicators,
        targets: doc.targets,
        mappings: doc.mappings,
        strategy: storedStrategy(doc.strategy as StoredStrategy | null),
        // Only a yes or a no is a choice; anything else stored is as if never chosen.
        showExample: typeof doc.showExample === 'boolean' ? doc.showExample : undefined,
        // Checked as a file's would be: an item another tab or version wrote wrongly is left out.
        ...learningLogOf(doc),
      };
      // Stored by an earlier version: written back migrated, so that every later write adds to
      // data of one version. If that fails the workspace is still read, and migrated again next time.
      if (migrated.from < WORKSPACE_VERSION && (stored.length > 0 || settings !== undefined))
        await replaceAll(workspace).catch(() => undefined);
      return workspace;
    },
    async putSource(source) {
      const db = await open();
      const tx = db.transaction([SOURCES, SETTINGS], 'readwrite');
      tx.objectStore(SOURCES).put(source);
      stamp(tx);
      await done(tx);
    },
    async deleteSource(id) {
      const db = await open();
      const tx = db.transaction([SOURCES, SETTINGS], 'readwrite');
      tx.objectStore(SOURCES).delete(id);
      stamp(tx);
      await done(tx);
    },
    async putSettings(workspace) {
      const db = await open();
      const tx = db.transaction(SETTINGS, 'readwrite');
      tx.objectStore(SETTINGS).put(settingsOf(workspace), SETTINGS_KEY);
      stamp(tx);
      await done(tx);
    },
    replaceAll,
  };
}

/** The learning log of what the store holds, each item checked (workspace file rules). */
function learningLogOf(doc: Workspace): Pick<Workspace, 'notes' | 'assessments' | 'snapshots'> {
  const { notes, assessments, snapshots, problems } = readLearningLog(doc as unknown as Record<string, Json>);
  // The store is the app's own: a problem here is a bug or another version's write, said in the console.
  for (const p of problems) console.warn(`workspace store: ${p.part}: ${p.text.en}`);
  return { notes, assessments, snapshots };
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
      current = {
        ...current,
        indicators: w.indicators,
        targets: w.targets,
        mappings: w.mappings,
        strategy: w.strategy,
        showExample: w.showExample,
        notes: w.notes,
        assessments: w.assessments,
        snapshots: w.snapshots,
      };
      return Promise.resolve();
    },
    replaceAll: (w) => {
      current = w;
      return Promise.resolve();
    },
  };
}
