/** Text from a part's bytes: decoding, XML's entities, Excel's own escapes. */

const AMP = 38;
const utf8 = new TextDecoder();

/** Bytes as text: short ASCII runs (digits, references, codes) without the decoder's overhead. */
export function bytesText(b: Uint8Array, from: number, to: number): string {
  if (to - from <= 24) {
    let ascii = true;
    for (let k = from; k < to; k++)
      if ((b[k] ?? 0) >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return String.fromCharCode.apply(null, b.subarray(from, to) as unknown as number[]);
  }
  return utf8.decode(b.subarray(from, to));
}

/** Searches within [from, to) only: indexOf would run on to the end of the piece. */
export function find(b: Uint8Array, byte: number, from: number, to: number): number {
  for (let k = from; k < to; k++) if (b[k] === byte) return k;
  return -1;
}

/** Whether b holds the (ASCII) `text` at `at`. */
export function startsWith(b: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > b.length) return false;
  for (let k = 0; k < text.length; k++) if (b[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * The index of the next `byte` from `from` to the end of b, or -1. Most searches in a sheet end
 * within a few bytes, where a loop costs far less than a call to indexOf; a longer one (a long
 * text) goes on by indexOf.
 */
export function nextByte(b: Uint8Array, byte: number, from: number): number {
  const n = b.length;
  const near = Math.min(n, from + 64);
  for (let k = from; k < near; k++) if (b[k] === byte) return k;
  return near < n ? b.indexOf(byte, near) : -1;
}

function hasAmp(b: Uint8Array, from: number, to: number): boolean {
  return find(b, AMP, from, to) >= 0;
}

/** Text of an attribute value or a text node, entities decoded. */
export function xmlText(b: Uint8Array, from: number, to: number): string {
  const text = bytesText(b, from, to);
  return hasAmp(b, from, to) ? decodeXml(text) : text;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else is kept as written. */
export function decodeXml(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A text node's text: CDATA as written, other text with its entities decoded. */
export function textOf(b: Uint8Array, from: number, to: number, cdata: boolean): string {
  return cdata ? bytesText(b, from, to) : xmlText(b, from, to);
}

/** Excel's `_xHHHH_` escapes (ST_Xstring) for characters XML cannot hold: `_x000D_` is a carriage return. */
export function unescapeXlsx(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
