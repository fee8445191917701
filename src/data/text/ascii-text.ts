/**
 * ASCII bytes as text by a plain copy. In Node (the check-data command, the bench, the tests)
 * TextDecoder builds a string from UTF-8 several times slower than Buffer copies Latin-1, which for
 * ASCII is the same text; in a browser TextDecoder has its own ASCII path, so nothing is done there.
 */

interface Latin1Bytes {
  toString(encoding: 'latin1'): string;
}
type BufferOf = (buffer: ArrayBufferLike, offset: number, length: number) => Latin1Bytes;
const nodeBuffer = (globalThis as { Buffer?: { from: BufferOf } }).Buffer;

type AsciiTest = (b: Uint8Array) => boolean;
type BuiltinModules = { getBuiltinModule?: (id: string) => unknown };
/** Node's own test (node:buffer's isAscii, vectorised: about ten times the loop's speed), where there is one. */
const nodeIsAscii = (
  (globalThis as { process?: BuiltinModules }).process?.getBuiltinModule?.('node:buffer') as
    { isAscii?: AsciiTest } | undefined
)?.isAscii;

/** True when no byte is 0x80 or above. */
export function isAscii(b: Uint8Array): boolean {
  return nodeIsAscii ? nodeIsAscii(b) : isAsciiByLoop(b);
}

/** isAscii where the runtime has none of its own (a browser): eight bytes are looked at in one test. */
export function isAsciiByLoop(b: Uint8Array): boolean {
  const n = b.length;
  let k = 0;
  for (; k + 8 <= n; k += 8)
    if (
      ((b[k] ?? 0) |
        (b[k + 1] ?? 0) |
        (b[k + 2] ?? 0) |
        (b[k + 3] ?? 0) |
        (b[k + 4] ?? 0) |
        (b[k + 5] ?? 0) |
        (b[k + 6] ?? 0) |
        (b[k + 7] ?? 0)) &
      0x80
    )
      return false;
  for (; k < n; k++) if ((b[k] ?? 0) & 0x80) return false;
  return true;
}

/** The bytes as text when they are all ASCII and the runtime copies them faster than it decodes; else undefined. */
export function asciiText(b: Uint8Array): string | undefined {
  if (nodeBuffer === undefined || !isAscii(b)) return undefined;
  return nodeBuffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}
