import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFileAsync } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import { observations } from '../../src/data/columns/observation-store';
import { contentOfTitle } from '../../src/data/table/table-header';

const DIR = resolve(import.meta.dirname, '../fixtures/pxweb');
const load = (name: string, options = {}): Promise<ImportResult> =>
  importFileAsync(name, new Uint8Array(readFileSync(resolve(DIR, name))), options);
const rows = (r: ImportResult) =>
  [...observations(r.observations)].map((o) => [
    o.region,
    o.indicator,
    o.period,
    o.gender,
    o.value,
    o.marker,
  ]);
const counts = (r: ImportResult) => [r.records, r.accepted, r.rejected, r.skipped];
const codes = (r: ImportResult) => r.issues.map((i) => i.code);

describe('PxWeb downloads (files shaped as SCB’s and Tillväxtanalys’ PxWeb writes them)', () => {
  it('Windows-1252, ";", a title line, "01 Stockholms län" labels, kön, one column per year, ".." kept', async () => {
    const result = await load('pxweb_wide_cp1252.csv');
    expect(result.format).toBe('wide-csv');
    expect(result.encoding).toBe('windows-1252');
    // 5 rows × 2 years = 10 records, plus the title and the blank line.
    expect(counts(result)).toEqual([12, 10, 0, 2]);
    expect(codes(result)).toEqual(['encoding_windows_1252', 'title_line', 'blank_lines']);
    expect(rows(result)).toContainEqual(['20', 'sysselsattningsgrad_20_64_ar', '2022', 'K', null, '..']);
    expect(rows(result)).toContainEqual(['00', 'sysselsattningsgrad_20_64_ar', '2021', 'M', 80.1, null]);
    expect(result.labels).toEqual([
      {
        id: 'sysselsattningsgrad_20_64_ar',
        name: 'Sysselsättningsgrad 20-64 år',
        unit: undefined,
        decimals: undefined,
      },
    ]);
  });

  it('tab-separated UTF-8, kommuner by code and name, the content named in the period headers', async () => {
    const result = await load('pxweb_wide_tab_utf8.txt');
    expect(result.delimiter).toBe('\t');
    expect(rows(result)).toEqual([
      ['0180', 'folkmangd', '2022', 'T', 978770, null],
      ['0180', 'folkmangd', '2023', 'T', 984748, null],
      ['2080', 'folkmangd', '2022', 'T', 59637, null],
      ['2080', 'folkmangd', '2023', 'T', 59802, null],
      ['2084', 'folkmangd', '2022', 'T', 23060, null],
      ['2084', 'folkmangd', '2023', 'T', null, '..'],
    ]);
  });

  it('quarters as 2023K3, comma-separated', async () => {
    const result = await load('pxweb_quarters_comma.csv');
    expect(rows(result).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['01', '2023-Q3', 4180],
      ['01', '2023-Q4', 4012],
      ['01', '2024-Q1', 5310],
      ['25', '2023-Q3', 212],
      ['25', '2023-Q4', 198],
      ['25', '2024-Q1', 260],
    ]);
  });

  it('a footnote after the table is skipped and said, not rejected', async () => {
    const result = await load('pxweb_wide_for_xlsx.csv');
    expect(counts(result)).toEqual([10, 6, 0, 4]);
    expect(result.issues.find((i) => i.code === 'footnote_line')?.line).toBe(7);
  });

  it('the same table as an xlsx written by LibreOffice Calc reads the same', async () => {
    const csv = await load('pxweb_wide_for_xlsx.csv');
    const xlsx = await load('pxweb_wide_for_xlsx.xlsx');
    expect(xlsx.format).toBe('xlsx-wide');
    expect(rows(xlsx)).toEqual(rows(csv));
    expect(counts(xlsx)).toEqual(counts(csv));
  });

  it('a workbook with a cover sheet: the first sheet with a table is read, or the one named', async () => {
    const first = await load('two_sheets.xlsx');
    expect(first.sheets).toEqual({ names: ['Om tabellen', 'Data'], read: 'Data' });
    expect(rows(first).map((r) => [r[0], r[4]])).toEqual([
      ['01', 5.9],
      ['20', 1.2],
    ]);
    const named = await load('two_sheets.xlsx', { sheet: 'Om tabellen' });
    expect(named.sheets?.read).toBe('Om tabellen');
    expect(named.accepted).toBe(0);
    // A cover sheet is not "empty": it says there is no table on it.
    expect(codes(named)).toEqual(['xlsx_sheets', 'title_line', 'no_table']);
    expect(named.issues.at(-1)?.message.sv).toBe(
      'Ingen tabell hittades: bara en rubrikrad och inga kolumnrubriker eller data.',
    );
  });
});

describe('contentOfTitle', () => {
  it('keeps what a PxWeb title names before "efter"', () => {
    expect(contentOfTitle('Folkmängd efter region och år')).toBe('Folkmängd');
    expect(contentOfTitle('Population by region and year.')).toBe('Population');
    expect(contentOfTitle('Arbetslöshet 20–64 år')).toBe('Arbetslöshet 20–64 år');
  });
});
