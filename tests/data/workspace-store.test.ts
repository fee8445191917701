import { QueryClient } from '@tanstack/react-query';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workspaceQuery, type LoadedWorkspace } from '../../src/app/queries';
import { EMPTY_WORKSPACE, type Source, type Workspace } from '../../src/data/workspace/workspace';
import { WORKSPACE_VERSION } from '../../src/data/workspace/workspace-migrations';
import {
  indexedDbStore,
  memoryStore,
  StorageError,
  type WorkspaceStore,
} from '../../src/app/workspace-store';
import {
  ALL_BYTES,
  bytesOf,
  INDICATOR_A,
  INDICATOR_B,
  sourceOf,
  TARGET_WITH_BASELINE,
  TARGET_WITHOUT_BASELINE,
  workspaceOf,
} from '../support/workspace-builder';

const SETTINGS: Pick<Workspace, 'indicators' | 'targets' | 'mappings'> = {
  indicators: [INDICATOR_A, INDICATOR_B],
  targets: [TARGET_WITH_BASELINE, TARGET_WITHOUT_BASELINE],
  mappings: [
    { shape: 'kod|tid|antal', options: { columns: { region: 0, period: 1, value: 2 }, indicator: 'antal' } },
  ],
};

function idsOf(workspace: Workspace): string[] {
  return workspace.sources.map((s) => s.id);
}

describe.each([
  ['indexedDbStore (fake-indexeddb)', (): WorkspaceStore => indexedDbStore(new IDBFactory()), true],
  ['memoryStore', (): WorkspaceStore => memoryStore(), false],
])('%s', (_, freshStore, persistent) => {
  it(`says persistent: ${persistent}`, () => {
    expect(freshStore().persistent).toBe(persistent);
  });

  it('loads an empty workspace from an empty store', async () => {
    expect(await freshStore().load()).toEqual(EMPTY_WORKSPACE);
  });

  it('gives back a source put in, with name, time, options and the same bytes', async () => {
    const store = freshStore();
    const source = sourceOf('s1', ALL_BYTES, {
      name: 'Län.xlsx',
      addedAt: '2024-02-01T12:00:00.000Z',
      options: { columns: { region: 0, periods: [1, 2] }, sheet: 'Blad1' },
    });
    await store.putSource(source);
    const back = await store.load();
    expect(back.sources.map((s) => [s.id, s.name, s.addedAt, s.options])).toEqual([
      [
        's1',
        'Län.xlsx',
        '2024-02-01T12:00:00.000Z',
        { columns: { region: 0, periods: [1, 2] }, sheet: 'Blad1' },
      ],
    ]);
    expect(back.sources[0]?.content).toBeInstanceOf(Blob);
    expect(await bytesOf(back.sources[0]?.content ?? new Blob())).toEqual(ALL_BYTES);
    // Settings are untouched by a source.
    expect([back.indicators, back.targets, back.mappings]).toEqual([[], [], []]);
  });

  it('replaces a source put again under the same id', async () => {
    const store = freshStore();
    await store.putSource(sourceOf('s1', 'gammal'));
    await store.putSource(sourceOf('s1', 'ny', { options: { indicator: 'antal' } }));
    const back = await store.load();
    expect(idsOf(back)).toEqual(['s1']);
    expect(new TextDecoder().decode(await bytesOf(back.sources[0]?.content ?? new Blob()))).toBe('ny');
    expect(back.sources[0]?.options).toEqual({ indicator: 'antal' });
  });

  it('deleteSource removes that source and no other', async () => {
    const store = freshStore();
    await store.putSource(sourceOf('a', 'A', { addedAt: '2024-01-01T00:00:00.000Z' }));
    await store.putSource(sourceOf('b', 'B', { addedAt: '2024-01-02T00:00:00.000Z' }));
    await store.deleteSource('a');
    expect(idsOf(await store.load())).toEqual(['b']);
    await store.deleteSource('finns-inte');
    expect(idsOf(await store.load())).toEqual(['b']);
  });

  it('putSettings keeps indicators, targets (with and without baseline) and mappings, and leaves sources alone', async () => {
    const store = freshStore();
    await store.putSource(sourceOf('a', 'A'));
    await store.putSettings(workspaceOf({ ...SETTINGS, sources: [] }));
    const back = await store.load();
    expect(idsOf(back)).toEqual(['a']);
    expect(back.indicators).toEqual([INDICATOR_A, INDICATOR_B]);
    expect(back.targets).toEqual([TARGET_WITH_BASELINE, TARGET_WITHOUT_BASELINE]);
    expect(back.targets[1]?.baseline).toBeUndefined();
    expect(back.mappings).toEqual(SETTINGS.mappings);
    await store.putSettings(workspaceOf({ indicators: [INDICATOR_B] }));
    const again = await store.load();
    expect([again.indicators, again.targets, again.mappings]).toEqual([[INDICATOR_B], [], []]);
  });

  it('replaceAll replaces everything: sources not in the new workspace are gone', async () => {
    const store = freshStore();
    await store.putSource(sourceOf('gammal', 'x', { addedAt: '2024-01-01T00:00:00.000Z' }));
    await store.putSource(sourceOf('kvar', 'gammalt innehåll', { addedAt: '2024-01-02T00:00:00.000Z' }));
    await store.putSettings(workspaceOf(SETTINGS));
    await store.replaceAll(
      workspaceOf({
        sources: [
          sourceOf('kvar', 'nytt innehåll', { addedAt: '2024-01-02T00:00:00.000Z' }),
          sourceOf('ny', 'z', { addedAt: '2024-01-03T00:00:00.000Z' }),
        ],
        indicators: [INDICATOR_B],
      }),
    );
    const back = await store.load();
    expect(idsOf(back)).toEqual(['kvar', 'ny']);
    expect(new TextDecoder().decode(await bytesOf(back.sources[0]?.content ?? new Blob()))).toBe(
      'nytt innehåll',
    );
    expect([back.indicators, back.targets, back.mappings]).toEqual([[INDICATOR_B], [], []]);
  });

  it('replaceAll with the empty workspace empties the store', async () => {
    const store = freshStore();
    await store.putSource(sourceOf('a', 'A'));
    await store.putSettings(workspaceOf(SETTINGS));
    await store.replaceAll(EMPTY_WORKSPACE);
    expect(await store.load()).toEqual(EMPTY_WORKSPACE);
  });

  it('gives sources in the order they were added, whatever their ids', async () => {
    const store = freshStore();
    // Ids in the reverse of the order added: IndexedDB returns them by key, so order must come from addedAt.
    await store.putSource(sourceOf('c', '1', { addedAt: '2024-01-01T08:00:00.000Z' }));
    await store.putSource(sourceOf('b', '2', { addedAt: '2024-01-01T09:00:00.000Z' }));
    await store.putSource(sourceOf('a', '3', { addedAt: '2024-01-02T07:00:00.000Z' }));
    expect(idsOf(await store.load())).toEqual(['c', 'b', 'a']);
  });
});

