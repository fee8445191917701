import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAscii, isAsciiByLoop } from '../../src/data/text/ascii-text';
import { SEED } from '../support/arbitraries';

describe('isAscii (a file piece that needs no UTF-8 decoder)', () => {
  it('Node’s own test and the browser’s loop agree, wherever a high byte is and however long the piece', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 70 }).map((b) => b.map((x) => x & 0x7f)),
        fc.nat(),
        fc.integer({ min: 0x80, max: 0xff }),
        fc.boolean(),
        (ascii, at, high, put) => {
          const bytes = Uint8Array.from(ascii);
          if (put && bytes.length > 0) bytes[at % bytes.length] = high;
          const expected = !bytes.some((x) => x >= 0x80);
          expect(isAscii(bytes)).toBe(expected);
          expect(isAsciiByLoop(bytes)).toBe(expected);
          // A view into a larger buffer, at an odd offset.
          const inner = new Uint8Array(bytes.length + 3);
          inner.set(bytes, 1);
          expect(isAscii(inner.subarray(1, 1 + bytes.length))).toBe(expected);
          expect(isAsciiByLoop(inner.subarray(1, 1 + bytes.length))).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});
