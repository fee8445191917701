import type { FileInput, ImportRequest, ImportResponse } from './import-protocol';
import type { Dataset } from '../data/dataset/dataset';
import type { ShapeMapping } from '../data/workspace/workspace';

let nextId = 1;

/**
 * Runs the import in a Web Worker so the page never freezes. Each call gets its own worker, which
 * ends when the dataset is back; the file bytes are transferred to it and the columns back.
 */
export function importInWorker(
  files: readonly FileInput[],
  mappings: readonly ShapeMapping[],
  onProgress?: (share: number) => void,
  signal?: AbortSignal,
): Promise<Dataset> {
  return new Promise<Dataset>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    });
    const id = nextId++;
    const stop = (): void => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('Import aborted', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') onProgress?.(message.share);
      else if (message.kind === 'done') {
        stop();
        resolve(message.dataset);
      } else {
        stop();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'Import worker failed'));
    };
    const request: ImportRequest = { id, files, mappings };
    worker.postMessage(
      request,
      files.flatMap((f) => (f.source instanceof ArrayBuffer ? [f.source] : [])),
    );
  });
}
