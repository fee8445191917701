import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { escapeXml, rowXml } from '../../src/data/strategy/xlsx-writer';
import { columnName } from '../../src/data/table/xlsx/column-name';

// The app's own xlsx writer escapes text and writes rows (src/data/strategy/xlsx-writer.ts): one copy.
export { columnName, escapeXml, rowXml };

/**
 * Test workbooks built at run time: honest ones laid out as Excel writes them, and hostile ones
 * (zip bombs) whose parts are deflate streams made by hand, so that a part inflating to 1 GiB costs
 * a few MB and a few milliseconds to make.
 */

/** A zip entry's data as stored: deflated (method 8) or stored (0), with the inflated size and CRC. */
export interface PackedPart {
  readonly packed: Uint8Array;
  readonly method: 0 | 8;
  readonly size: number;
  readonly crc: number;
}

export interface SheetSpec {
  readonly name: string;
  /** The XML inside <sheetData> (rows and cells), or the whole part already packed. */
  readonly rows: string | PackedPart;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Shared strings, each written as <si><t>…</t></si>, or taken as the inside of <si> when it starts with '<'. */
  readonly shared?: readonly string[];
  /** Custom number formats (id → format code). */
  readonly numFmts?: Readonly<Record<number, string>>;
  /** The cellXfs' numFmtIds, in style-index order (default: one style, General). */
  readonly cellXfs?: readonly number[];
  readonly date1904?: boolean;
  /** More parts, path → text or a packed part (an unreferenced 1 GiB part, say). */
  readonly extra?: Readonly<Record<string, string | PackedPart>>;
}

const enc = new TextEncoder();
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const SHEET_HEAD = `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** Text deflated by fflate. */
export function packText(text: string): PackedPart {
  const data = enc.encode(text);
  return { packed: deflateSync(data, { level: 1 }), method: 8, size: data.length, crc: crc32(data) };
}

function workbookParts(spec: WorkbookSpec): Record<string, string | PackedPart> {
  const n = spec.sheets.length;
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = spec.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const fmts = Object.entries(spec.numFmts ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join('');
  const xfs = (spec.cellXfs ?? [0])
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join('');
  const shared = (spec.shared ?? [])
    .map((s) =>
      s.startsWith('<') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`,
    )
    .join('');
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${XML}<styleSheet xmlns="${NS}"><numFmts>${fmts}</numFmts><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `${XML}<sst xmlns="${NS}">${shared}</sst>`,
    ...Object.fromEntries(
      spec.sheets.map((s, i) => [
        `xl/worksheets/sheet${i + 1}.xml`,
        typeof s.rows === 'string' ? `${SHEET_HEAD}${s.rows}${SHEET_TAIL}` : s.rows,
      ]),
    ),
    ...spec.extra,
  };
}

/** A workbook as Excel lays it out: every part deflated. */
export function xlsxBytes(spec: WorkbookSpec): Uint8Array {
  const parts = Object.entries(workbookParts(spec)).map(
    ([path, p]) => [path, typeof p === 'string' ? packText(p) : p] as const,
  );
  return zipArchive(parts);
}

/** A zip archive of packed parts, with local headers, a central directory and its end record. */
export function zipArchive(parts: readonly (readonly [string, PackedPart])[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [path, part] of parts) {
    const name = enc.encode(path);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, part.method, true);
    l.setUint32(14, part.crc, true);
    l.setUint32(18, part.packed.length, true);
    l.setUint32(22, part.size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, part.method, true);
    c.setUint32(16, part.crc, true);
    c.setUint32(20, part.packed.length, true);
    c.setUint32(24, part.size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    chunks.push(local, part.packed);
    centrals.push(central);
    offset += local.length + part.packed.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, centrals.length, true);
  e.setUint16(10, centrals.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...chunks, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Writes deflate's fixed-Huffman codes, most significant bit first, into bytes least significant bit first. */
class BitWriter {
  private bytes: Uint8Array;
  private bit = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  /** Plain bits (block headers), least significant first. */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.one((value >> i) & 1);
  }
  /** A Huffman code, most significant bit first. */
  code(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.one((value >> i) & 1);
  }
  private one(b: number): void {
    const at = this.bit >> 3;
    if (at >= this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    if (b) this.bytes[at] = (this.bytes[at] ?? 0) | (1 << (this.bit & 7));
    this.bit++;
  }
  literal(v: number): void {
    if (v < 144) this.code(0x30 + v, 8);
    else this.code(0x190 + v - 144, 9);
  }
  done(): Uint8Array {
    return this.bytes.slice(0, (this.bit + 7) >> 3);
  }
}

/**
 * Text, then `count` copies of one byte, then more text, as one fixed-Huffman deflate block: each
 * run of 258 copies is a 13-bit back-reference, so 1 GiB packs into about 7 MB.
 */
export function packRepeated(before: string, byte: number, count: number, after: string): PackedPart {
  const head = enc.encode(before);
  const tail = enc.encode(after);
  const w = new BitWriter(Math.ceil((count / 258) * 13) / 8 + 1024 + 2 * (head.length + tail.length));
  w.bits(1, 1); // final block
  w.bits(1, 2); // fixed Huffman codes
  for (const b of head) w.literal(b);
  let left = count;
  if (left > 0) {
    w.literal(byte);
    left--;
  }
  for (; left >= 258; left -= 258) {
    w.code(0xc5, 8); // length 258 (code 285)
    w.code(0, 5); // distance 1
  }
  for (; left > 0; left--) w.literal(byte);
  for (const b of tail) w.literal(b);
  w.code(0, 7); // end of block
  let crc = crc32(head);
  const chunk = new Uint8Array(Math.min(count, 1 << 20)).fill(byte);
  for (let n = count; n > 0; n -= chunk.length)
    crc = crc32(n >= chunk.length ? chunk : chunk.subarray(0, n), crc);
  crc = crc32(tail, crc);
  return { packed: w.done(), method: 8, size: head.length + count + tail.length, crc };
}