describe('indexedDbStore', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sorts sources by addedAt, whatever order they were put in', async () => {
    const store = indexedDbStore(new IDBFactory());
    await store.putSource(sourceOf('x', '1', { addedAt: '2024-03-01T00:00:00.000Z' }));
    await store.putSource(sourceOf('y', '2', { addedAt: '2023-12-31T23:59:59.000Z' }));
    await store.putSource(sourceOf('z', '3', { addedAt: '2024-01-15T00:00:00.000Z' }));
    expect((await store.load()).sources.map((s) => s.addedAt)).toEqual([
      '2023-12-31T23:59:59.000Z',
      '2024-01-15T00:00:00.000Z',
      '2024-03-01T00:00:00.000Z',
    ]);
  });

  it('keeps the workspace for the next visit: a new store on the same database reads it', async () => {
    const factory = new IDBFactory();
    const first = indexedDbStore(factory);
    await first.putSource(sourceOf('a', 'Skåne;1,5', { addedAt: '2024-01-01T00:00:00.000Z' }));
    await first.putSettings(workspaceOf(SETTINGS));
    const next = await indexedDbStore(factory).load();
    expect(idsOf(next)).toEqual(['a']);
    expect(new TextDecoder().decode(await bytesOf(next.sources[0]?.content ?? new Blob()))).toBe('Skåne;1,5');
    expect(next.targets).toEqual(SETTINGS.targets);
  });

  it('keeps each database apart: a fresh factory sees nothing of another', async () => {
    await indexedDbStore(new IDBFactory()).putSource(sourceOf('a', 'A'));
    expect(await indexedDbStore(new IDBFactory()).load()).toEqual(EMPTY_WORKSPACE);
  });

  it('without IndexedDB in the page, every call rejects with StorageError "unavailable"', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = indexedDbStore(undefined);
    await expect(store.load()).rejects.toBeInstanceOf(StorageError);
    await expect(store.load()).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(store.putSource(sourceOf('a', 'A'))).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(store.replaceAll(EMPTY_WORKSPACE)).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('a browser that refuses to open the database (SecurityError) → StorageError "unavailable"', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    await expect(indexedDbStore(factory).load()).rejects.toMatchObject({
      kind: 'unavailable',
      message: 'The operation is insecure.',
    });
  });
});

