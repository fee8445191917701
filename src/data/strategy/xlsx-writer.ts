import { strToU8, zipSync } from 'fflate';
import { columnName } from '../table/xlsx/column-name';
import { toWellFormed } from '../text/well-formed';

/**
 * A small xlsx writer: sheets of text and numbers, text as inline strings, the first row bold and
 * frozen, columns as wide as their text (up to a limit). Enough for a workbook people edit in Excel and
 * our own reader reads back (src/data/table/xlsx/).
 */

export type XlsxCell = string | number | null;

export interface XlsxSheet {
  /** At most 31 characters, none of `[]:*?/\` (Excel's rule). */
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
}

// Characters XML 1.0 does not allow, even escaped: control characters but tab, LF and CR; U+FFFE/F.
// eslint-disable-next-line no-control-regex -- these are the characters to leave out
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data: escaped, with the characters XML cannot hold left out. */
export function escapeXml(text: string): string {
  return toWellFormed(text)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cellXml(ref: string, value: XlsxCell, style: string): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** A row of cells as Excel writes them: numbers as <v>, text as inline strings; `style` an xf index. */
export function rowXml(r: number, cells: readonly XlsxCell[], style = 0): string {
  const s = style > 0 ? ` s="${style}"` : '';
  return `<row r="${r}">${cells.map((v, i) => cellXml(`${columnName(i + 1)}${r}`, v, s)).join('')}</row>`;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function widths(sheet: XlsxSheet): string {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const cols = Array.from({ length: width }, (_, c) => {
    const longest = Math.max(8, ...sheet.rows.map((r) => String(r[c] ?? '').length));
    return `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, longest + 2)}" customWidth="1"/>`;
  });
  return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
}

function sheetXml(sheet: XlsxSheet): string {
  const pane =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  const rows = sheet.rows.map((cells, i) => rowXml(i + 1, cells, i === 0 ? 1 : 0)).join('');
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}">${pane}${widths(sheet)}<sheetData>${rows}</sheetData></worksheet>`;
}

const STYLES = `${XML}<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/** The workbook's parts, path → XML. */
function parts(sheets: readonly XlsxSheet[]): Record<string, string> {
  const n = sheets.length;
  const overrides = sheets
    .map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    )
    .join('');
  const entries = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${overrides}</Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${entries}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    ...Object.fromEntries(sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)])),
  };
}

/** The sheets as an xlsx file. */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array<ArrayBuffer> {
  const files = Object.fromEntries(Object.entries(parts(sheets)).map(([path, xml]) => [path, strToU8(xml)]));
  // A copy on its own ArrayBuffer: what a Blob takes.
  return new Uint8Array(zipSync(files, { level: 6 }));
}
