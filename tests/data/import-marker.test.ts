import { describe, expect, it } from 'vitest';
import { importMarker } from '../../src/app/import-marker';
import type { KeyValueStorage } from '../../src/app/session-list';

/** A Web Storage stand-in that outlives the marker, as localStorage outlives a crashed tab. */
function memoryStorage(): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('the failed-import marker', () => {
  it('an import that ended leaves nothing to skip on the next visit', () => {
    const storage = memoryStorage();
    const page = importMarker(storage);
    page.finish(page.begin(['a', 'b']));
    const next = importMarker(storage);
    next.recover();
    expect(next.failed()).toEqual([]);
  });

  it('an import the page never finished (a crash) marks its files failed on the next visit', () => {
    const storage = memoryStorage();
    importMarker(storage).begin(['a', 'b']);
    // The tab crashed here: nothing more ran.
    const next = importMarker(storage);
    next.recover();
    expect(next.failed()).toEqual(['a', 'b']);
    // Failed files stay failed across further visits until the user acts.
    const third = importMarker(storage);
    third.recover();
    expect(third.failed()).toEqual(['a', 'b']);
  });

  it('a file read well before is no suspect: only the new file is marked when the tab crashes', () => {
    const storage = memoryStorage();
    const first = importMarker(storage);
    first.finish(first.begin(['a']));
    const claim = importMarker(storage).begin(['a', 'ny']);
    expect(claim.suspects).toEqual(['ny']);
    const next = importMarker(storage);
    next.recover();
    expect(next.failed()).toEqual(['ny']);
  });

  it('a timeout or a crashed worker (fail) marks the suspects at once, and tells the listeners', () => {
    const marker = importMarker(memoryStorage());
    let told = 0;
    marker.subscribe(() => told++);
    expect(marker.fail(marker.begin(['a', 'b']))).toEqual(['a', 'b']);
    expect(marker.failed()).toEqual(['a', 'b']);
    expect(told).toBe(1);
  });

  it('only the latest import settles the marker: an older one replaced by a newer one does not', () => {
    const storage = memoryStorage();
    const marker = importMarker(storage);
    const old = marker.begin(['a']);
    const latest = marker.begin(['a', 'b']);
    expect(marker.fail(old)).toEqual([]);
    marker.finish(old);
    // Still importing 'a' and 'b' for the latest: a crash now would mark both.
    const next = importMarker(storage);
    next.recover();
    expect(next.failed()).toEqual(['a', 'b']);
    expect(latest.suspects).toEqual(['a', 'b']);
  });

  it('forget: "Försök läsa igen" takes the file off the failed list (and it is a suspect again)', () => {
    const storage = memoryStorage();
    const marker = importMarker(storage);
    marker.finish(marker.begin(['a']));
    marker.fail(marker.begin(['a', 'b']));
    marker.forget('b');
    expect(marker.failed()).toEqual([]);
    expect(marker.begin(['a', 'b']).suspects).toEqual(['b']);
  });

  it('reads garbage in the storage as nothing, and works with no storage at all', () => {
    const storage = memoryStorage();
    storage.setItem('rr:importing', '{"inte": "en lista"');
    storage.setItem('rr:import-failed', '[1, "a", null]');
    const marker = importMarker(storage);
    marker.recover();
    expect(marker.failed()).toEqual(['a']);
    const none = importMarker(undefined);
    none.recover();
    expect(none.fail(none.begin(['x']))).toEqual(['x']);
    expect(none.failed()).toEqual(['x']);
  });
});
