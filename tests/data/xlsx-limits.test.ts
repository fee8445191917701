import { COUNTIES } from '../../src/domain/regions';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/data/import/import-result';
import { importFileAsync } from '../../src/data/pipeline/import-file';
import {
  XLSX_MAX_CELL_CHARS,
  XLSX_MAX_CELLS,
  XLSX_MAX_GRID_CELLS,
  XLSX_MAX_PART_BYTES,
  XLSX_MAX_TOTAL_BYTES,
} from '../../src/data/table/xlsx/limits';
import { accountingBalances, codesOf, issuesWith, storedRows } from '../support/import-helpers';
import { REPO_ROOT } from '../support/shared-fixtures';
import {
  packRepeated,
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  xlsxBytes,
  type PackedPart,
  type SheetSpec,
} from '../support/xlsx-bytes';

/**
 * Hostile workbooks, each made at run time: references beyond Excel's grid, zip bombs, a cell past
 * Excel's text limit, more cells than the cap. Each ends with the data or an error issue — never a
 * crash, never memory that follows the references instead of the cells.
 */

const HEADER = rowXml(1, ['region', 'indikator', 'period', 'värde']);
const DATA = rowXml(2, ['01', 'x', '2023', 1.5]) + rowXml(3, ['03', 'x', '2023', 2.5]);
const MiB = 1024 * 1024;

const read = (sheets: readonly SheetSpec[], extra?: Record<string, PackedPart>): Promise<ImportResult> =>
  importFileAsync('fientlig.xlsx', xlsxBytes({ sheets, extra }));

/** The table of HEADER and DATA was read whole: two rows, nothing rejected. */
function tableRead(r: ImportResult): void {
  expect(storedRows(r).map((o) => [o.region, o.value, o.line])).toEqual([
    ['01', 1.5, 2],
    ['03', 2.5, 3],
  ]);
  expect(accountingBalances(r)).toBe(true);
  expect(codesOf(r)).not.toContain('internal_error');
}

/** A sheet part whose one inline-string cell (after the table) holds `count` spaces, deflated by hand. */
function sheetWithHugeCell(count: number): PackedPart {
  const before = `${SHEET_HEAD}${HEADER}${DATA}<row r="4"><c r="A4" t="inlineStr"><is><t>`;
  return packRepeated(before, 0x20, count, `</t></is></c></row>${SHEET_TAIL}`);
}

