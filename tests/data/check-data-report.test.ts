import { describe, expect, it } from 'vitest';
import { checkDataReport } from '../../scripts/check-data/report';
import { importCsv, LONG_HEADER } from '../support/import-helpers';

describe('checkDataReport', () => {
  const result = importCsv([LONG_HEADER, ['1', 'a', '2023K2', '..'], ['03', 'a', '2023', '2,5']]);

  it('lists the accounting, the observations with normalised periods and markers, and the issues', () => {
    const report = checkDataReport(result, 'en');
    expect(report).toMatchObject({
      file: 'test.csv',
      format: 'long-csv',
      encoding: 'utf-8',
      delimiter: ';',
      records: 2,
      accepted: 2,
      rejected: 0,
      skipped: 0,
    });
    expect(report.observations).toEqual([
      { region: '01', indicator: 'a', period: '2023-Q2', gender: 'T', value: null, marker: '..' },
      { region: '03', indicator: 'a', period: '2023', gender: 'T', value: 2.5, marker: null },
    ]);
    expect(report.issues).toEqual([
      {
        severity: 'warning',
        code: 'region_padded',
        line: 2,
        column: 1,
        message: 'Region code ”1” was read as ”01” (Stockholms län): the leading zero was missing.',
      },
    ]);
  });

  it('gives messages in the language asked for', () => {
    expect(checkDataReport(result, 'sv').issues[0]?.message).toBe(
      'Regionkoden ”1” lästes som ”01” (Stockholms län): den inledande nollan saknades.',
    );
  });

  it('lists targets with normalised periods', () => {
    const targets = importCsv([
      ['region', 'indikator', 'period', 'mål'],
      ['20', 'a', '2030K4', '12'],
    ]);
    expect(checkDataReport(targets, 'sv').targets).toEqual([
      { region: '20', indicator: 'a', period: '2030-Q4', value: 12 },
    ]);
  });
});
