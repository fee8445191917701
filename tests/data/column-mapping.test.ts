import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { importFiles } from '../../src/data/pipeline/import-files';
import { observations } from '../../src/data/columns/observation-store';
import { tableShape } from '../../src/data/table/table-header';
import { csvBytes, type Row } from '../support/csv-bytes';
import { accountingBalances, codesOf, storedRows } from '../support/import-helpers';

const UNNAMED_HEADER = ['kod', 'tid', 'antal', 'annat'];
/** Twelve data rows, so the preview's cap of ten shows. Region codes 01, 03, 04, … as SCB numbers län. */
const LAN = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14'];
const UNNAMED_ROWS: Row[] = [
  UNNAMED_HEADER,
  ...LAN.map((code, i) => [code, String(2010 + i), `${i + 1},5`, `x${i}`]),
];
const UNNAMED = csvBytes(UNNAMED_ROWS);

describe('a table whose header says nothing', () => {
  it('without a mapping: rejected, with an error and a preview for the mapping dialog', () => {
    const result = importFile('okand.csv', UNNAMED);
    expect(accountingBalances(result)).toBe(true);
    expect([result.records, result.accepted, result.rejected]).toEqual([12, 0, 12]);
    expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(codesOf(result)).toContain('file_rejected_rows');
    const preview = result.preview;
    expect(preview?.header).toEqual(UNNAMED_HEADER);
    expect(preview?.headerLine).toBe(1);
    expect(preview?.rows.length).toBe(10);
    expect(preview?.rows[0]).toEqual(['01', '2010', '1,5', 'x0']);
    expect(preview?.rows[9]).toEqual(['12', '2019', '10,5', 'x9']);
    expect(preview?.shape).toBe(JSON.stringify(['kod', 'tid', 'antal', 'annat']));
  });

  it('a title line before the header is not the header of the preview', () => {
    const result = importFile('okand.csv', csvBytes(['Antal per län', ...UNNAMED_ROWS.slice(0, 3)]));
    expect(result.preview?.headerLine).toBe(2);
    expect(result.preview?.shape).toBe(JSON.stringify(['kod', 'tid', 'antal', 'annat']));
  });

  it('with { region, period, value } and an indicator: every row read', () => {
    const result = importFile('okand.csv', UNNAMED, {
      columns: { region: 0, period: 1, value: 2 },
      indicator: 'antal',
    });
    expect(accountingBalances(result)).toBe(true);
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([12, 12, 0, 0]);
    // The one column the mapping leaves out is named, nothing else is said.
    expect(result.issues.map((i) => [i.code, i.line, i.column])).toEqual([['header_unused_column', 1, 4]]);
    expect(result.preview).toBeUndefined();
    const rows = storedRows(result);
    expect(rows.slice(0, 3).map((r) => [r.region, r.indicator, r.period, r.gender, r.value, r.line])).toEqual(
      [
        ['01', 'antal', '2010', 'T', 1.5, 2],
        ['03', 'antal', '2011', 'T', 2.5, 3],
        ['04', 'antal', '2012', 'T', 3.5, 4],
      ],
    );
    expect(rows.map((r) => r.region)).toEqual(LAN);
    expect(rows[11]).toMatchObject({ period: '2021', value: 12.5 });
  });

  it('an indicator column and a kön column can be mapped too', () => {
    const bytes = csvBytes([
      ['a', 'b', 'c', 'd', 'e'],
      ['20', '2023', 'K', 'syss', '77,1'],
      ['20', '2023', 'M', 'syss', '79,3'],
    ]);
    const result = importFile('m.csv', bytes, {
      columns: { region: 0, period: 1, gender: 2, indicator: 3, value: 4 },
    });
    expect(storedRows(result).map((r) => [r.region, r.indicator, r.period, r.gender, r.value])).toEqual([
      ['20', 'syss', '2023', 'K', 77.1],
      ['20', 'syss', '2023', 'M', 79.3],
    ]);
  });

  // BUG (src/data/table/table-reader.ts, beforeHeader): with `columns` given, a title line is no longer
  // skipped but taken as the header, so the mapping chosen from the preview (header on line 2)
  // never fits: mapping_invalid, and nothing is read. A remembered mapping fails the same way.
  it('a title line before the header: the mapping chosen from the preview reads the rows', () => {
    const bytes = csvBytes(['Antal per län', ...UNNAMED_ROWS.slice(0, 3)]);
    const result = importFile('okand.csv', bytes, {
      columns: { region: 0, period: 1, value: 2 },
      indicator: 'antal',
    });
    expect(codesOf(result)).not.toContain('mapping_invalid');
    expect(storedRows(result).map((r) => [r.region, r.period, r.value])).toEqual([
      ['01', '2010', 1.5],
      ['03', '2011', 2.5],
    ]);
  });
});

describe('a wide mapping: one column per period', () => {
  const WIDE = csvBytes([
    ['omr', '2022', '2023'],
    ['01', '1,5', '2'],
    ['20', '3', '..'],
  ]);

  it('reads one observation per cell, the period from the column header', () => {
    const result = importFile('bred.csv', WIDE, { columns: { region: 0, periods: [1, 2] }, indicator: 'x' });
    expect(result.format).toBe('wide-csv');
    expect(accountingBalances(result)).toBe(true);
    expect(result.accepted).toBe(4);
    expect(
      storedRows(result).map((r) => [r.region, r.indicator, r.period, r.value, r.marker, r.line]),
    ).toEqual([
      ['01', 'x', '2022', 1.5, null, 2],
      ['01', 'x', '2023', 2, null, 2],
      ['20', 'x', '2022', 3, null, 3],
      ['20', 'x', '2023', null, '..', 3],
    ]);
  });

  it('reads only the period columns chosen', () => {
    const result = importFile('bred.csv', WIDE, { columns: { region: 0, periods: [2] }, indicator: 'x' });
    expect(storedRows(result).map((r) => [r.region, r.period])).toEqual([
      ['01', '2023'],
      ['20', '2023'],
    ]);
  });
});