describe('references beyond the cells present cost nothing', () => {
  it('a workbook whose only cell is XFD1048576 ends with an error, not a crash', async () => {
    const r = await read([{ name: 'Blad1', rows: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }]);
    // The one cell is a title line on the sheet's own row 1 048 576, and there is no table.
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['no_table', 1],
      ['title_line', 1_048_576],
    ]);
    expect([r.records, r.accepted]).toEqual([0, 0]);
  });

  it('a table with one stray cell at XFD1048576 is read', async () => {
    const r = await read([
      { name: 'Blad1', rows: `${HEADER}${DATA}<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>` },
    ]);
    tableRead(r);
  });

  it('ZZZZZZ1 is an error on that cell, with its row; the rest of the sheet is read', async () => {
    const r = await read([
      { name: 'Blad1', rows: HEADER.replace('</row>', '<c r="ZZZZZZ1"><v>9</v></c></row>') + DATA },
    ]);
    tableRead(r);
    expect(issuesWith(r, 'xlsx_cell_reference_invalid')).toMatchObject([
      { severity: 'error', line: 1, column: null },
    ]);
    expect(issuesWith(r, 'xlsx_cell_reference_invalid')[0]?.message.sv).toContain('ZZZZZZ1');
  });

  it('a row r="999999999" is an error; its cells are not placed, the rest is read', async () => {
    const r = await read([
      { name: 'Blad1', rows: `${HEADER}${DATA}<row r="999999999"><c r="A999999999"><v>5</v></c></row>` },
    ]);
    tableRead(r);
    expect(issuesWith(r, 'xlsx_row_invalid')).toHaveLength(1);
    expect(issuesWith(r, 'xlsx_row_invalid')[0]?.message.en).toContain('999999999');
  });

  it('malformed references (B, 12, A0, $A$1) are errors on their cells; the rest is read', async () => {
    const bad = ['B', '12', 'A0', '$A$1'].map((ref) => `<c r="${ref}"><v>1</v></c>`).join('');
    const r = await read([{ name: 'Blad1', rows: `${HEADER}${DATA}<row r="4">${bad}</row>` }]);
    tableRead(r);
    // In row 4; the column where the reference names one (B: 2, A0: 1), in the issues' order.
    expect(issuesWith(r, 'xlsx_cell_reference_invalid').map((i) => [i.line, i.column])).toEqual([
      [4, null],
      [4, null],
      [4, 1],
      [4, 2],
    ]);
  });

  it(`a sheet whose rows × last column pass ${XLSX_MAX_GRID_CELLS} cells is refused with an error`, async () => {
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>1</v></c></row>`,
    );
    const r = await read([
      {
        name: 'Blad1',
        rows: `<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>${rows.join('')}`,
      },
    ]);
    expect(codesOf(r)).toEqual(['xlsx_sheet_too_wide']);
    expect(r.issues[0]?.message.en).toContain('16,384 columns');
  });
});

describe('decompression caps, checked while inflating', () => {
  it(`a cell inflating to 1 GiB passes the ${XLSX_MAX_PART_BYTES / MiB} MiB part cap: an error naming the part`, async () => {
    const r = await read([{ name: 'Blad1', rows: sheetWithHugeCell(1024 * MiB) }]);
    expect(codesOf(r)).toEqual(['xlsx_part_too_large']);
    expect(r.issues[0]?.message.en).toContain('xl/worksheets/sheet1.xml');
    expect([r.records, r.accepted]).toEqual([0, 0]);
  });

  it(`a 200 MB cell is an error on that cell (Excel allows ${XLSX_MAX_CELL_CHARS} characters); the table is read`, async () => {
    const r = await read([{ name: 'Blad1', rows: sheetWithHugeCell(200 * 1000 * 1000) }]);
    tableRead(r);
    expect(issuesWith(r, 'xlsx_cell_too_long')).toMatchObject([{ line: 4, column: 1, severity: 'error' }]);
  });

  it('a 1 GiB part that nothing refers to is never inflated: the table is read, nothing said', async () => {
    const bomb = packRepeated('', 0, 1024 * MiB, '');
    const r = await read([{ name: 'Blad1', rows: `${HEADER}${DATA}` }], { 'xl/media/image1.png': bomb });
    tableRead(r);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it(`parts that together inflate past ${XLSX_MAX_TOTAL_BYTES / MiB} MiB stop at the total cap`, async () => {
    // Styles and shared strings of 200 MiB each (whitespace between elements), then the sheet.
    const pad = (head: string, tail: string): PackedPart => packRepeated(head, 0x20, 200 * MiB, tail);
    const r = await importFileAsync(
      'fientlig.xlsx',
      xlsxBytes({
        sheets: [{ name: 'Blad1', rows: sheetWithHugeCell(200 * MiB) }],
        extra: {
          'xl/styles.xml': pad('<styleSheet>', '</styleSheet>'),
          'xl/sharedStrings.xml': pad('<sst>', '</sst>'),
        },
      }),
    );
    expect(codesOf(r)).toEqual(['xlsx_workbook_too_large']);
  });
});

describe('honest large sheets', () => {
  it('200 000 rows × 5 columns are read whole', async () => {
    // As Excel writes it: text in shared strings (21 counties, 96 indicators, T), 200 000 distinct observations.
    const counties = COUNTIES.map((c) => c.code);
    const shared = [
      ...counties,
      ...Array.from({ length: 96 }, (_, k) => `ind_${k}`),
      'T',
      'region',
      'indikator',
      'period',
      'värde',
      'kön',
    ];
    const s = (r: number, c: string, i: number): string => `<c r="${c}${r}" t="s"><v>${i}</v></c>`;
    const rows = [`<row r="1">${['A', 'B', 'C', 'D', 'E'].map((c, k) => s(1, c, 118 + k)).join('')}</row>`];
    for (let i = 0; i < 200_000; i++) {
      const r = i + 2;
      rows.push(
        `<row r="${r}">${s(r, 'A', i % 21)}${s(r, 'B', 21 + Math.floor(i / 2100))}<c r="C${r}"><v>${1990 + (Math.floor(i / 21) % 100)}</v></c><c r="D${r}"><v>${i / 10}</v></c>${s(r, 'E', 117)}</row>`,
      );
    }
    const r = await importFileAsync(
      'stor.xlsx',
      xlsxBytes({ sheets: [{ name: 'Data', rows: rows.join('') }], shared }),
    );
    expect([r.format, r.records, r.accepted, r.rejected]).toEqual(['xlsx-long', 200_000, 200_000, 0]);
    expect(storedRows(r)[199_999]).toMatchObject({
      region: '21',
      indicator: 'ind_95',
      value: 19999.9,
      line: 200_001,
    });
    expect(accountingBalances(r)).toBe(true);
  });

  it(`more than ${XLSX_MAX_CELLS} filled cells: the sheet is refused with an error naming the cap`, async () => {
    const perRow = 10_000;
    const row = '<c><v>1</v></c>'.repeat(perRow);
    const rows = Array.from(
      { length: Math.ceil(XLSX_MAX_CELLS / perRow) + 1 },
      (_, i) => `<row r="${i + 1}">${row}</row>`,
    );
    const xml = new TextEncoder().encode(`${SHEET_HEAD}${rows.join('')}${SHEET_TAIL}`);
    const part: PackedPart = {
      packed: deflateSync(xml, { level: 1 }),
      method: 8,
      size: xml.length,
      crc: crc32(xml),
    };
    const r = await read([{ name: 'Blad1', rows: part }]);
    expect(codesOf(r)).toEqual(['xlsx_sheet_too_many_cells']);
    expect(r.issues[0]?.message.en).toContain(XLSX_MAX_CELLS.toLocaleString('en-GB'));
  });
});

describe('check-data on a workbook whose only cell is XFD1048576', () => {
  it('exits normally (1: errors found) with an error report, not out of memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-limits-'));
    const file = join(dir, 'xfd.xlsx');
    writeFileSync(
      file,
      xlsxBytes({
        sheets: [{ name: 'Blad1', rows: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }],
      }),
    );
    const tsx = resolve(createRequire(import.meta.url).resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
    const run = spawnSync(
      process.execPath,
      [tsx, resolve(REPO_ROOT, 'scripts/check-data.ts'), '--json', file],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { issues: { code: string; severity: string }[] }[] };
    expect(report.files[0]?.issues).toMatchObject([
      { code: 'no_table', severity: 'error' },
      { code: 'title_line', line: 1_048_576 },
    ]);
  });
});
