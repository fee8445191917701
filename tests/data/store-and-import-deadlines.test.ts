import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceQuery } from '../../src/app/queries';
import { indexedDbStore, STORE_READ_TIMEOUT_MS, StorageError } from '../../src/app/workspace-store';
import { EMPTY_WORKSPACE } from '../../src/data/workspace/workspace';
import { IMPORT_TIMEOUT_MS } from '../../src/workers/import-client';
import { withDeadline } from '../../src/workers/deadline';

/** An IndexedDB whose open request never answers (as a wedged browser profile was seen to do). */
const silentIndexedDb = {
  open: () => ({}) as IDBOpenDBRequest,
} as unknown as IDBFactory;

/** A Worker that takes every message and never answers. */
class SilentWorker {
  static made: SilentWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;
  constructor() {
    SilentWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('withDeadline', () => {
  it('passes the answer through when it comes in time, and the late error when it does not', async () => {
    await expect(withDeadline(Promise.resolve(7), 100, () => new Error('sent'))).resolves.toBe(7);
    const late = withDeadline(new Promise<number>(() => undefined), 100, () => new Error('för sent'));
    const caught = late.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await caught).toMatchObject({ message: 'för sent' });
  });
});

describe('a store that never answers', () => {
  it('load gives up after 10 s with a StorageError of kind timeout', async () => {
    expect(STORE_READ_TIMEOUT_MS).toBe(10_000);
    const loading = indexedDbStore(silentIndexedDb)
      .load()
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(STORE_READ_TIMEOUT_MS - 1);
    let settled = false;
    void loading.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await loading;
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('the workspace query then runs with an empty workspace kept in the page, and says why', async () => {
    const client = new QueryClient();
    const loading = client.fetchQuery(workspaceQuery(() => indexedDbStore(silentIndexedDb)));
    await vi.advanceTimersByTimeAsync(STORE_READ_TIMEOUT_MS);
    const loaded = await loading;
    expect(loaded.workspace).toEqual(EMPTY_WORKSPACE);
    expect(loaded.store.persistent).toBe(false);
    expect(loaded.problem?.kind).toBe('timeout');
  });

  it('a write that never answers gives up too (after the write time)', async () => {
    const writing = indexedDbStore(silentIndexedDb, 10_000, 60_000)
      .putSettings(EMPTY_WORKSPACE)
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await writing).toMatchObject({ kind: 'timeout' });
  });
});

describe('an import that never ends', () => {
  it('fails with ImportTimeoutError after the stated time and ends its worker; the next import gets a new one', async () => {
    expect(IMPORT_TIMEOUT_MS).toBe(120_000);
    vi.stubGlobal('Worker', SilentWorker);
    // A client of its own: the page's worker is module state, and another file may have left one.
    vi.resetModules();
    const { importInWorker, ImportTimeoutError } = await import('../../src/workers/import-client');
    const importing = importInWorker([{ name: 'a.csv', source: new ArrayBuffer(4) }], []).catch(
      (e: unknown) => e,
    );
    const worker = SilentWorker.made.at(-1);
    expect(worker?.posted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(IMPORT_TIMEOUT_MS - 1);
    expect(worker?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await importing).toBeInstanceOf(ImportTimeoutError);
    expect(worker?.terminated).toBe(true);
    void importInWorker([{ name: 'b.csv', source: new ArrayBuffer(4) }], [], undefined, undefined, 50).catch(
      () => undefined,
    );
    expect(SilentWorker.made.at(-1)).not.toBe(worker);
    await vi.advanceTimersByTimeAsync(50);
  });
});
