import { describe, expect, it } from 'vitest';
import { decodeAll, decodeChunks, detectEncoding } from '../../src/data/text/decode';

/**
 * UTF-8 is decoded in chunks cut between characters (src/data/text/decode.ts): whatever the chunk
 * size, the chunks join to the text a decoder gives for the whole file — invalid bytes, cut
 * sequences and a U+FEFF that is not the file's BOM included.
 */

/** A small deterministic generator (the tests must not depend on chance). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** Bytes drawn mostly from UTF-8 text, with stray continuation, lead and invalid bytes mixed in. */
function mixedBytes(random: () => number, length: number, validOnly = false): Uint8Array {
  const pieces = [
    [0x41],
    [0x3b],
    [0xc3, 0xa5],
    [0xe2, 0x82, 0xac],
    [0xf0, 0x9f, 0x98, 0x80],
    [0x80],
    [0xc3],
    [0xe2, 0x82],
    [0xf0, 0x9f],
    [0xff],
    [0xef, 0xbb, 0xbf],
    [0xed, 0xa0, 0x80],
  ];
  const out: number[] = [];
  // The first five pieces and the BOM are whole characters.
  const kinds = validOnly ? [0, 1, 2, 3, 4, 10] : pieces.map((_, i) => i);
  while (out.length < length) out.push(...(pieces[kinds[Math.floor(random() * kinds.length)] ?? 0] ?? []));
  return Uint8Array.from(out);
}

describe('UTF-8 in chunks', () => {
  it('every chunk size gives the whole-file text, for bytes valid and invalid', () => {
    const random = lcg(7);
    for (let sample = 0; sample < 200; sample++) {
      const data = mixedBytes(random, 1 + Math.floor(random() * 40));
      const whole = decodeAll(data, 'utf-8');
      for (let size = 1; size <= 9; size++) {
        const chunks = [...decodeChunks(data, 'utf-8', size)];
        expect(chunks.join(''), `sample ${sample}, size ${size}`).toBe(whole);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }
    }
  });

  it('drops the BOM at the start of the file only, not at the start of a later chunk', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const data = Uint8Array.from([...bom, 0x61, 0x62, ...bom, 0x63]);
    expect(decodeAll(data, 'utf-8')).toBe('ab\uFEFFc');
    for (let size = 1; size <= 8; size++)
      expect([...decodeChunks(data, 'utf-8', size)].join(''), `size ${size}`).toBe('ab\uFEFFc');
  });
});

describe('UTF-8 told by pieces', () => {
  const ascii = (n: number): number[] => Array.from({ length: n }, () => 0x41);

  it('a character across the edge of a piece is valid UTF-8; a cut one or a stray byte there is not', () => {
    // The check looks at 65 536 bytes at a time: the å (C3 A5) sits across that edge.
    const across = Uint8Array.from([...ascii(65_535), 0xc3, 0xa5, ...ascii(10)]);
    expect(detectEncoding(across).how).toBe('valid-utf8');
    const cut = Uint8Array.from([...ascii(65_535), 0xc3, 0x41, 0xc3, 0xa5, ...ascii(10)]);
    expect(detectEncoding(cut)).toMatchObject({ encoding: 'utf-8', how: 'mostly-utf8', invalidBytes: 1 });
    const stray = Uint8Array.from([...ascii(200_000), 0xa5, ...ascii(10), 0xc3, 0xa5]);
    expect(detectEncoding(stray).how).toBe('mostly-utf8');
  });

  it('tells valid from invalid as a decoder reading the whole file does', () => {
    const random = lcg(11);
    for (let sample = 0; sample < 12; sample++) {
      // Half the samples valid, the other half with one stray byte somewhere.
      const data = mixedBytes(random, 70_000 + Math.floor(random() * 70_000), true);
      if (sample % 2 === 1) data[Math.floor(random() * data.length)] = 0xff;
      let whole = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(data);
      } catch {
        whole = false;
      }
      expect(detectEncoding(data).how === 'valid-utf8', `sample ${sample}`).toBe(whole);
    }
  });
});
