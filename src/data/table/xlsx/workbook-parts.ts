import { isDateFormat } from './date-formats';
import { XLSX_MAX_CELL_CHARS, XLSX_MAX_SHARED_STRINGS } from './limits';
import { scanPart, type ScanSteps } from './part-scans';
import { attr } from './xml-attributes';
import type { XmlHandler } from './xml-scanner';
import { textOf, unescapeXlsx } from './xml-text';
import { XlsxFormatError, type ZipArchive } from './zip-archive';

/** One sheet as the workbook lists it, with the part that holds it. */
export interface SheetEntry {
  readonly name: string;
  readonly path: string | undefined;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

/** A shared string, or null for one longer than Excel's cell limit (its cells are errors). */
export type SharedString = string | null;

const REL_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];

/** Handles open tags only, for the small parts. */
function onOpen(open: (name: string, b: Uint8Array, from: number, to: number) => void): XmlHandler {
  return {
    wantsText: false,
    open: (name, b, from, to) => {
      open(name, b, from, to);
      return undefined;
    },
    close: () => undefined,
    text: () => undefined,
    textTooLong: () => undefined,
  };
}

/** The relationship target as a path in the archive: absolute from the root, else relative to xl/. */
function partPath(target: string): string {
  const out: string[] = [];
  const parts = target.startsWith('/') ? target.slice(1).split('/') : ['xl', ...target.split('/')];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** xl/workbook.xml and its relationships: the sheets in order, their parts, the date system. */
export function* workbookInfoSteps(zip: ZipArchive): ScanSteps<WorkbookInfo> {
  for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'])
    if (!zip.has(part)) throw new XlsxFormatError(`${part} missing`);
  const targets = new Map<string, string>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  yield* scanPart(
    zip,
    'xl/_rels/workbook.xml.rels',
    onOpen((name, s, from, to) => {
      if (name !== 'Relationship') return;
      const type = attr(s, from, to, 'Type') ?? '';
      const target = attr(s, from, to, 'Target');
      const base = REL_BASES.find((b) => type.startsWith(b));
      if (base === undefined || target === undefined) return;
      const kind = type.slice(base.length);
      if (kind === 'styles') styles = partPath(target);
      else if (kind === 'sharedStrings') sharedStrings = partPath(target);
      else if (kind === 'worksheet') targets.set(attr(s, from, to, 'Id') ?? '', partPath(target));
    }),
  );
  const sheets: SheetEntry[] = [];
  let date1904: boolean | undefined;
  yield* scanPart(
    zip,
    'xl/workbook.xml',
    onOpen((name, s, from, to) => {
      if (name === 'workbookPr' && date1904 === undefined) {
        const v = attr(s, from, to, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const sheetName = attr(s, from, to, 'name');
        if (sheetName)
          sheets.push({ name: unescapeXlsx(sheetName), path: targets.get(attr(s, from, to, 'id') ?? '') });
      }
    }),
  );
  return { sheets, date1904: date1904 ?? false, sharedStrings, styles };
}

/**
 * For each cell style (cellXfs, by index), whether its number format shows a date. A style that
 * names no format of its own takes its base style's (cellStyleXfs), as Excel does.
 */
export function* dateStyleSteps(zip: ZipArchive, path: string | undefined): ScanSteps<readonly boolean[]> {
  const part = path ?? 'xl/styles.xml';
  if (!zip.has(part)) return [];
  const codes = new Map<number, string | undefined>();
  const base: (number | undefined)[] = [];
  const dates: boolean[] = [];
  let section: 'base' | 'cell' | undefined;
  const handler: XmlHandler = {
    wantsText: false,
    open: (name, s, from, to) => {
      if (name === 'numFmt') {
        const id = Number(attr(s, from, to, 'numFmtId'));
        // Ids below 100 are Excel's built-in formats, whatever code a file writes for them.
        codes.set(id, id >= 100 ? attr(s, from, to, 'formatCode') : undefined);
      } else if (name === 'cellStyleXfs' || name === 'cellXfs')
        section = name === 'cellXfs' ? 'cell' : 'base';
      else if (name === 'xf' && section !== undefined) {
        const own = attr(s, from, to, 'numFmtId');
        const id = own ? Number(own) : undefined;
        if (section === 'base') base.push(id);
        else {
          const xfId = Number(attr(s, from, to, 'xfId') ?? 0);
          if (id !== undefined) dates.push(isDateFormat(id, codes.get(id)));
          else {
            const inherited = xfId ? base[xfId] : undefined;
            dates.push(inherited !== undefined && isDateFormat(inherited, undefined));
          }
        }
      }
    },
    close: (name) => {
      if (name === 'cellStyleXfs' || name === 'cellXfs') section = undefined;
    },
    text: () => undefined,
    textTooLong: () => undefined,
  };
  yield* scanPart(zip, part, handler);
  return dates;
}

/** The shared strings (rich-text runs joined, phonetic runs left out), streamed. */
export function* sharedStringSteps(
  zip: ZipArchive,
  path: string | undefined,
): ScanSteps<readonly SharedString[]> {
  const part = path ?? 'xl/sharedStrings.xml';
  if (!zip.has(part)) return [];
  const strings: SharedString[] = [];
  let inSi = false;
  let inRun = false;
  let inPhonetic = false;
  let raw = '';
  let long = false;
  const handler = {
    wantsText: false,
    open(name: string, _b: Uint8Array, _from: number, _to: number, selfClosing: boolean): undefined {
      if (name === 'si') {
        inSi = !selfClosing;
        raw = '';
        long = false;
        if (selfClosing) strings.push('');
      } else if (!inSi) return undefined;
      else if (name === 'r') inRun = !selfClosing;
      else if (name === 'rPh') inPhonetic = !selfClosing;
      else if (name === 't' && !inPhonetic) {
        // A plain <t> is the string; runs (<r><t>) are joined.
        if (!inRun) raw = '';
        handler.wantsText = !selfClosing;
      }
      return undefined;
    },
    close(name: string): void {
      if (name === 't') handler.wantsText = false;
      else if (name === 'r') inRun = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && inSi) {
        inSi = false;
        const text = long ? null : unescapeXlsx(raw);
        // Trimmed once here: every cell that uses it reads it trimmed, as the old reader did.
        strings.push(text !== null && text.length <= XLSX_MAX_CELL_CHARS ? text.trim() : null);
        if (strings.length > XLSX_MAX_SHARED_STRINGS)
          throw new SharedStringsCapError(XLSX_MAX_SHARED_STRINGS);
      }
    },
    text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
      if (long) return;
      const piece = textOf(b, from, to, cdata);
      if (raw.length + piece.length > XLSX_MAX_CELL_CHARS) long = true;
      else raw += piece;
    },
    textTooLong(): void {
      long = true;
    },
  };
  yield* scanPart(zip, part, handler);
  return strings;
}

export class SharedStringsCapError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} shared strings`);
  }
}
