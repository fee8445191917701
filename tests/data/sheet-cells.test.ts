import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/data/issues/issue';
import { RAW_TEXT_CAP } from '../../src/data/table/xlsx/part-scans';
import { SheetCellReader } from '../../src/data/table/xlsx/sheet-cells';
import { XmlScanner, type XmlHandler } from '../../src/data/table/xlsx/xml-scanner';

/**
 * The sheet's commonest cell, `<c …><v>…</v></c>` whole within the bytes at hand, is read by the
 * sheet's handler in one step rather than as four calls from the scanner (sheet-cells.ts,
 * `wholeCell`). Fed one byte at a time no cell is ever whole in a piece, so every cell goes the
 * scanner's way: both ways must read the same cells and say the same things.
 */

const INFO = { shared: ['Län', 'Riket', ' padded '], dateStyles: [false, true], date1904: false };

const ROW_CELLS = [
  '<c r="A{r}" t="s"><v>0</v></c>',
  '<c r="B{r}"><v>12.5</v></c>',
  '<c r="C{r}" s="1"><v>45000</v></c>',
  '<c r="D{r}" t="str"><v>a &amp; b</v></c>',
  '<c r="E{r}" t="str"><v><![CDATA[<x>]]></v></c>',
  '<c r="F{r}"><f>SUM(A1)</f><v>3</v></c>',
  '<c r="G{r}" t="inlineStr"><is><t>hej</t></is></c>',
  '<c r="H{r}"><v>1</v> </c>',
  '<x:c r="I{r}"><x:v>7</x:v></x:c>',
  '<c r="J{r}" t="s"><v></v></c>',
  '<c r="K{r}" t="e"><v>#N/A</v></c>',
  '<c r="L{r}" t="s"><v>2</v></c>',
  '<c r="M{r}" t="str"><v>{long}</v></c>',
  '<c r="N{r}" t="b"><v>1</v></c>',
  '<c r="O{r}"/>',
  '<c r="P{r}"><v>-3.2E-5</v></c>',
  '<c><v>8</v></c>',
  // Malformed: a cell left open, the next one straight after its value.
  '<c r="S{r}"><v>5</v><c r="T{r}"><v>6</v></c>',
];

function sheetXml(): Uint8Array {
  const rows: string[] = ['<worksheet><sheetData>'];
  for (let r = 1; r <= 4; r++) {
    const cells = ROW_CELLS.map((c) =>
      c.replaceAll('{r}', String(r)).replace('{long}', 'x'.repeat(r * 20_000)),
    );
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  rows.push('<row r="9"><c r="XFE9"><v>1</v></c><c r="A9"><v>2</v></c></row></sheetData></worksheet>');
  return new TextEncoder().encode(rows.join(''));
}

interface Read {
  readonly cells: readonly string[];
  readonly issues: readonly string[];
  /** The close tags the scanner handed over (the whole cells read by the handler add none). */
  readonly closesFromScanner: number;
}

function read(bytes: Uint8Array, size: number): Read {
  const reader = new SheetCellReader('Blad1', INFO);
  let closesFromScanner = 0;
  const handler: XmlHandler = {
    get wantsText() {
      return reader.wantsText;
    },
    open: (name, b, from, to, selfClosing) => reader.open(name, b, from, to, selfClosing),
    close: (name) => {
      closesFromScanner++;
      reader.close(name);
    },
    text: (b, from, to, cdata) => reader.text(b, from, to, cdata),
    textTooLong: () => reader.textTooLong(),
  };
  const scanner = new XmlScanner(handler, 'xl/worksheets/sheet1.xml', RAW_TEXT_CAP);
  for (let at = 0; at < bytes.length; at += size) scanner.feed(bytes.subarray(at, at + size));
  scanner.end();
  const { store, issues } = reader.finish();
  const cells: string[] = [];
  for (let k = 0; k < store.length; k++)
    cells.push(`${store.rows[k]}:${store.columns[k]}=${store.text(k).slice(0, 20)}`);
  const collector = new IssueCollector('bok.xlsx');
  for (const add of issues) add(collector);
  return {
    cells,
    issues: collector.finish().map((i) => `${i.code}@${i.line}:${i.column}`),
    closesFromScanner,
  };
}

describe('a sheet read with its whole cells in one step, and cut at every byte', () => {
  const bytes = sheetXml();
  const whole = read(bytes, bytes.length);

  it('reads the same cells and says the same things either way', () => {
    const byByte = read(bytes, 1);
    expect(whole.cells).toEqual(byByte.cells);
    expect(whole.issues).toEqual(byByte.issues);
    // The whole cells were read by the handler: fewer close tags came from the scanner.
    expect(whole.closesFromScanner).toBeLessThan(byByte.closesFromScanner);
  });

  it.each([7, 13, 64, 4096])('and cut every %i bytes', (size) => {
    const cut = read(bytes, size);
    expect(cut.cells).toEqual(whole.cells);
    expect(cut.issues).toEqual(whole.issues);
  });

  it('what it reads: numbers as written, shared strings, dates, entities; the errors on their cells', () => {
    expect(whole.cells).toEqual(
      expect.arrayContaining([
        '1:1=Län',
        '1:2=12.5',
        '1:3=2023-03-15',
        '1:4=a & b',
        '1:5=<x>',
        '1:6=3',
        '1:7=hej',
        '1:12= padded ',
        '1:13=xxxxxxxxxxxxxxxxxxxx',
        '1:14=true',
        '1:16=-3.2E-5',
        '1:17=8',
        '9:1=2',
      ]),
    );
    // Row 2's long text is past Excel's 32 767 characters; XFE is past Excel's last column.
    expect(whole.cells.some((c) => c.startsWith('2:13='))).toBe(false);
    expect(whole.issues).toEqual(expect.arrayContaining(['xlsx_cell_reference_invalid@9:null']));
    expect(whole.issues.some((i) => i.endsWith('@2:13'))).toBe(true);
  });
});
