import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { readFiles } from '../../src/data/pipeline/import-files';
import type { ImportResult } from '../../src/data/import/import-result';
import { accountingBalances, issuesWith, storedRows } from '../support/import-helpers';
import { REPO_ROOT } from '../support/shared-fixtures';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/shapes');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(DIR, name)));
const load = (name: string, options = {}): ImportResult => importFile(name, bytes(name), options);

describe('Välj kolumner for a file the reader read: its choice, and the file read again with another', () => {
  const monthly = load('manad-med-ar.csv');

  it('says what the reader chose: Tid (monthly) as the period, År a helper, the measure as the value', () => {
    expect([monthly.accepted, monthly.rejected]).toEqual([24, 0]);
    expect(monthly.choice?.columns).toEqual({
      region: 0,
      period: 2,
      value: 3,
      indicator: undefined,
      gender: undefined,
      ignore: [],
    });
    expect(monthly.choice?.preview.header).toEqual(['Län', 'År', 'Tid', 'Arbetslösa']);
    expect(monthly.choice?.preview.rows[0]).toEqual(['Värmlands län', '2023', '2023M01', '401']);
    expect(monthly.choice?.preview.rows).toHaveLength(10);
    // The file was read, so it is no failed file: no preview for the rejected-file form.
    expect(monthly.preview).toBeUndefined();
  });

  it('saved unchanged, the choice reads the file the same way', () => {
    const again = load('manad-med-ar.csv', { columns: monthly.choice?.columns });
    expect([again.accepted, again.rejected]).toEqual([24, 0]);
    expect(storedRows(again)).toEqual(storedRows(monthly));
  });

  it('the year column as the period (Tid left out): one value a year, the other eleven months rejected', () => {
    const yearly = load('manad-med-ar.csv', { columns: { region: 0, period: 1, value: 3, ignore: [2] } });
    expect(accountingBalances(yearly)).toBe(true);
    // Hand count: 24 rows, two years; the first row of each year is kept, 11 + 11 repeat its key.
    expect([yearly.records, yearly.accepted, yearly.rejected]).toEqual([24, 2, 22]);
    expect(storedRows(yearly).map((o) => [o.region, o.indicator, o.period, o.value])).toEqual([
      ['17', 'arbetslosa', '2023', 401],
      ['17', 'arbetslosa', '2024', 501],
    ]);
    const [left] = issuesWith(yearly, 'columns_left_out');
    expect(left?.message.sv).toBe('Kolumnen lästes inte: ”Tid” (du valde att inte läsa den).');
  });

  it('a year joined to a month column makes the monthly period', () => {
    const text = 'Län;År;Månad;Antal\n17;2023;januari;5\n17;2023;februari;6\n';
    const joined = importFile('delad.csv', new TextEncoder().encode(text), {
      columns: { region: 0, period: 1, periodPart: 2, value: 3 },
    });
    expect(storedRows(joined).map((o) => [o.period, o.value])).toEqual([
      ['2023-01', 5],
      ['2023-02', 6],
    ]);
  });
});

describe('a second value column the reader left out, read when the user says so', () => {
  const read = load('varde-och-andel.csv');

  it('the reader reads Värde and names Andel as left out, and its choice says so', () => {
    expect([read.accepted, read.rejected]).toEqual([6, 0]);
    expect(read.choice?.columns).toMatchObject({ region: 0, indicator: 1, period: 2, value: 3, ignore: [4] });
  });

  it('Andel as another value: 6 rows give 12 values, an indicator per value column', () => {
    const both = load('varde-och-andel.csv', {
      columns: { region: 0, period: 2, values: [3, 4], ignore: [1] },
    });
    expect(accountingBalances(both)).toBe(true);
    expect([both.records, both.accepted, both.rejected]).toEqual([12, 12, 0]);
    const rows = storedRows(both);
    expect(rows.find((o) => o.region === '20' && o.period === '2023' && o.indicator === 'andel')?.value).toBe(
      4.8,
    );
    expect(rows.find((o) => o.region === '03' && o.period === '2022' && o.indicator === 'varde')?.value).toBe(
      5200,
    );
  });

  it('a remembered choice is used for a file of the same header that the reader could read', async () => {
    const shape = read.choice?.preview.shape ?? '';
    const options = { columns: { region: 0, period: 2, values: [3, 4], ignore: [1] } };
    const [result] = await readFiles([{ name: 'igen.csv', bytes: bytes('varde-och-andel.csv') }], undefined, [
      { shape, options },
    ]);
    expect(result?.accepted).toBe(12);
  });
});
