import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ImportClient from '../../src/workers/import-client';
import { EMPTY_LEDGER, type Ledger } from '../../src/domain/ledger';
import { emptyColumns } from '../../src/data/columns/observation-store';
import { packTargets } from '../../src/data/dataset/target-columns';

/** A Worker that keeps what it is sent, in order. */
class RecordingWorker {
  static made: RecordingWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: { kind: string; seed?: ArrayBuffer; id?: number; primeLedger?: boolean }[] = [];
  constructor() {
    RecordingWorker.made.push(this);
  }
  postMessage(message: { kind: string; seed?: ArrayBuffer; id?: number; primeLedger?: boolean }): void {
    this.posted.push(message);
  }
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fresh import client (its worker is module state), with RecordingWorker as the Worker. */
async function freshClient(): Promise<typeof ImportClient> {
  vi.resetModules();
  vi.stubGlobal('Worker', RecordingWorker);
  return import('../../src/workers/import-client');
}

describe('the warm-up and the first import (import-client.ts)', () => {
  it('sends an import only after the warm-up, with its seed, so that the import finds the example data read', async () => {
    const client = await freshClient();
    let files: (value: { name: string; source: ArrayBuffer }[]) => void = () => undefined;
    let seed: (value: ArrayBuffer | undefined) => void = () => undefined;
    client.warmImportWorker(
      new Promise((resolve) => (files = resolve)),
      new Promise((resolve) => (seed = resolve)),
    );
    void client.importInWorker([{ name: 'a.csv', source: new ArrayBuffer(4) }], []).catch(() => undefined);
    const worker = RecordingWorker.made.at(-1);
    await Promise.resolve();
    expect(worker?.posted).toEqual([]);
    files([{ name: 'exempel.csv', source: new ArrayBuffer(2) }]);
    await Promise.resolve();
    expect(worker?.posted).toEqual([]);
    const bytes = new ArrayBuffer(8);
    seed(bytes);
    await vi.waitFor(() => expect(worker?.posted.map((m) => m.kind)).toEqual(['warm', 'import']));
    expect(worker?.posted[0]?.seed).toBe(bytes);
  });

  it('without a warm-up, sends the import at once', async () => {
    const client = await freshClient();
    void client.importInWorker([{ name: 'a.csv', source: new ArrayBuffer(4) }], []).catch(() => undefined);
    expect(RecordingWorker.made.at(-1)?.posted.map((m) => m.kind)).toEqual(['import']);
  });

  it('a warm-up whose files fail to come holds no import up', async () => {
    const client = await freshClient();
    client.warmImportWorker(Promise.reject(new Error('404')), Promise.resolve(undefined));
    void client.importInWorker([{ name: 'a.csv', source: new ArrayBuffer(4) }], []).catch(() => undefined);
    const worker = RecordingWorker.made.at(-1);
    await vi.waitFor(() => expect(worker?.posted.map((m) => m.kind)).toEqual(['import']));
  });

  it('with the example data’s ledger held by the page, the worker is told so, and "same" from it is that ledger', async () => {
    const client = await freshClient();
    const held: Ledger = {
      ...EMPTY_LEDGER,
      frames: [{ region: '20', year: 2023, amount: 5, file: 'ramar.csv', line: 2 }],
    };
    client.warmImportWorker(Promise.resolve([]), Promise.resolve(undefined), held);
    const imported = client.importInWorker([{ name: 'a.csv', source: new ArrayBuffer(4) }], []);
    const worker = RecordingWorker.made.at(-1);
    await vi.waitFor(() => expect(worker?.posted.map((m) => m.kind)).toEqual(['warm', 'import']));
    expect(worker?.posted[0]?.primeLedger).toBe(true);
    const id = worker?.posted[1]?.id;
    const dataset = {
      indicators: [],
      observations: emptyColumns(),
      indicatorOffsets: new Uint32Array(0),
      reports: [],
      labels: [],
    };
    worker?.onmessage?.(
      new MessageEvent('message', {
        data: { id, kind: 'done', dataset, targets: packTargets([]), ledger: 'same' },
      }),
    );
    expect((await imported).ledger).toBe(held);
  });
});
