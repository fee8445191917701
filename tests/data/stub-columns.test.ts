import { describe, expect, it } from 'vitest';
import { isUnnamedStubHeader } from '../../src/data/table/stub-columns';
import { accountingBalances, codesOf, importText, issuesWith, storedRows } from '../support/import-helpers';

describe('PxWeb’s header with unnamed stub columns (issue 10, shape 8)', () => {
  it('is a header, not a title: empty first cells, then the measures', () => {
    expect(isUnnamedStubHeader(['', '', 'Inskrivna arbetslösa'])).toBe(true);
    expect(isUnnamedStubHeader(['', '', 'Påbörjade', 'Färdigställda', ''])).toBe(true);
    expect(isUnnamedStubHeader(['Antal hushåll, Värmlands län', '', ''])).toBe(false);
    expect(isUnnamedStubHeader(['', 'Antal'])).toBe(false);
    expect(isUnnamedStubHeader(['', '', 'Antal', '', 'Belopp'])).toBe(false);
    expect(isUnnamedStubHeader([...Array<string>(16383).fill(''), 'XFD1'])).toBe(false);
  });

  const text = [
    'Inskrivna arbetslösa efter län och månad',
    '',
    ';;Inskrivna arbetslösa',
    '2023M11;08 Kalmar län;41',
    '2023M10;08 Kalmar län;39',
    '2023M11;25 Norrbottens län;37',
    '',
    'Källa: Arbetsförmedlingen',
  ].join('\n');

  it('reads the newest month as data and the columns by their content, and says so in both languages', () => {
    const result = importText('px.csv', text);
    expect(accountingBalances(result)).toBe(true);
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([7, 3, 0, 4]);
    expect(storedRows(result).map((o) => [o.region, o.period, o.value])).toEqual([
      ['08', '2023-11', 41],
      ['08', '2023-10', 39],
      ['25', '2023-11', 37],
    ]);
    expect(codesOf(result)).not.toContain('header_unnamed_column');
    expect(issuesWith(result, 'stub_columns_read')[0]?.message.en).toBe(
      'Columns 1 and 2 have no header (as PxWeb writes its tables) and were read by their content: column 1 as the period and column 2 as the region. Choose columns under Sources changes it.',
    );
  });

  it('a stub whose content is neither a period nor a region is not guessed: the header is missing its columns', () => {
    const result = importText('px.csv', ';;Antal\nabc;08 Kalmar län;41\n');
    expect(result.accepted).toBe(0);
    expect(codesOf(result)).not.toContain('stub_columns_read');
    expect(codesOf(result)).toContain('header_missing_column');
  });
});
