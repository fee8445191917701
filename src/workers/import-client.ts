import type { FileInput, ImportRequest, ImportResponse, WarmRequest } from './import-protocol';
import type { Dataset } from '../data/dataset/dataset';
import type { ShapeMapping } from '../data/workspace/workspace';
import { ledgerReceiver, type LedgerReceiver } from './ledger-reuse';
import type { Ledger } from '../domain/ledger';
import { unpackTargetsInSlices } from '../data/dataset/target-columns';

/**
 * The longest one import may take: past it the worker is ended (with what it held) and the import
 * fails with ImportTimeoutError. The 5-million-row file of the bench takes about 13 s.
 */
export const IMPORT_TIMEOUT_MS = 120_000;

/** An import that did not end within its time; its worker was ended. */
export class ImportTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`The import did not end within ${Math.round(ms / 1000)} s`);
    this.name = 'ImportTimeoutError';
  }
}

interface Pending {
  readonly resolve: (dataset: Dataset) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: ((share: number) => void) | undefined;
}

/** One import worker and the imports it has yet to answer. */
interface ImportWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** No new import goes to it; it ends when the last one it has is answered. */
  retired: boolean;
  /** The ledgers it sent, by what its messages stand for (ledger-reuse.ts). */
  readonly receiveLedger: LedgerReceiver;
}

let nextId = 1;
let current: ImportWorker | undefined;
/** The warm-up's message while it waits for its files and seed: imports are sent after it (warmImportWorker). */
let warming: Promise<void> | undefined;

function endIfIdle(handle: ImportWorker): void {
  if (handle.retired && handle.pending.size === 0) handle.worker.terminate();
}

/** Ends the worker now: every import it has fails with `error`; the next import starts a fresh one. */
function kill(handle: ImportWorker, error: Error): void {
  if (current === handle) current = undefined;
  handle.retired = true;
  const waiting = [...handle.pending.values()];
  handle.pending.clear();
  handle.worker.terminate();
  for (const pending of waiting) pending.reject(error);
}

/** No new work for this worker: a fresh one starts on the next import (and reads everything anew). */
function retire(handle: ImportWorker): void {
  if (current === handle) current = undefined;
  handle.retired = true;
  endIfIdle(handle);
}

/** Resolves in a task of its own, queued behind the page's waiting tasks (no timer clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function spawn(): ImportWorker {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  const receiveLedger = ledgerReceiver();
  const handle: ImportWorker = { worker, pending: new Map(), retired: false, receiveLedger };
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    // Every ledger sent is taken, even for an import no longer waited for: later ones may refer to it.
    const ledger = message.kind === 'done' ? receiveLedger(message.ledger) : undefined;
    const pending = handle.pending.get(message.id);
    if (!pending) return;
    if (message.kind === 'progress') {
      pending.onProgress?.(message.share);
      return;
    }
    handle.pending.delete(message.id);
    if (message.kind === 'failed') pending.reject(new Error(message.message));
    else if (ledger) {
      // The targets are made in tasks of their own, after the one that received the message.
      const { dataset } = message;
      unpackTargetsInSlices(message.targets, nextTask).then(
        (targets) => pending.resolve({ ...dataset, targets, ledger }),
        (error: unknown) => pending.reject(error instanceof Error ? error : new Error(String(error))),
      );
    }
    endIfIdle(handle);
  };
  worker.onerror = (event) => {
    const error = new Error(event.message || 'Import worker failed');
    const waiting = [...handle.pending.values()];
    handle.pending.clear();
    retire(handle);
    for (const pending of waiting) pending.reject(error);
  };
  return handle;
}

function importWorker(): ImportWorker {
  current ??= spawn();
  return current;
}

/**
 * Starts the import worker now and has it read these files (the example data) as soon as they are
 * here, before any import asks for them: called as the page starts, while it renders and reads the
 * saved workspace. Files that do not come are left to the import, which reports why.
 */
export function warmImportWorker(
  files: Promise<readonly FileInput[]>,
  seed: Promise<ArrayBuffer | undefined> = Promise.resolve(undefined),
  /**
   * The ledger of the example data alone, when the page holds it already (the build's dataset): the
   * worker takes it as sent, so the page's first import from it need not carry the thousands of
   * cases again.
   */
  held?: Ledger,
): void {
  const handle = importWorker();
  if (held) handle.receiveLedger.prime(held);
  const sent = Promise.all([files, seed]).then(
    ([ready, seeded]) => {
      const request: WarmRequest = {
        kind: 'warm',
        files: ready,
        ...(seeded ? { seed: seeded } : {}),
        ...(held ? { primeLedger: true } : {}),
      };
      if (!handle.retired)
        handle.worker.postMessage(request, [
          ...ready.flatMap((f) => (f.source instanceof ArrayBuffer ? [f.source] : [])),
          ...(seeded ? [seeded] : []),
        ]);
    },
    () => undefined,
  );
  warming = sent;
  void sent.then(() => {
    if (warming === sent) warming = undefined;
  });
}

/**
 * Runs the import in a Web Worker so the page never freezes. One worker serves the page's imports
 * and keeps the results of files it has read, so unchanged files are not read again; an aborted
 * import ends its worker (after any other import it has in hand) and the next one starts afresh.
 * File bytes are transferred to the worker, and the dataset's columns back. An import that takes
 * longer than `timeoutMs` ends its worker and fails with ImportTimeoutError.
 */
export function importInWorker(
  files: readonly FileInput[],
  mappings: readonly ShapeMapping[],
  onProgress?: (share: number) => void,
  signal?: AbortSignal,
  timeoutMs = IMPORT_TIMEOUT_MS,
): Promise<Dataset> {
  if (signal?.aborted) return Promise.reject(new DOMException('Import aborted', 'AbortError'));
  const handle = importWorker();
  const id = nextId++;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answer = new Promise<Dataset>((resolve, reject) => {
    handle.pending.set(id, { resolve, reject, onProgress });
    timer = setTimeout(() => {
      if (handle.pending.has(id)) kill(handle, new ImportTimeoutError(timeoutMs));
    }, timeoutMs);
    signal?.addEventListener(
      'abort',
      () => {
        if (!handle.pending.delete(id)) return;
        reject(new DOMException('Import aborted', 'AbortError'));
        retire(handle);
      },
      { once: true },
    );
    const request: ImportRequest = { kind: 'import', id, files, mappings };
    const send = (): void => {
      if (!handle.pending.has(id)) return;
      handle.worker.postMessage(
        request,
        files.flatMap((f) => (f.source instanceof ArrayBuffer ? [f.source] : [])),
      );
    };
    // After the warm-up's message (the example data and its seed, which the import then finds).
    if (warming) void warming.then(send);
    else send();
  });
  return answer.finally(() => clearTimeout(timer));
}
