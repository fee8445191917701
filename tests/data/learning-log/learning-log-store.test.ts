import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { indexedDbStore } from '../../../src/app/workspace-store';
import { WORKSPACE_VERSION } from '../../../src/data/workspace/workspace-migrations';
import { workspaceOf } from '../../support/workspace-builder';

const note = {
  id: 'n1',
  indicator: 'nyforetagande',
  region: '17',
  period: '2023',
  author: 'Karin',
  createdAt: '2026-01-10T09:00:00.000Z',
  text: 'Ny mätmetod',
};
const assessment = {
  id: 'a1',
  question: { kind: 'summative' as const, text: 'Ökar nyföretagandet?' },
  region: '17',
  answer: 'nej' as const,
  motivation: '',
  indicators: [],
  author: '',
  savedAt: '2026-01-10T09:00:00.000Z',
};
const snapshot = {
  id: 's1',
  region: '17',
  savedAt: '2026-01-10T09:00:00.000Z',
  values: [{ indicator: 'nyforetagande', region: '17', period: '2023', value: 8.1 }],
};

describe('the browser’s store keeps the learning log', () => {
  it('reads back notes, assessments and snapshots in a new store on the same database', async () => {
    const factory = new IDBFactory();
    await indexedDbStore(factory).putSettings(
      workspaceOf({ notes: [note], assessments: [assessment], snapshots: [snapshot] }),
    );
    const next = await indexedDbStore(factory).load();
    expect(next.notes).toEqual([note]);
    expect(next.assessments).toEqual([assessment]);
    expect(next.snapshots).toEqual([snapshot]);
  });

  it('reads what version 3 stored (no learning log) as empty lists, and stamps the latest version', async () => {
    const factory = new IDBFactory();
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const req = factory.open('regionala-resultat', 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('sources', { keyPath: 'id' });
        req.result.createObjectStore('settings');
      };
      req.onsuccess = () => done(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put(
      { indicators: [], targets: [], mappings: [], strategy: null },
      'workspace',
    );
    tx.objectStore('settings').put(3, 'version');
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
    const loaded = await indexedDbStore(factory).load();
    expect([loaded.notes, loaded.assessments, loaded.snapshots]).toEqual([[], [], []]);
    expect(WORKSPACE_VERSION).toBe(4);
  });
});
