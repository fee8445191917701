import { describe, expect, it } from 'vitest';
import { importFileAsync } from '../../src/data/pipeline/import-file';
import { accountingBalances, codesOf, issuesWith, storedRows } from '../support/import-helpers';
import { rowXml, xlsxBytes, type WorkbookSpec } from '../support/xlsx-bytes';

/**
 * The workbook reader on honest workbooks: each cell type reads as the reader it replaced
 * (read-excel-file 9) gave it. The `not` column keeps a cell's text as read, so each case shows it.
 */

const HEADER = rowXml(1, ['region', 'indikator', 'period', 'värde', 'not']);
const n = (ref: string, v: string, style?: number): string =>
  `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${v}</v></c>`;
/** Row r: region 01, indicator x, period 2000 + r, value r, and `note` as the fifth cell (column E). */
const noteRow = (r: number, note: string): string =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>01</t></is></c><c r="B${r}" t="inlineStr"><is><t>x</t></is></c>${n(`C${r}`, String(2000 + r))}${n(`D${r}`, String(r))}${note}</row>`;

async function notes(
  spec: Omit<WorkbookSpec, 'sheets'>,
  cells: readonly string[],
): Promise<(string | undefined)[]> {
  const rows = cells.map((c, i) => noteRow(i + 2, c.replace(/REF/g, `E${i + 2}`))).join('');
  const r = await importFileAsync(
    'bok.xlsx',
    xlsxBytes({ ...spec, sheets: [{ name: 'Blad1', rows: HEADER + rows }] }),
  );
  expect(accountingBalances(r)).toBe(true);
  return storedRows(r).map((o) => o.note);
}

describe('cells read as the old reader read them', () => {
  it("numbers keep the file's own digits", async () => {
    expect(
      await notes(
        {},
        ['6.7000000000000002', '1E-3', '-0', '12345678901234567890'].map((v) => n('REF', v)),
      ),
    ).toEqual(['6.7000000000000002', '1E-3', '-0', '12345678901234567890']);
  });

  it('date-formatted numbers are ISO days: built-in ids 14 and 22, custom y/m/d formats; others stay numbers', async () => {
    const spec = {
      numFmts: { 164: 'yyyy\\-mm\\-dd;@', 165: '0.00%', 166: '[$-41D]mmmm\\ yyyy;@', 167: '#,##0\\ "kr"' },
      cellXfs: [0, 14, 22, 164, 165, 166, 167],
    };
    const cells = [
      n('REF', '45000', 1),
      n('REF', '45000.75', 2),
      n('REF', '44927', 3),
      n('REF', '0.5', 4),
      n('REF', '1', 5),
      n('REF', '3', 6),
    ];
    expect(await notes(spec, cells)).toEqual([
      '2023-03-15',
      '2023-03-15',
      '2023-01-01',
      '0.5',
      '1899-12-31',
      '3',
    ]);
  });

  it('the 1904 date system (old Mac Excel) counts from 1904', async () => {
    expect(await notes({ date1904: true, cellXfs: [0, 14] }, [n('REF', '40000', 1)])).toEqual(['2013-07-07']);
  });

  it('shared strings (rich-text runs joined, phonetic runs left out), inline strings, booleans, formulas, entities', async () => {
    const shared = [
      '<r><t>fet </t></r><r><rPr><b/></rPr><t>text</t></r>',
      '<t>02</t><rPh sb="0" eb="1"><t>ニ</t></rPh>',
      '  mellanslag  ',
    ];
    const cells = [
      '<c r="REF" t="s"><v>0</v></c>',
      '<c r="REF" t="s"><v>1</v></c>',
      '<c r="REF" t="s"><v>2</v></c>',
      '<c r="REF" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>',
      '<c r="REF" t="b"><v>1</v></c>',
      '<c r="REF" t="str"><f>A1</f><v>a_x000D_b &amp; &lt;c&gt; &#229;&#xE4;&#128512;</v></c>',
      '<c r="REF" t="d"><v>2021-06-10T00:47:45.700Z</v></c>',
      '<c r="REF" t="inlineStr"><is><t><![CDATA[<rå & text>]]></t></is></c>',
    ];
    expect(await notes({ shared }, cells)).toEqual([
      'fet text',
      '02',
      'mellanslag',
      'ab',
      'true',
      'a\rb & <c> åä😀',
      '2021-06-10',
      '<rå & text>',
    ]);
  });

  it('an error value (#DIV/0!) and an empty string are no value; the row is still read', async () => {
    expect(
      await notes({}, [
        '<c r="REF" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        '<c r="REF" t="str"><f>""</f><v></v></c>',
      ]),
    ).toEqual([undefined, undefined]);
  });
});

describe('rows, sheets and the issues the reader adds', () => {
  it("line numbers are the sheet's own rows: skipped numbers stay skipped, rows without r follow on", async () => {
    const rows = `${rowXml(3, ['region', 'indikator', 'period', 'värde'])}${rowXml(7, ['01', 'x', 2020, 1])}<row><c t="inlineStr"><is><t>03</t></is></c><c t="inlineStr"><is><t>x</t></is></c><c><v>2020</v></c><c><v>2</v></c></row>${rowXml(12, ['04', 'x', 2020, 3])}`;
    const r = await importFileAsync('bok.xlsx', xlsxBytes({ sheets: [{ name: 'Blad1', rows }] }));
    expect(storedRows(r).map((o) => [o.region, o.line])).toEqual([
      ['01', 7],
      ['03', 8],
      ['04', 12],
    ]);
    expect(accountingBalances(r)).toBe(true);
  });

  const book = xlsxBytes({
    sheets: [
      { name: 'Om tabellen', rows: rowXml(1, ['Källa: SCB']) },
      {
        name: 'Data',
        rows: rowXml(1, ['region', 'indikator', 'period', 'värde']) + rowXml(2, ['01', 'x', '2023', 1]),
      },
      {
        name: 'Annat',
        rows: rowXml(1, ['region', 'indikator', 'period', 'värde']) + rowXml(2, ['03', 'y', '2022', 2]),
      },
    ],
  });

  it('without a sheet named, the first sheet that holds a table is read, and the sheets are listed', async () => {
    const r = await importFileAsync('bok.xlsx', book);
    expect(storedRows(r).map((o) => o.region)).toEqual(['01']);
    expect(r.sheets).toEqual({ names: ['Om tabellen', 'Data', 'Annat'], read: 'Data' });
    expect(codesOf(r)).toEqual(['xlsx_sheets']);
  });

  it('a sheet named is read; a name that is not there reads the first sheet and says so', async () => {
    const named = await importFileAsync('bok.xlsx', book, { sheet: 'Annat' });
    expect(storedRows(named).map((o) => o.region)).toEqual(['03']);
    const missing = await importFileAsync('bok.xlsx', book, { sheet: 'Finns inte' });
    expect(missing.sheets?.read).toBe('Om tabellen');
    expect(issuesWith(missing, 'xlsx_sheet_missing')[0]?.message.en).toContain('Finns inte');
  });

  it('a shared-string index that is not there is an error on that cell, not an unreadable workbook', async () => {
    const r = await importFileAsync(
      'bok.xlsx',
      xlsxBytes({
        sheets: [
          { name: 'Blad1', rows: HEADER + noteRow(2, '<c r="E2" t="s"><v>99</v></c>') + noteRow(3, '') },
        ],
      }),
    );
    expect(storedRows(r).map((o) => o.line)).toEqual([2, 3]);
    expect(issuesWith(r, 'xlsx_cell_value_invalid')).toMatchObject([
      { line: 2, column: 5, severity: 'error' },
    ]);
  });
});
