import { XML_MAX_TAG_CHARS } from './limits';
import { XlsxFormatError } from './zip-archive';
import { bytesText, nextByte, startsWith } from './xml-text';

/**
 * What the scanner calls. A tag is handed over as the bytes and the span it occupies, so that
 * attributes are read only where they are wanted (see `attr`, `eachAttr`), without a copy of every tag.
 */
export interface XmlHandler {
  /** True while text is wanted: the scanner decodes no text otherwise. */
  readonly wantsText: boolean;
  /**
   * An open tag. A handler may read on past the tag itself (a sheet's commonest cell, whole) and
   * return the index after what it read: the scanner goes on from there. Undefined: after the tag.
   */
  open(name: string, bytes: Uint8Array, from: number, to: number, selfClosing: boolean): number | undefined;
  close(name: string): void;
  /** A text node's bytes, whole (see textOf); a CDATA section's on their own, `cdata` true. */
  text(bytes: Uint8Array, from: number, to: number, cdata: boolean): void;
  /** A wanted text node longer than `textCap` bytes: it is skipped, not decoded. */
  textTooLong(): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;

/**
 * A small streaming XML scanner over bytes, for the parts of a workbook: bytes arrive in pieces (as
 * they are inflated) and each complete tag, close tag and text node is handed to the handler. It
 * keeps only an unfinished tag (or wanted text node) between pieces, never a whole part, and
 * decodes only the text a handler wants. It does not validate, expand DTD entities (a DOCTYPE is
 * refused) or resolve namespaces: a prefix (`x:c`) is dropped. Runs the same in the Web Worker
 * and in Node (no DOMParser).
 */
export class XmlScanner {
  private rest: Uint8Array | undefined;
  private skipping = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
    private readonly textCap: number,
  ) {}

  feed(piece: Uint8Array): void {
    let b = piece;
    if (this.rest) {
      b = new Uint8Array(this.rest.length + piece.length);
      b.set(this.rest);
      b.set(piece, this.rest.length);
      this.rest = undefined;
    }
    const h = this.handler;
    const n = b.length;
    let i = 0;
    while (i < n) {
      const lt = nextByte(b, LT, i);
      if (this.skipping) {
        if (lt < 0) return;
        // The rest of a text skipped as too long is skipped too (it was handed on as text).
        this.skipping = false;
        i = lt;
      }
      if (lt < 0) {
        if (h.wantsText) this.holdText(b, i);
        return;
      }
      if (lt > i && h.wantsText) h.text(b, i, lt, false);
      const end = this.construct(b, lt);
      if (end < 0) {
        this.rest = b.slice(lt);
        if (this.rest.length > XML_MAX_TAG_CHARS)
          throw new XlsxFormatError(`${this.part}: markup longer than ${XML_MAX_TAG_CHARS} bytes`);
        return;
      }
      i = end;
    }
  }

  end(): void {
    if (this.rest) throw new XlsxFormatError(`${this.part}: unfinished markup at the end`);
  }

  /** A wanted text node running past this piece waits for the rest, up to the cap. */
  private holdText(b: Uint8Array, from: number): void {
    if (b.length - from > this.textCap) {
      this.handler.textTooLong();
      this.skipping = true;
    } else this.rest = b.slice(from);
  }

  /** Handles the construct at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private construct(b: Uint8Array, lt: number): number {
    if (lt + 1 >= b.length) return -1;
    const next = b[lt + 1];
    if (next === SLASH) {
      const gt = nextByte(b, GT, lt + 2);
      if (gt < 0) return -1;
      let end = gt;
      while (end > lt + 2 && isSpace(b[end - 1] ?? 0)) end--;
      this.handler.close(nameAt(b, lt + 2, end));
      return gt + 1;
    }
    if (next === QUESTION) return after(b, lt + 2, '?>');
    if (next === BANG) return this.special(b, lt);
    const gt = tagEnd(b, lt + 1, this.part);
    if (gt < 0) return -1;
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isNameEnd(b[nameEnd] ?? 0)) nameEnd++;
    const selfClosing = b[gt - 1] === SLASH;
    const read = this.handler.open(
      nameAt(b, lt + 1, nameEnd),
      b,
      nameEnd,
      selfClosing ? gt - 1 : gt,
      selfClosing,
    );
    return typeof read === 'number' && read > gt && read <= b.length ? read : gt + 1;
  }

  /** A comment, CDATA (its text, as written) or a refused DOCTYPE. */
  private special(b: Uint8Array, lt: number): number {
    if (startsWith(b, lt, '<!--')) return after(b, lt + 4, '-->');
    if (startsWith(b, lt, '<![CDATA[')) {
      const end = after(b, lt + 9, ']]>');
      if (end >= 0 && this.handler.wantsText) this.handler.text(b, lt + 9, end - 3, true);
      return end;
    }
    const have = b.length - lt;
    if (have < 9) {
      const head = bytesText(b, lt, b.length);
      if ('<![CDATA['.startsWith(head) || '<!--'.startsWith(head)) return -1;
    }
    throw new XlsxFormatError(`${this.part}: a DOCTYPE is not allowed in a workbook`);
  }
}

/** The index after the first `marker` from `from`; -1 when not there yet. */
function after(b: Uint8Array, from: number, marker: string): number {
  const first = marker.charCodeAt(0);
  for (let at = b.indexOf(first, from); at >= 0; at = b.indexOf(first, at + 1))
    if (startsWith(b, at, marker)) return at + marker.length;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT;
}

/** The index of the tag's closing '>', quotes respected; -1 when the tag is not complete yet. */
function tagEnd(b: Uint8Array, from: number, part: string): number {
  for (let i = from; i < b.length; i++) {
    const c = b[i];
    if (c === GT) return i;
    if (c === QUOTE || c === APOS) {
      const close = nextByte(b, c, i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === LT) throw new XlsxFormatError(`${part}: a tag holds "<"`);
  }
  return -1;
}

/** The local name in b[from, to): `x:c` is `c`. The names a sheet repeats are returned without a copy. */
function nameAt(b: Uint8Array, from: number, to: number): string {
  for (let i = from; i < to; i++) if (b[i] === COLON) return nameAt(b, i + 1, to);
  const length = to - from;
  const c = b[from];
  if (length === 1) {
    if (c === 99) return 'c';
    if (c === 118) return 'v';
    if (c === 116) return 't';
    if (c === 114) return 'r';
    if (c === 102) return 'f';
  } else if (length === 3 && c === 114 && b[from + 1] === 111 && b[from + 2] === 119) return 'row';
  else if (length === 2 && c === 105 && b[from + 1] === 115) return 'is';
  else if (length === 2 && c === 115 && b[from + 1] === 105) return 'si';
  return bytesText(b, from, to);
}
