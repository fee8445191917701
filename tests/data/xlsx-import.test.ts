import { describe, expect, it } from 'vitest';
import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import { HAVE_SHARED_FIXTURES, readFixture } from '../support/shared-fixtures';
import { accountingBalances, codesOf, storedRows } from '../support/import-helpers';
import { zipBytes } from '../support/zip-bytes';

const WORKBOOK = 'real/arbetsloshet_lan_ar.xlsx';

describe.skipIf(!HAVE_SHARED_FIXTURES)(`importFileAsync on the shared fixture ${WORKBOOK}`, () => {
  let cached: Promise<ImportResult> | undefined;
  const result = (): Promise<ImportResult> =>
    (cached ??= importFileAsync('arbetsloshet_lan_ar.xlsx', readFixture(WORKBOOK)));

  it('reads 66 rows: 22 regions × 2020–2022, nothing rejected', async () => {
    const r = await result();
    expect(r.format).toBe('xlsx-long');
    expect(r.encoding).toBe('binary');
    expect(accountingBalances(r)).toBe(true);
    expect([r.records, r.accepted, r.rejected, r.skipped]).toEqual([66, 66, 0, 0]);
    const rows = storedRows(r);
    expect(new Set(rows.map((o) => o.region)).size).toBe(22);
    expect(rows.map((o) => o.region)).toContain('00');
    expect([...new Set(rows.map((o) => o.period))].sort()).toEqual(['2020', '2021', '2022']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('names the indicator after its value column: id arbetsloshet, label Arbetslöshet, its constants described', async () => {
    const r = await result();
    expect(new Set(storedRows(r).map((o) => o.indicator))).toEqual(new Set(['arbetsloshet']));
    expect(r.labels.map((l) => [l.id, l.name, l.description])).toEqual([
      ['arbetsloshet', 'Arbetslöshet', 'ålder: 20-64 år, födelseregion: totalt'],
    ]);
  });

  it('Riket 2020 is 6.7, as the file writes it', async () => {
    const riket2020 = storedRows(await result()).filter((o) => o.region === '00' && o.period === '2020');
    expect(riket2020.map((o) => o.value)).toEqual([6.7]);
  });

  it('uses the name column to check the codes: it is not left unused, and no name disagrees', async () => {
    const r = await result();
    // Columns: regionkod, region, kön, ålder, födelseregion, år, arbetslöshet. ålder and födelseregion
    // hold one value each: they describe the indicator, in one issue.
    expect(r.issues.filter((i) => i.code === 'header_unused_column')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'columns_constant_described').map((i) => i.column)).toEqual([4]);
    expect(codesOf(r)).not.toContain('region_name_mismatch');
  });

  it('the synchronous importFile refuses a workbook with format_not_supported', () => {
    const r = importFile('arbetsloshet_lan_ar.xlsx', readFixture(WORKBOOK));
    expect(codesOf(r)).toEqual(['format_not_supported']);
    expect(r.accepted).toBe(0);
  });
});

describe('importFileAsync on bytes that are no readable workbook', () => {
  const truncated = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe);
  const notAWorkbook = zipBytes({
    'readme.txt': 'Det här är ingen arbetsbok.\n',
    'data/a.csv': 'region;värde\n01;1\n',
  });

  it.each([
    ['the zip signature and then nothing sensible', truncated],
    ['a well-formed zip that holds no workbook', notAWorkbook],
  ])('%s → xlsx_unreadable, never thrown', async (_, bytes) => {
    const r = await importFileAsync('trasig.xlsx', bytes);
    expect(r.issues.find((i) => i.code === 'xlsx_unreadable')).toMatchObject({
      severity: 'error',
      file: 'trasig.xlsx',
      line: 1,
    });
    expect(codesOf(r)).not.toContain('internal_error');
    expect([r.records, r.accepted, r.rejected, r.skipped]).toEqual([0, 0, 0, 0]);
    expect(r.observations.length).toBe(0);
  });

  // BUG (src/data/table/xlsx-reader.ts): after xlsx_unreadable, finish() on an empty TableReader adds
  // file_empty ("Filen är tom"), a second error that is false: the file has bytes, it is unreadable.
  it('an unreadable workbook is not also called empty', async () => {
    const r = await importFileAsync('trasig.xlsx', notAWorkbook);
    expect(codesOf(r)).toEqual(['xlsx_unreadable']);
  });

  it('old Excel 97–2003 bytes (D0 CF 11 E0 …) → format_not_supported', async () => {
    const xls = Uint8Array.of(
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      0x00,
      0x00,
      0x00,
      0x00,
      0x00,
      0x00,
      0x00,
      0x00,
    );
    const r = await importFileAsync('gammal.xls', xls);
    expect(codesOf(r)).toEqual(['format_not_supported']);
    expect(r.issues[0]?.severity).toBe('error');
    expect(r.issues[0]?.message.sv).toContain('xls');
    expect([r.format, r.records, r.accepted]).toEqual(['xlsx', 0, 0]);
  });

  it('text bytes go the text way: a CSV through importFileAsync is read as CSV', async () => {
    const r = await importFileAsync(
      'a.csv',
      new TextEncoder().encode('region;indikator;period;värde\n01;a;2023;1\n'),
    );
    expect([r.format, r.accepted]).toEqual(['long-csv', 1]);
  });
});
