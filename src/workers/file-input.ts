import type { NamedBytes } from '../data/pipeline/import-files';
import type { FileInput } from './import-protocol';

/** A file handed to the worker, with its bytes, as the import reads it (import.worker.ts). */
export function namedBytes(file: FileInput, bytes: Uint8Array): NamedBytes {
  return {
    name: file.name,
    options: file.options,
    example: file.example,
    own: file.own,
    definitionsOnly: file.definitionsOnly,
    sourceId: file.sourceId,
    bytes,
  };
}
