import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { checkDataReport } from '../../scripts/check-data/report';
import { accountingBalances, importCsv, issuesWith, storedRows } from '../support/import-helpers';

const FILE = resolve(import.meta.dirname, '../fixtures/kommun/tidigare-koder.csv');

describe('a file with former kommun codes and names', () => {
  const result = importFile('tidigare-koder.csv', new Uint8Array(readFileSync(FILE)));

  it('keeps every row, on the kommun each became', () => {
    expect(accountingBalances(result)).toBe(true);
    expect([result.accepted, result.rejected]).toEqual([6, 0]);
    expect(storedRows(result).map((r) => `${r.region} ${r.period}`)).toEqual([
      '0331 2008',
      '0331 2005',
      '2023 2005',
      '2023 2008',
      '0331 2006',
      '2023 2006',
    ]);
  });

  it('says each use by line and column: the old code or name, the kommun it became and the year', () => {
    const codes = issuesWith(result, 'kommun_former_code');
    const names = issuesWith(result, 'kommun_former_name');
    expect(codes.map((i) => [i.severity, i.file, i.line, i.column])).toEqual([
      ['warning', 'tidigare-koder.csv', 3, 1],
      ['warning', 'tidigare-koder.csv', 6, 1],
    ]);
    expect(names.map((i) => [i.severity, i.line, i.column])).toEqual([
      ['warning', 4, 1],
      ['warning', 7, 1],
    ]);
    expect(codes[0]?.message).toEqual({
      sv: 'Kommunkoden ”1917” är en tidigare kod: 1917 i Västmanlands län blev 2007 Heby (0331) i Uppsala län. Raden lästes som Heby (0331).',
      en: 'Municipality code ”1917” is a former code: 1917 in Västmanland County became Heby (0331) in Uppsala County in 2007. The row was read as Heby (0331).',
    });
    expect(names[1]?.message).toEqual({
      sv: '”Malungs kommun” är ett tidigare kommunnamn: Malung heter sedan 2007 Malung-Sälen (2023) i Dalarnas län. Raden lästes som Malung-Sälen (2023).',
      en: '”Malungs kommun” is a former municipality name: since 2007 Malung is called Malung-Sälen (2023) in Dalarna County. The row was read as Malung-Sälen (2023).',
    });
  });

  it('says a former name beside today’s code in a name column, by its column', () => {
    const beside = importCsv([
      ['regionkod', 'region', 'indikator', 'period', 'värde'],
      ['2023', 'Malung', 'a', '2005', '1'],
      ['2023', 'Malung-Sälen', 'a', '2008', '2'],
    ]);
    expect(storedRows(beside).map((r) => r.region)).toEqual(['2023', '2023']);
    expect(issuesWith(beside, 'kommun_former_name').map((i) => [i.line, i.column])).toEqual([[2, 2]]);
    expect(issuesWith(beside, 'region_name_mismatch')).toEqual([]);
  });

  it('is in check-data’s report too', () => {
    const issues = checkDataReport(result, 'en').issues.filter((i) => i.code.startsWith('kommun_former'));
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['kommun_former_code', 3, 1],
      ['kommun_former_name', 4, 1],
      ['kommun_former_code', 6, 1],
      ['kommun_former_name', 7, 1],
    ]);
    expect(issues[0]?.message).toContain('became Heby (0331) in Uppsala County in 2007');
    expect(issues[2]?.message).toMatch(/^Municipality code ”1917” \(in ”1917 Heby”\) is a former code/);
  });
});
