/**
 * The platform's own inflater for a workbook's parts (raw deflate), as a sequence of pieces: in a
 * browser (and in Node, wherever nothing else is set) DecompressionStream; a Node program may set
 * Node's zlib in its place (check-data does: `scripts/lib/node-inflater.ts`), which hands over pieces
 * of 1 MiB, not 16–64 KiB through web-stream adapters. The caller checks the caps as each piece
 * comes and stops the sequence past one (zip-archive.ts).
 */
export type RawInflater = (packed: Uint8Array) => AsyncIterable<Uint8Array>;

let chosen: RawInflater | undefined;

/** Sets the inflater for every later read (undefined: the platform's DecompressionStream again). */
export function setRawInflater(inflater: RawInflater | undefined): void {
  chosen = inflater;
}

/** The inflater set, else DecompressionStream where there is one, else undefined (then fflate, zip-archive.ts). */
export function rawInflater(): RawInflater | undefined {
  if (chosen) return chosen;
  return typeof DecompressionStream === 'function' ? decompressionStream : undefined;
}

async function* decompressionStream(packed: Uint8Array): AsyncGenerator<Uint8Array> {
  const reader = new Blob([packed.slice()])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  try {
    for (;;) {
      const piece = await reader.read();
      if (piece.done) return;
      yield piece.value;
    }
  } finally {
    // Stopped early (a cap passed, a broken part): the stream is cancelled; finished, nothing to do.
    reader.cancel().catch(() => undefined);
  }
}
