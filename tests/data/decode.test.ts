import { describe, expect, it } from 'vitest';
import { decodeAll, decodeChunks, detectEncoding, type TextEncoding } from '../../src/data/text/decode';
import { bytes, encodeText, type FixtureEncoding } from '../support/csv-bytes';

const TEXT = 'region;värde\n01;12,5\n';

describe('detectEncoding', () => {
  it('a UTF-8 BOM means UTF-8', () => {
    expect(detectEncoding(encodeText(TEXT, 'utf-8-bom'))).toEqual({
      encoding: 'utf-8',
      bom: true,
      invalidBytes: 0,
      how: 'bom',
    });
  });

  it('a UTF-16LE BOM means UTF-16LE, a UTF-16BE BOM UTF-16BE', () => {
    expect(detectEncoding(encodeText(TEXT, 'utf-16le-bom'))).toEqual({
      encoding: 'utf-16le',
      bom: true,
      invalidBytes: 0,
      how: 'bom',
    });
    expect(detectEncoding(encodeText(TEXT, 'utf-16be-bom'))).toMatchObject({
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('UTF-16LE without a BOM is told by its zero bytes', () => {
    expect(detectEncoding(encodeText(TEXT, 'utf-16le'))).toEqual({
      encoding: 'utf-16le',
      bom: false,
      invalidBytes: 0,
      how: 'zero-bytes',
    });
  });

  it('plain ASCII and valid UTF-8 are UTF-8', () => {
    expect(detectEncoding(bytes('a;b\n1;2\n'))).toEqual({
      encoding: 'utf-8',
      bom: false,
      invalidBytes: 0,
      how: 'valid-utf8',
    });
    expect(detectEncoding(bytes('Västerås;Jönköping 😀\n'))).toMatchObject({
      encoding: 'utf-8',
      how: 'valid-utf8',
    });
  });

  it('Windows-1252 bytes (0xE4 for ä) with no valid UTF-8 sequence are Windows-1252', () => {
    const cp1252 = encodeText('region;värde\nVästerås;1\nJönköping;2\n', 'windows-1252');
    expect(Array.from(cp1252)).toContain(0xe4);
    expect(detectEncoding(cp1252)).toEqual({
      encoding: 'windows-1252',
      bom: false,
      invalidBytes: 0,
      how: 'not-utf8',
    });
  });

  it('UTF-8 with one invalid byte among valid multibyte characters stays UTF-8 and counts the byte', () => {
    expect(detectEncoding(bytes('å;', [0xff], ';ä\n'))).toEqual({
      encoding: 'utf-8',
      bom: false,
      invalidBytes: 1,
      how: 'mostly-utf8',
    });
  });

  it('counts truncated, overlong and surrogate sequences as invalid bytes', () => {
    // A lead byte C3 at the very end, with nothing to continue it.
    expect(detectEncoding(bytes('å', [0xc3]))).toMatchObject({ encoding: 'utf-8', invalidBytes: 1 });
    // C0 80 (overlong NUL): C0 is never a lead byte, 80 is a stray continuation byte.
    expect(detectEncoding(bytes('å', [0xc0, 0x80]))).toMatchObject({ encoding: 'utf-8', invalidBytes: 2 });
    // ED A0 80 encodes the surrogate U+D800: three bytes, none of them starting a valid sequence.
    expect(detectEncoding(bytes('å', [0xed, 0xa0, 0x80]))).toMatchObject({
      encoding: 'utf-8',
      invalidBytes: 3,
    });
  });

  it('with a BOM, the invalid bytes are counted too', () => {
    expect(detectEncoding(bytes([0xef, 0xbb, 0xbf], 'a', [0xff]))).toMatchObject({
      encoding: 'utf-8',
      bom: true,
      invalidBytes: 1,
    });
  });
});

describe('decodeAll', () => {
  it('drops the BOM', () => {
    expect(decodeAll(encodeText(TEXT, 'utf-8-bom'), 'utf-8')).toBe(TEXT);
    expect(decodeAll(encodeText(TEXT, 'utf-16le-bom'), 'utf-16le')).toBe(TEXT);
    expect(decodeAll(encodeText(TEXT, 'utf-16be-bom'), 'utf-16be')).toBe(TEXT);
  });

  it('reads Windows-1252 letters å ä ö', () => {
    expect(decodeAll(Uint8Array.of(0x56, 0xe4, 0x78, 0x6a, 0xf6, 0x20, 0xc5, 0xe5), 'windows-1252')).toBe(
      'Växjö Åå',
    );
  });

  // Node ≥ 20.18.3 and ≥ 22.13.0 decode 'windows-1252' bytes 0x80–0x9F as C1 controls
  // (nodejs/node#60888); decode.ts maps them itself, so check-data gets "€", "–", "”" right too.
  it('reads the Windows-1252 bytes 0x80–0x9F that differ from Latin-1 (€, –, ”)', () => {
    expect(decodeAll(Uint8Array.of(0x80, 0x96, 0x94), 'windows-1252')).toBe('€–”');
  });

  it('turns invalid UTF-8 into U+FFFD (rows with it are rejected later)', () => {
    expect(decodeAll(bytes('a', [0xff], 'b'), 'utf-8')).toBe('a\uFFFDb');
  });
});

describe('decodeChunks', () => {
  const SAMPLE = 'Åsa;Älvdalen;Örebro;Malmö 😀\n"å ä ö";ÅÄÖ\r\n€ 12,5\n';
  const cases: readonly (readonly [FixtureEncoding, TextEncoding, string])[] = [
    ['utf-8', 'utf-8', SAMPLE],
    ['utf-8-bom', 'utf-8', SAMPLE],
    ['utf-16le-bom', 'utf-16le', SAMPLE],
    ['utf-16le', 'utf-16le', SAMPLE],
    ['utf-16be-bom', 'utf-16be', SAMPLE],
    // Without € and 😀: the first is hit by the runtime bug above, the second has no Windows-1252 byte.
    ['windows-1252', 'windows-1252', SAMPLE.replace('😀', ':)').replace('€', 'EUR')],
  ];

  it.each(cases)('%s: every chunk size 1..16 gives the whole-file text', (fixture, encoding, text) => {
    const data = encodeText(text, fixture);
    expect(decodeAll(data, encoding)).toBe(text);
    for (let size = 1; size <= 16; size++) {
      const chunks = [...decodeChunks(data, encoding, size)];
      expect(chunks.join(''), `size ${size}`).toBe(text);
      expect(chunks.every((c) => c.length > 0)).toBe(true);
    }
  });

  it('invalid UTF-8 decodes the same in chunks as whole', () => {
    const data = bytes('å', [0xff], 'ä', [0xe4, 0x41], '😀', [0xf0, 0x9f]);
    const whole = decodeAll(data, 'utf-8');
    for (let size = 1; size <= 16; size++)
      expect([...decodeChunks(data, 'utf-8', size)].join('')).toBe(whole);
  });

  it('a chunk size below 1 is read as 1 rather than looping', () => {
    expect([...decodeChunks(bytes('abc'), 'utf-8', 0)].join('')).toBe('abc');
    expect([...decodeChunks(bytes('abc'), 'utf-8', 0.5)].join('')).toBe('abc');
  });

  it('yields nothing for no bytes', () => {
    expect([...decodeChunks(new Uint8Array(0), 'utf-8', 4)]).toEqual([]);
  });
});
