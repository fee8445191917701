/**
 * Bytes → text. UTF-8 is read strictly; a file that is not UTF-8 and carries no valid UTF-8
 * sequences is read as Windows-1252 (Excel's "CSV (semikolonavgränsad)") with a warning;
 * UTF-16 is recognised by its byte order mark (Excel's "Unicode-text") or by its zero bytes.
 */

import { asciiText, isAscii } from './ascii-text';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface EncodingDetection {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  /** UTF-8 with some invalid bytes: rows containing them are rejected, never stored with U+FFFD. */
  readonly invalidBytes: number;
  /** How the encoding was told: for the import summary. */
  readonly how: 'bom' | 'valid-utf8' | 'mostly-utf8' | 'not-utf8' | 'zero-bytes';
}

export function detectEncoding(bytes: Uint8Array): EncodingDetection {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const scan = scanUtf8(bytes, 3);
    return { encoding: 'utf-8', bom: true, invalidBytes: scan.invalid, how: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', bom: true, invalidBytes: 0, how: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', bom: true, invalidBytes: 0, how: 'bom' };
  }
  const zeros = utf16ByZeroBytes(bytes);
  if (zeros) return { encoding: zeros, bom: false, invalidBytes: 0, how: 'zero-bytes' };

  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bom: false, invalidBytes: 0, how: 'valid-utf8' };
  const scan = scanUtf8(bytes, 0);
  if (scan.multibyte > 0)
    return { encoding: 'utf-8', bom: false, invalidBytes: scan.invalid, how: 'mostly-utf8' };
  return { encoding: 'windows-1252', bom: false, invalidBytes: 0, how: 'not-utf8' };
}

/** Bytes checked at a time by isValidUtf8. */
const CHECK_BYTES = 1 << 16;

/**
 * Whether the bytes are UTF-8, checked a piece at a time (cut between characters, see utf8End):
 * a piece all ASCII needs no decoder, and no string of the whole file is made.
 */
function isValidUtf8(bytes: Uint8Array): boolean {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let offset = 0; offset < bytes.length;) {
      const end = utf8End(bytes, offset, Math.min(bytes.length, offset + CHECK_BYTES));
      const piece = bytes.subarray(offset, end);
      if (!isAscii(piece)) strict.decode(piece);
      offset = end;
    }
    return true;
  } catch {
    return false;
  }
}

/** Counts valid multi-byte sequences and invalid bytes, to tell a damaged UTF-8 file from Windows-1252. */
function scanUtf8(bytes: Uint8Array, start: number): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = start;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** UTF-16 without a BOM shows as a zero byte in every other position of ASCII text. */
function utf16ByZeroBytes(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1252's bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Decoded by
 * hand: some Node releases' TextDecoder turns them into C1 control characters (nodejs/node#60888).
 * The five bytes the code page leaves undefined map to themselves, as the WHATWG decoder does.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const utf16 = new TextDecoder('utf-16le');

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    units[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
  }
  return utf16.decode(units);
}

/** Decodes in chunks; the BOM is dropped. Invalid UTF-8 becomes U+FFFD here and is caught per row. */
export function* decodeChunks(
  bytes: Uint8Array,
  encoding: TextEncoding,
  chunkBytes: number,
): Generator<string> {
  const size = Math.max(1, Math.floor(chunkBytes));
  if (encoding === 'windows-1252') {
    // One byte, one character: chunks decode on their own.
    for (let offset = 0; offset < bytes.length; offset += size)
      yield decodeWindows1252(bytes.subarray(offset, Math.min(bytes.length, offset + size)));
    return;
  }
  if (encoding === 'utf-8') {
    yield* utf8Chunks(bytes, size);
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  for (let offset = 0; offset < bytes.length; offset += size) {
    const end = Math.min(bytes.length, offset + size);
    const text = decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
    if (text.length > 0) yield text;
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

/**
 * Where a UTF-8 chunk from `offset` ends, at about `end`, so that it decodes on its own as it would
 * within the file: before a byte that is no continuation byte (10xxxxxx) — whatever came before it
 * is then either complete or an error — or after four continuation bytes, which no character has.
 */
function utf8End(bytes: Uint8Array, offset: number, end: number): number {
  if (end >= bytes.length) return bytes.length;
  const continues = (k: number): boolean => ((bytes[k] ?? 0) & 0xc0) === 0x80;
  for (let p = end; p > offset && p >= end - 3; p--) if (!continues(p)) return p;
  let p = end;
  while (p < bytes.length && p < end + 3 && continues(p)) p++;
  return p;
}

/**
 * UTF-8 in chunks cut between characters, each decoded on its own: the text is the same as a
 * streaming decoder's (an invalid sequence is never split), and a decoder not streaming is
 * several times faster in Node. Only the file's first chunk drops a BOM.
 */
function* utf8Chunks(bytes: Uint8Array, size: number): Generator<string> {
  const first = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const rest = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  for (let offset = 0; offset < bytes.length;) {
    const end = utf8End(bytes, offset, Math.min(bytes.length, offset + size));
    const chunk = bytes.subarray(offset, end);
    const text = asciiText(chunk) ?? (offset === 0 ? first : rest).decode(chunk);
    if (text.length > 0) yield text;
    offset = end;
  }
}

/** The whole text at once, for small files and JSON. */
export function decodeAll(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
}
