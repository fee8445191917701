/**
 * Node's zlib as the workbook's inflater (src/data/table/xlsx/raw-inflater.ts), for the programs that
 * run the import in Node (check-data, and the bench that times it). Node's DecompressionStream is
 * zlib behind web-stream adapters that hand over 16–64 KiB at a time, each through the thread pool
 * and back, while the reader waits; here the pieces are 1 MiB, and zlib inflates the next one in the
 * thread pool while the reader reads this one. A piece stays 1 MiB whatever the part holds, so the
 * caps are checked as before, and a part past one stops (the stream is destroyed).
 */
import { createInflateRaw } from 'node:zlib';
import type { RawInflater } from '../../src/data/table/xlsx/raw-inflater';

const PIECE_BYTES = 1024 * 1024;

export const nodeRawInflater: RawInflater = (packed) => {
  const inflater = createInflateRaw({ chunkSize: PIECE_BYTES });
  inflater.end(packed);
  return inflater;
};
