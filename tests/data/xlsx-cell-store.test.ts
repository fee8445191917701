import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/data/issues/issue';
import { emitRecords, readWorkbook } from '../../src/data/table/xlsx/workbook-reader';
import { xlsxBytes, type WorkbookSpec } from '../support/xlsx-bytes';

/**
 * The cells as the reader keeps them (src/data/table/xlsx/cell-store.ts): a shared string by its
 * index, a number by its digits, other text as a string. Each cell reads back with the text the
 * file gives, whichever way it was kept, in its row and column, also when the file gives the
 * cells out of order.
 */

/** Every row of the sheet read, as its cell texts (blank rows as []), and the issues' codes and lines. */
function grid(spec: WorkbookSpec): { rows: string[][]; issues: string[] } {
  const issues = new IssueCollector('bok.xlsx');
  const book = readWorkbook(xlsxBytes(spec), undefined, issues);
  const table = book?.sheet?.table;
  const rows: string[][] = [];
  if (table) emitRecords(table, (r) => rows.push(r.fields.slice(0, r.count)));
  return { rows, issues: issues.finish().map((i) => `${i.code}@${i.line}`) };
}

const shared = ['namn', '  trimmad  ', '07'];

describe('cells kept as indexes and digits read back as the file wrote them', () => {
  it('numbers in every form kept as digits, next to shared strings and inline text', () => {
    const { rows } = grid({
      shared,
      sheets: [
        {
          name: 'Blad1',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><v>01</v></c><c r="B2" t="n"><v>-1.50E+3</v></c><c r="C2"><v>12345678901234567890123</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>å ä</t></is></c><c r="C3"><v>0.1</v></c></row>',
        },
      ],
    });
    expect(rows).toEqual([
      ['namn', 'trimmad', '07'],
      ['01', '-1.50E+3', '12345678901234567890123'],
      ['å ä', '', '0.1'],
    ]);
  });

  it('a number in pieces, with spaces, given twice or with an entity reads as its whole last value', () => {
    const { rows } = grid({
      sheets: [
        {
          name: 'Blad1',
          rows:
            '<row r="1"><c r="A1"><v>1<![CDATA[2]]>3</v></c><c r="B1"><v> 7 </v></c><c r="C1"><v>4</v><v>5</v></c>' +
            '<c r="D1"><v>&#49;0</v></c><c r="E1"><v>9</v></c></row>',
        },
      ],
    });
    expect(rows).toEqual([['123', ' 7 ', '5', '10', '9']]);
  });

  it('a date-formatted number kept as digits is still an ISO day; a number in error is not kept', () => {
    const { rows, issues } = grid({
      cellXfs: [0, 14],
      sheets: [
        {
          name: 'Blad1',
          rows: '<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" t="b"><v>7</v></c><c r="C1"><v>8</v></c></row>',
        },
      ],
    });
    expect(rows).toEqual([['2023-03-15', '', '8']]);
    expect(issues).toEqual(['xlsx_cell_value_invalid@1']);
  });

  it('cells out of order are put in place with their texts; of a cell given twice the last is kept and said', () => {
    const { rows, issues } = grid({
      shared,
      sheets: [
        {
          name: 'Blad1',
          rows:
            '<row r="3"><c r="B3"><v>32</v></c><c r="A3" t="s"><v>0</v></c></row>' +
            '<row r="1"><c r="A1" t="inlineStr"><is><t>först</t></is></c><c r="B1"><v>12</v></c></row>' +
            '<row r="3"><c r="B3"><v>33</v></c></row>',
        },
      ],
    });
    expect(rows).toEqual([['först', '12'], [], ['namn', '33']]);
    expect(issues).toEqual(['xlsx_cell_repeated@3']);
  });
});
