import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvNumber, neutralizeFormula, tableToCsv } from '../../src/data/export/csv-export';
import { importFile } from '../../src/data/pipeline/import-file';
import { num, text, type TableCell, type TableModel } from '../../src/domain/table';
import { storedRows } from '../support/import-helpers';
import { HAVE_SHARED_FIXTURES, readFixture } from '../support/shared-fixtures';

const BOM = '\uFEFF';

function table(columns: readonly string[], rows: readonly (readonly TableCell[])[]): TableModel {
  return {
    caption: 'Tabell',
    columns: columns.map((header) => ({ header, numeric: false })),
    rows,
    rowHeader: 0,
  };
}

/** The CSV read back the way a spreadsheet would: without the BOM and the final line end, split on ';'. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1, -2), { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('csvNumber', () => {
  it('writes a decimal comma and no thousands separator', () => {
    expect(csvNumber(1234.5, 1)).toBe('1234,5');
    expect(csvNumber(1234567, 0)).toBe('1234567');
    expect(csvNumber(12, 1)).toBe('12');
  });

  it('removes floating-point noise', () => {
    expect(csvNumber(0.1 + 0.2, 1)).toBe('0,3');
    expect(csvNumber(1.1 * 3, 1)).toBe('3,3');
    expect(csvNumber(100 * 1.15, 2)).toBe('115');
  });

  it('keeps the sign of a negative number as an ASCII minus', () => {
    expect(csvNumber(-3.2, 1)).toBe('-3,2');
    expect(csvNumber(-1234.5, 1)).toBe('-1234,5');
  });

  it('writes no negative zero', () => {
    expect(csvNumber(-0, 1)).toBe('0');
    expect(csvNumber(-0.00001, 1)).toBe('0');
  });
});

describe('neutralizeFormula', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const danger of [
      '=1+1',
      '+1+1',
      '-1+1',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://example.invalid")',
    ]) {
      expect(neutralizeFormula(danger), JSON.stringify(danger)).toBe(`'${danger}`);
    }
  });

  it('also after leading spaces', () => {
    expect(neutralizeFormula(' =2')).toBe("' =2");
    expect(neutralizeFormula('   +1')).toBe("'   +1");
    expect(neutralizeFormula(' \t@x')).toBe("' \t@x");
  });

  it('leaves other text alone, also text with those characters further in', () => {
    for (const safe of ['Dalarnas län', 'a=b', '1-2', 'kontakt@example.se', '', ' ', '..', "'=1"]) {
      expect(neutralizeFormula(safe), JSON.stringify(safe)).toBe(safe);
    }
  });
});

describe('tableToCsv', () => {
  it('starts with the BOM, separates with ";", ends lines with CRLF and writes a header row', () => {
    const csv = tableToCsv(
      table(
        ['Region', 'Värde'],
        [
          [text('Stockholms län'), num(1234.5, 1)],
          [text('Riket'), num(2, 0)],
        ],
      ),
    );
    expect(csv).toBe(`${BOM}Region;Värde\r\nStockholms län;1234,5\r\nRiket;2\r\n`);
  });

  it('writes numbers with a decimal comma and no noise, and leaves a negative number a number', () => {
    const csv = tableToCsv(table(['a', 'b', 'c'], [[num(0.1 + 0.2, 1), num(-3.2, 1), num(1234567.25, 2)]]));
    expect(readBack(csv)).toEqual([
      ['a', 'b', 'c'],
      ['0,3', '-3,2', '1234567,25'],
    ]);
  });

  it('writes a missing number as its marker, or ".." when it has none, never 0', () => {
    const csv = tableToCsv(
      table(
        ['a', 'b', 'c', 'd'],
        [[num(null, 1, '..'), num(null, 1, '.'), num(null, 1), num(Number.NaN, 1, null)]],
      ),
    );
    expect(readBack(csv)[1]).toEqual(['..', '.', '..', '..']);
  });

  it('neutralizes formula text in cells and headers, after leading spaces too', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =2'];
    const csv = tableToCsv(table(['=rubrik', ...cells.slice(1).map((_, i) => `k${i}`)], [cells.map(text)]));
    const [header, row] = readBack(csv);
    expect(header?.[0]).toBe("'=rubrik");
    expect(row).toEqual(cells.map((c) => `'${c}`));
  });

  it('quotes text with ";", quotes or line breaks so that it reads back cell by cell', () => {
    const cells = ['a;b', 'sa "hej"', 'rad 1\nrad 2', 'rad 1\r\nrad 2', ' inledande blanksteg', 'Örebro län'];
    const csv = tableToCsv(
      table(
        cells.map((_, i) => `k${i}`),
        [cells.map(text)],
      ),
    );
    const rows = readBack(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(cells);
  });

  it('keeps every row and column of a larger table', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      text(`r${i}`),
      num(i / 10, 1),
      num(i % 3 === 0 ? null : -i, 0, '..'),
    ]);
    const back = readBack(tableToCsv(table(['namn', 'x', 'y'], rows)));
    expect(back).toHaveLength(31);
    expect(back[4]).toEqual(['r3', '0,3', '..']);
    expect(back[5]).toEqual(['r4', '0,4', '-4']);
  });
});

describe.skipIf(!HAVE_SHARED_FIXTURES)('tableToCsv on the shared fixture sec/formula_cells.csv', () => {
  it('neutralizes every note read from the file and leaves the number -3,2 a number', () => {
    const result = importFile('formula_cells.csv', readFixture('sec/formula_cells.csv'));
    const rows = storedRows(result);
    expect(rows).toHaveLength(5);
    const notes = rows.map((r) => r.note ?? '');
    // Every note in the file starts (after blanks) with a formula character.
    for (const note of notes) expect(note, JSON.stringify(note)).toMatch(/^\s*[=+\-@\t\r]/);

    const model: TableModel = {
      caption: 'formula_cells',
      columns: [
        { header: 'region', numeric: false },
        { header: 'värde', numeric: true },
        { header: 'kommentar', numeric: false },
      ],
      rows: rows.map((r) => [text(r.region), num(r.value, 1, r.marker), text(r.note ?? '')]),
      rowHeader: 0,
    };
    const back = readBack(tableToCsv(model));
    expect(back[0]).toEqual(['region', 'värde', 'kommentar']);
    const body = back.slice(1);
    expect(body.map((r) => r[0])).toEqual(['01', '03', '04', '05', '06']);
    expect(body.map((r) => r[2])).toEqual(notes.map((n) => `'${n}`));
    expect(body[0]?.[1]).toBe('-3,2');
    expect(body.map((r) => r[1])).toEqual(['-3,2', '4', '5', '6', '7']);
  });
});
