import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  indexedDbStore,
  STORE_READ_TIMEOUT_MS,
  StorageError,
  storeReadTimeoutMs,
} from '../../src/app/workspace-store';

const seam = globalThis as { __rrTestStoreReadMs?: unknown };

/** An IndexedDB whose open request never answers. */
const silentIndexedDb = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;

describe('the store read deadline and its test seam', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    delete seam.__rrTestStoreReadMs;
    vi.useRealTimers();
  });

  it('is 10 s (the README’s figure) when the page carries no seam', () => {
    expect(STORE_READ_TIMEOUT_MS).toBe(10_000);
    expect(storeReadTimeoutMs()).toBe(STORE_READ_TIMEOUT_MS);
  });

  it('takes a positive number of milliseconds from window.__rrTestStoreReadMs, and a new store gives up after it', async () => {
    seam.__rrTestStoreReadMs = 2000;
    expect(storeReadTimeoutMs()).toBe(2000);
    const loading = indexedDbStore(silentIndexedDb)
      .load()
      .catch((e: unknown) => e);
    let settled = false;
    void loading.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await loading;
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('ignores a seam that is not a positive finite number', () => {
    for (const value of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '2000', null]) {
      seam.__rrTestStoreReadMs = value;
      expect(storeReadTimeoutMs()).toBe(STORE_READ_TIMEOUT_MS);
    }
  });
});