/** The database as the app's own code lays it out: what an earlier or later version of the app left behind. */
function openRaw(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open('regionala-resultat', 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('sources', { keyPath: 'id' });
      req.result.createObjectStore('settings');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

async function writeRaw(
  factory: IDBFactory,
  sources: readonly Source[],
  settings: Record<string, unknown>,
): Promise<void> {
  const db = await openRaw(factory);
  const tx = db.transaction(['sources', 'settings'], 'readwrite');
  for (const source of sources) tx.objectStore('sources').put(source);
  for (const [key, value] of Object.entries(settings)) tx.objectStore('settings').put(value, key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
  db.close();
}

async function readRaw(factory: IDBFactory, key: string): Promise<unknown> {
  const db = await openRaw(factory);
  const value = await new Promise<unknown>((resolve, reject) => {
    const req = db.transaction('settings').objectStore('settings').get(key);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('read failed'));
  });
  db.close();
  return value;
}

describe('indexedDbStore: the saved format’s version', () => {
  it('opens what the first version of the app stored (no version), and stores it back as the latest', async () => {
    const factory = new IDBFactory();
    await writeRaw(
      factory,
      [
        sourceOf('b', 'Skåne;2', { addedAt: '2024-01-02T00:00:00.000Z' }),
        sourceOf('a', 'Skåne;1', { addedAt: '2024-01-01T00:00:00.000Z' }),
      ],
      {
        workspace: SETTINGS,
      },
    );
    const store = indexedDbStore(factory);
    const loaded = await store.load();
    expect(idsOf(loaded)).toEqual(['a', 'b']);
    expect([loaded.indicators, loaded.targets, loaded.mappings]).toEqual([
      SETTINGS.indicators,
      SETTINGS.targets,
      SETTINGS.mappings,
    ]);
    expect(await readRaw(factory, 'version')).toBe(WORKSPACE_VERSION);
    // Written back whole: a new visit reads the same.
    const again = await indexedDbStore(factory).load();
    expect(idsOf(again)).toEqual(['a', 'b']);
    expect(new TextDecoder().decode(await bytesOf(again.sources[0]?.content ?? new Blob()))).toBe('Skåne;1');
    expect(again.targets).toEqual(SETTINGS.targets);
  });

  it('every write says the version that wrote it', async () => {
    const factory = new IDBFactory();
    await indexedDbStore(factory).putSource(sourceOf('a', 'A'));
    expect(await readRaw(factory, 'version')).toBe(WORKSPACE_VERSION);
  });

  it('what a newer version stored is not read, and left as it was', async () => {
    const factory = new IDBFactory();
    await writeRaw(factory, [sourceOf('a', 'A')], { workspace: SETTINGS, version: WORKSPACE_VERSION + 1 });
    await expect(indexedDbStore(factory).load()).rejects.toMatchObject({
      kind: 'failed',
      message: `the saved workspace is version ${WORKSPACE_VERSION + 1}; this version of the app reads up to ${WORKSPACE_VERSION}`,
    });
    expect(await readRaw(factory, 'version')).toBe(WORKSPACE_VERSION + 1);
    expect(await readRaw(factory, 'workspace')).toEqual(SETTINGS);
  });
});

describe('workspaceQuery', () => {
  function failingStore(error: unknown): WorkspaceStore {
    const fail = (): Promise<never> => Promise.reject(error);
    return {
      persistent: true,
      load: fail,
      putSource: fail,
      deleteSource: fail,
      putSettings: fail,
      replaceAll: fail,
    };
  }

  // Run through a fresh QueryClient, as the app does: the query function's context needs a client and key.
  function load(open: () => WorkspaceStore): Promise<LoadedWorkspace> {
    return new QueryClient().fetchQuery(workspaceQuery(open));
  }

  it('when the store cannot load: the empty workspace, a page-only store and the StorageError', async () => {
    const problem = new StorageError('unavailable', 'IndexedDB is not available');
    const failing = failingStore(problem);
    const loaded = await load(() => failing);
    expect(loaded.workspace).toBe(EMPTY_WORKSPACE);
    expect(loaded.problem).toBe(problem);
    expect(loaded.store).not.toBe(failing);
    expect(loaded.store.persistent).toBe(false);
    // The page-only store works.
    await loaded.store.putSource(sourceOf('a', 'A'));
    expect(idsOf(await loaded.store.load())).toEqual(['a']);
  });

  it('an error that is no StorageError becomes one of kind "unavailable"', async () => {
    const loaded = await load(() => failingStore(new Error('disk gone')));
    expect(loaded.problem).toBeInstanceOf(StorageError);
    expect(loaded.problem).toMatchObject({ kind: 'unavailable' });
    expect(loaded.problem?.message).toContain('disk gone');
    expect(loaded.store.persistent).toBe(false);
  });

  it('when the store loads: its workspace, the store itself and no problem', async () => {
    const store = indexedDbStore(new IDBFactory());
    await store.putSettings(workspaceOf(SETTINGS));
    const loaded = await load(() => store);
    expect(loaded.store).toBe(store);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.workspace.indicators).toEqual(SETTINGS.indicators);
  });

  it('is keyed ["workspace"] and never retried', async () => {
    const options = workspaceQuery(() => memoryStore());
    expect(options.queryKey).toEqual(['workspace']);
    expect(options.retry).toBe(false);
    const loaded = await load(() => memoryStore());
    expect(loaded).toMatchObject({ workspace: EMPTY_WORKSPACE, problem: undefined });
  });
});
