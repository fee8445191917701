/// <reference lib="webworker" />
import { buildDataset } from '../data/dataset/build-dataset';
import { datasetTransferables } from '../data/dataset/dataset';
import { packTargets, targetTransferables } from '../data/dataset/target-columns';
import { readFiles, type NamedBytes } from '../data/pipeline/import-files';
import { ledgerSender } from './ledger-reuse';
import { parseCache } from './parse-cache';
import { decodeSeed } from './parse-seed';
import { namedBytes } from './file-input';
import type { FileInput, ImportRequest, ImportResponse, WorkerRequest } from './import-protocol';

/**
 * Parsing and indexing run here, off the main thread; the columns (of observations and of targets) go
 * back as transferred buffers.
 * The worker lives as long as the page (see import-client) and keeps what it has read (parse-cache),
 * so an import of unchanged files does not read them again.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const cache = parseCache();
const sendLedger = ledgerSender();
/** User Timing marks in the worker's own timeline (the browser's performance panel shows them). */
const mark = (name: string): void => void performance.mark(`rr:worker-${name}`);
mark('start');

/** Every file's bytes, read side by side. */
function readAll(files: readonly FileInput[]): Promise<NamedBytes[]> {
  return Promise.all(
    files.map(async (f) =>
      namedBytes(f, new Uint8Array(f.source instanceof Blob ? await f.source.arrayBuffer() : f.source)),
    ),
  );
}

async function runImport({ id, files, mappings }: ImportRequest): Promise<void> {
  let lastPost = 0;
  const post = (message: ImportResponse, transfer: Transferable[] = []): void =>
    scope.postMessage(message, transfer);
  const session = cache.session();
  try {
    const bytes = await readAll(files);
    mark('import-bytes');
    const results = await readFiles(
      bytes,
      (share) => {
        const now = performance.now();
        if (now - lastPost > 50 || share >= 1) {
          lastPost = now;
          post({ id, kind: 'progress', share });
        }
      },
      mappings,
      session.read,
    );
    mark('import-read');
    const dataset = buildDataset(results);
    mark('import-built');
    session.finish();
    const { ledger, targets, ...rest } = dataset;
    const packed = packTargets(targets);
    post({ id, kind: 'done', dataset: rest, targets: packed, ledger: sendLedger(ledger) }, [
      ...datasetTransferables(dataset),
      ...targetTransferables(packed),
    ]);
  } catch (error) {
    post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The example files' results made at build time (parse-seed.ts); a seed that cannot be read is left. */
function seedFrom(seed: ArrayBuffer | undefined): void {
  if (!seed) return;
  mark('seed-received');
  try {
    cache.seed(decodeSeed(new TextDecoder().decode(seed)));
    mark('seeded');
  } catch {
    // The files are then parsed as always.
  }
}

/**
 * Reads files ahead of the import that will ask for them; a failure here is the import's to report.
 * With `primeLedger`, the page holds the ledger of these files alone: it is taken as sent.
 */
async function warm(files: readonly FileInput[], primeLedger: boolean): Promise<void> {
  try {
    const bytes = await readAll(files);
    mark('warm-bytes');
    const results = await readFiles(bytes, undefined, [], cache.session().read);
    mark('warm-read');
    if (primeLedger) {
      sendLedger.prime(buildDataset(results).ledger);
      mark('ledger-primed');
    }
  } catch {
    // The import reads the files again and reports what went wrong.
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'warm') {
    // Before any import that comes after: decoded at once, not after an await.
    seedFrom(request.seed);
    void warm(request.files, request.primeLedger === true);
  } else void runImport(request);
};
