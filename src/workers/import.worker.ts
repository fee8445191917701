/// <reference lib="webworker" />
import { datasetTransferables } from '../data/dataset/dataset';
import { importFiles } from '../data/pipeline/import-files';
import type { ImportRequest, ImportResponse } from './import-protocol';

/** Parsing and indexing run here, off the main thread; the columns go back as transferred buffers. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, files, mappings } = event.data;
  let lastPost = 0;
  const post = (message: ImportResponse, transfer: Transferable[] = []): void =>
    scope.postMessage(message, transfer);
  try {
    const read = await Promise.all(
      files.map(async (f) => ({
        name: f.name,
        options: f.options,
        example: f.example,
        bytes: new Uint8Array(f.source instanceof Blob ? await f.source.arrayBuffer() : f.source),
      })),
    );
    const dataset = await importFiles(
      read,
      (share) => {
        const now = performance.now();
        if (now - lastPost > 50 || share >= 1) {
          lastPost = now;
          post({ id, kind: 'progress', share });
        }
      },
      mappings,
    );
    post({ id, kind: 'done', dataset }, datasetTransferables(dataset));
  } catch (error) {
    post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