describe('a mapping that does not fit: mapping_invalid, nothing read', () => {
  it.each([
    ['a region column past the end', { columns: { region: 4, period: 1, value: 2 }, indicator: 'antal' }],
    ['a value column past the end', { columns: { region: 0, period: 1, value: 9 }, indicator: 'antal' }],
    ['a negative column', { columns: { region: -1, period: 1, value: 2 }, indicator: 'antal' }],
    ['a fractional column', { columns: { region: 0.5, period: 1, value: 2 }, indicator: 'antal' }],
    ['no period', { columns: { region: 0, value: 2 }, indicator: 'antal' }],
    ['no value', { columns: { region: 0, period: 1 }, indicator: 'antal' }],
    ['a period column that is no period', { columns: { region: 0, periods: [1, 3] }, indicator: 'antal' }],
    ['a period column past the end', { columns: { region: 0, periods: [7] }, indicator: 'antal' }],
  ])('%s', (_, options) => {
    const result = importFile('okand.csv', UNNAMED, options);
    expect(codesOf(result)).toContain('mapping_invalid');
    expect(result.issues.find((i) => i.code === 'mapping_invalid')).toMatchObject({
      severity: 'error',
      line: 1,
    });
    expect([result.records, result.accepted, result.rejected]).toEqual([12, 0, 12]);
    expect(result.preview?.shape).toBe(JSON.stringify(['kod', 'tid', 'antal', 'annat']));
  });
});

describe('importFiles: a remembered mapping', () => {
  const other = csvBytes([UNNAMED_HEADER, ['20', '2024', '8', 'y'], ['00', '2024', '9,25', 'z']]);

  it('is applied to a later file of the same shape that comes without options', async () => {
    const first = importFile('forsta.csv', UNNAMED);
    const shape = first.preview?.shape ?? '';
    expect(shape).not.toBe('');
    const dataset = await importFiles([{ name: 'andra.csv', bytes: other }], undefined, [
      { shape, options: { columns: { region: 0, period: 1, value: 2 }, indicator: 'antal' } },
    ]);
    const report = dataset.reports[0];
    expect([report?.file, report?.records, report?.accepted, report?.rejected]).toEqual([
      'andra.csv',
      2,
      2,
      0,
    ]);
    expect(report?.preview).toBeUndefined();
    expect(
      [...observations(dataset.observations)].map((o) => [o.region, o.indicator, o.period, o.value]),
    ).toEqual([
      ['20', 'antal', '2024', 8],
      ['00', 'antal', '2024', 9.25],
    ]);
  });

  it('matches the shape however the header is cased or accented', async () => {
    const shouting = csvBytes([
      ['KOD', 'TID', 'Antal', 'ANNAT'],
      ['20', '2024', '8', 'y'],
    ]);
    const dataset = await importFiles([{ name: 'versaler.csv', bytes: shouting }], undefined, [
      {
        shape: tableShape(UNNAMED_HEADER),
        options: { columns: { region: 0, period: 1, value: 2 }, indicator: 'antal' },
      },
    ]);
    expect(dataset.reports[0]?.accepted).toBe(1);
  });

  it('is not applied to a file of another shape', async () => {
    const different = csvBytes([
      ['kod', 'tid', 'antal'],
      ['20', '2024', '8'],
    ]);
    const dataset = await importFiles([{ name: 'annan.csv', bytes: different }], undefined, [
      {
        shape: 'kod|tid|antal|annat',
        options: { columns: { region: 0, period: 1, value: 2 }, indicator: 'antal' },
      },
    ]);
    expect([dataset.reports[0]?.accepted, dataset.reports[0]?.rejected]).toEqual([0, 1]);
    expect(dataset.reports[0]?.preview?.shape).toBe(JSON.stringify(['kod', 'tid', 'antal']));
  });

  it('without mappings, the same file stays unread', async () => {
    const dataset = await importFiles([{ name: 'andra.csv', bytes: other }]);
    expect([dataset.reports[0]?.accepted, dataset.reports[0]?.rejected]).toEqual([0, 2]);
    expect(dataset.observations.length).toBe(0);
  });
});

describe('tableShape', () => {
  it('folds case and diacritics: "Län" and "LAN" give the same shape', () => {
    expect(tableShape(['Län'])).toBe(tableShape(['LAN']));
    expect(tableShape(['Län', 'År', 'Värde'])).toBe(JSON.stringify(['lan', 'ar', 'varde']));
    expect(tableShape(['LAN', 'AR', 'VARDE'])).toBe(JSON.stringify(['lan', 'ar', 'varde']));
    expect(tableShape([' Län ', 'år', 'värde'])).toBe(JSON.stringify(['lan', 'ar', 'varde']));
  });

  it('keeps the order and number of columns', () => {
    expect(tableShape(['Län', 'År'])).not.toBe(tableShape(['År', 'Län']));
    expect(tableShape(['Län', 'År'])).not.toBe(tableShape(['Län', 'År', '']));
  });
});

describe('tableShape keeps headers apart that only a separator would join', () => {
  it('["a|b", "c"] and ["a", "b", "c"] are different shapes', () => {
    expect(tableShape(['a|b', 'c'])).not.toBe(tableShape(['a', 'b', 'c']));
  });
});
