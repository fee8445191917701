import { describe, expect, it } from 'vitest';
import { columnRanges, leftOutColumns } from '../../src/data/cells/left-out-columns';
import { accountingBalances, importText, issuesWith, storedRows } from '../support/import-helpers';

describe('every column a layout leaves out is named', () => {
  it('a wide table: headers that look like periods but are none are named with their columns, in one warning', () => {
    // 2 rows × 9 period-ish columns = 18 values; before, 16 of them vanished without a word.
    const text = [
      'region;2022;2023;2023*;2022/23;2023H1;1899;Folkmängd 2024 (prel);2023-13;2023K5',
      '20;1;2;3;4;5;6;7;8;9',
      '21;1;2;3;4;5;6;7;8;9',
    ].join('\n');
    const result = importText('brett.csv', text, { indicator: 'folkmangd' });
    expect(accountingBalances(result)).toBe(true);
    expect(storedRows(result).map((r) => r.period)).toEqual(['2022', '2023', '2022', '2023']);
    const [unread, ...more] = issuesWith(result, 'columns_period_unread');
    expect(more).toEqual([]);
    expect(unread?.severity).toBe('warning');
    expect([unread?.line, unread?.column]).toEqual([1, 4]);
    for (const name of ['2023*', '2022/23', '2023H1', '1899', 'Folkmängd 2024 (prel)', '2023-13', '2023K5'])
      expect(unread?.message.sv).toContain(`”${name}”`);
    expect(unread?.message.sv).toContain('7 kolumner');
    expect(unread?.message.sv).toContain('kolumn 4–10');
    expect(unread?.message.en).toContain('7 columns have');
  });

  it('10 000 year-like columns: one issue with the count and ranges, not 10 000', () => {
    const header = ['region', ...Array.from({ length: 10_000 }, (_, i) => String(1000 + i))];
    const row = ['01', ...Array.from({ length: 10_000 }, () => '1')];
    const result = importText('manga.csv', [header.join(';'), row.join(';')].join('\n'), { indicator: 'x' });
    expect(accountingBalances(result)).toBe(true);
    const read = new Set(storedRows(result).map((r) => r.period));
    const unread = issuesWith(result, 'columns_period_unread');
    expect(unread).toHaveLength(1);
    const count = Number(/^(\d+) kolumner/.exec(unread[0]?.message.sv ?? '')?.[1]);
    // 10000–10999 are no four-digit years: named as unused columns, in one issue too.
    const unused = issuesWith(result, 'columns_unused');
    expect(unused).toHaveLength(1);
    expect(unused[0]?.message.sv).toContain('1000 kolumner');
    // Every column is read as a period or named.
    expect(read.size + count + 1000).toBe(10_000);
    expect(count).toBeGreaterThan(0);
    expect(unread[0]?.message.sv).toContain(`… och ${count - 12} till`);
  });

  it('a wide table: a descriptive column beside the periods is named (info)', () => {
    const result = importText('brett.csv', 'region;ålder;2022;2023\n20;20-64 år;1;2\n', { indicator: 'x' });
    expect(issuesWith(result, 'header_unused_column').map((i) => [i.column, i.severity])).toEqual([
      [2, 'info'],
    ]);
    expect(issuesWith(result, 'columns_period_unread')).toEqual([]);
  });

  it('a long table: a column glued to letters ("SNI2007") is not taken for a period', () => {
    const result = importText('lang.csv', 'region;indikator;period;värde;SNI2007\n20;x;2023;1;C\n');
    // One value on every row: it describes the indicator (issue 10, shape 3).
    expect(issuesWith(result, 'columns_constant_described').map((i) => i.column)).toEqual([5]);
    expect(issuesWith(result, 'columns_period_unread')).toEqual([]);
  });

  it('many descriptive columns: one listing issue instead of one each', () => {
    const extra = Array.from({ length: 14 }, (_, i) => `extra${String.fromCharCode(97 + i)}`);
    const header = ['region', 'indikator', '2023', ...extra];
    const row = ['20', 'x', '1', ...extra.map(() => 'a')];
    const result = importText('brett.csv', [header.join(';'), row.join(';')].join('\n'));
    expect(issuesWith(result, 'header_unused_column')).toEqual([]);
    const [listing] = issuesWith(result, 'columns_unused');
    expect(listing?.message.sv).toContain('14 kolumner');
    expect(listing?.message.sv).toContain('kolumn 4–17');
    expect(listing?.message.sv).toContain('… och 2 till');
  });

  it('columnRanges joins consecutive columns and leftOutColumns skips used, reported and unnamed ones', () => {
    const cols = [0, 1, 2, 4, 7, 8].map((index) => ({ name: 'c', index }));
    expect(columnRanges(cols)).toBe('1–3, 5, 8–9');
    expect(columnRanges([])).toBe('');
    expect(leftOutColumns(['a', '', ' b ', 'c', 'd'], [0], [3])).toEqual([
      { name: 'b', index: 2 },
      { name: 'd', index: 4 },
    ]);
  });
});
