/**
 * A tiny fixture builder: rows of cells (or raw lines) → CSV text → bytes in a chosen encoding.
 * Cells are joined as given, with no quoting: a test that needs quotes writes them itself, so the
 * bytes the importer sees are exactly the ones the test shows.
 */

export type Eol = '\n' | '\r\n' | '\r';

export type FixtureEncoding =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1252';

export interface CsvBytesOptions {
  /** Joins the cells of array rows. Default ';'. */
  readonly delimiter?: string;
  /** Line ending between rows. Default '\n'. */
  readonly eol?: Eol;
  /** Whether the last row ends with `eol` too. Default true. */
  readonly finalEol?: boolean;
  readonly encoding?: FixtureEncoding;
}

/** A row: cells to join with the delimiter, or a raw line used verbatim. */
export type Row = readonly string[] | string;

export function csvText(rows: readonly Row[], options: CsvBytesOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const eol = options.eol ?? '\n';
  const lines = rows.map((row) => (typeof row === 'string' ? row : row.join(delimiter)));
  return lines.join(eol) + (options.finalEol === false || lines.length === 0 ? '' : eol);
}

export function csvBytes(rows: readonly Row[], options: CsvBytesOptions = {}): Uint8Array {
  return encodeText(csvText(rows, options), options.encoding ?? 'utf-8');
}

/** The Windows-1252 bytes 0x80–0x9F that differ from Latin-1 and that Swedish files use. */
const CP1252_EXTRAS: ReadonlyMap<string, number> = new Map([
  ['€', 0x80],
  ['‚', 0x82],
  ['„', 0x84],
  ['…', 0x85],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['–', 0x96],
  ['—', 0x97],
]);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const lo = unit & 0xff;
    const hi = unit >> 8;
    out[2 * i] = littleEndian ? lo : hi;
    out[2 * i + 1] = littleEndian ? hi : lo;
  }
  return out;
}

function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function encodeText(text: string, encoding: FixtureEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return concat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(text));
    case 'utf-16le':
      return utf16(text, true);
    case 'utf-16le-bom':
      return concat(Uint8Array.of(0xff, 0xfe), utf16(text, true));
    case 'utf-16be-bom':
      return concat(Uint8Array.of(0xfe, 0xff), utf16(text, false));
    case 'windows-1252': {
      const out: number[] = [];
      for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        const extra = CP1252_EXTRAS.get(ch);
        if (extra !== undefined) out.push(extra);
        else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
        else throw new RangeError(`No Windows-1252 byte for ${JSON.stringify(ch)}`);
      }
      return Uint8Array.from(out);
    }
  }
}

/** Bytes joined, for hand-made byte sequences: `bytes('a', [0xff], 'b')`. */
export function bytes(...parts: readonly (string | readonly number[])[]): Uint8Array {
  return concat(
    ...parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p))),
  );
}
