import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { regionsNamedIn, titleRegion } from '../../src/data/table/title-region';
import { accountingBalances, issuesWith, storedRows } from '../support/import-helpers';
import { REPO_ROOT } from '../support/shared-fixtures';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/shapes');
const text = (t: string): Uint8Array => new TextEncoder().encode(t);

describe('a region named only in the title line (shape 6)', () => {
  const result = importFile(
    'rubrik-region.csv',
    new Uint8Array(readFileSync(resolve(DIR, 'rubrik-region.csv'))),
  );

  it('reads every row as the title’s county, the År column as years 2014–2024, never kommun codes', () => {
    expect(accountingBalances(result)).toBe(true);
    // Hand count: 11 data rows (2014–2024); the title line and the blank line are skipped.
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([13, 11, 0, 2]);
    const rows = storedRows(result);
    expect(new Set(rows.map((o) => o.region))).toEqual(new Set(['17']));
    expect(rows.map((o) => o.period)).toEqual(Array.from({ length: 11 }, (_, i) => String(2014 + i)));
    // 2021 is Vansbro's code and 2023 Malung-Sälen's: here they are years of Värmland's series.
    expect(rows.find((o) => o.period === '2021')).toMatchObject({ region: '17', value: 5133 });
    expect(rows.find((o) => o.period === '2024')).toMatchObject({ region: '17', value: 4890 });
  });

  it('says where the region came from, in Swedish and English, and offers it as the choice', () => {
    const [said] = issuesWith(result, 'region_from_title');
    expect(said?.severity).toBe('info');
    expect(said?.message.sv).toContain('Regionen lästes från rubriken: Värmlands län');
    expect(said?.message.en).toContain('The region was read from the title: Värmlands län');
    expect(result.choice?.columns).toMatchObject({ regionCode: '17', period: 0, value: 1 });
    expect(result.choice?.columns.region).toBeUndefined();
  });

  it('a short name, a kommun, or Riket in the title; a region column always wins', () => {
    const short = importFile('a.csv', text('Arbetslöshet i Värmland\nÅr;Antal\n2023;5\n'));
    expect(storedRows(short).map((o) => o.region)).toEqual(['17']);
    const kommun = importFile('b.csv', text('Arbetslöshet – Falu kommun\nÅr;Antal\n2023;5\n'));
    expect(storedRows(kommun).map((o) => o.region)).toEqual(['2080']);
    const riket = importFile('c.csv', text('Antal företag, Riket 2014-2024\nÅr;Antal\n2023;5\n'));
    expect(storedRows(riket).map((o) => o.region)).toEqual(['00']);
    const column = importFile('d.csv', text('Antal, Värmlands län\nRegion;År;Antal\n20;2023;5\n'));
    expect(storedRows(column).map((o) => o.region)).toEqual(['20']);
    expect(issuesWith(column, 'region_from_title')).toEqual([]);
  });

  it('two regions in the title, or none: not guessed, and said', () => {
    const two = importFile('e.csv', text('Antal, Värmlands län och Dalarnas län\nÅr;Antal\n2023;5\n'));
    expect(two.accepted).toBe(0);
    expect(issuesWith(two, 'region_title_ambiguous')[0]?.message.sv).toContain('Värmlands län, Dalarnas län');
    const none = importFile('f.csv', text('Antal hushåll\nÅr;Antal\n2023;5\n'));
    expect(none.accepted).toBe(0);
    expect(issuesWith(none, 'region_from_title')).toEqual([]);
  });

  it('a kommun name is a whole part of the title, a bare number none', () => {
    expect(regionsNamedIn('Andel mark som används för jordbruk, Vara')).toEqual(['1470']);
    expect(regionsNamedIn('Antal 2021')).toEqual([]);
    expect(titleRegion(['Befolkning efter region och år'])).toEqual({ kind: 'none' });
  });
});

describe('a constant region the user chose', () => {
  it('reads every row as that region, whatever the title says', () => {
    const result = importFile('g.csv', text('Antal, Värmlands län\nÅr;Antal\n2023;5\n2024;6\n'), {
      columns: { regionCode: '20', period: 0, value: 1 },
    });
    expect(storedRows(result).map((o) => [o.region, o.period, o.value])).toEqual([
      ['20', '2023', 5],
      ['20', '2024', 6],
    ]);
  });
});

describe('an indicator list, not data (shape 9)', () => {
  const list = importFile(
    'indikatorlista.csv',
    new Uint8Array(readFileSync(resolve(DIR, 'indikatorlista.csv'))),
  );

  it('gives no observation: its four rows are skipped, none rejected', () => {
    expect(accountingBalances(list)).toBe(true);
    expect([list.records, list.accepted, list.rejected, list.skipped]).toEqual([4, 0, 0, 4]);
    expect(storedRows(list)).toEqual([]);
    expect(list.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(list.preview).toBeUndefined();
    expect(list.choice).toBeUndefined();
  });

  it('says it looks like an indicator list and points to the Strategi view', () => {
    const [said] = issuesWith(list, 'indicator_list');
    expect(said?.severity).toBe('warning');
    expect(said?.message.sv).toBe(
      'Filen ser ut som en lista över indikatorer (kolumnerna ”Indikator”, ”Målområde”, ”Källa”, ”Metod”, ”Kommunnivå”, ”Könsuppdelad”), inte som värden: inga värden lästes. Läs in den som strategi i vyn Strategi.',
    );
    expect(said?.message.en).toContain('Read it as a strategy in the Strategi view.');
  });

  it('a long table with an indicator column and a source column is no list', () => {
    const data = importFile(
      'h.csv',
      text('region;indikator;period;värde;källa\n20;nyforetagande;2023;8,3;SCB\n'),
    );
    expect(data.accepted).toBe(1);
    expect(issuesWith(data, 'indicator_list')).toEqual([]);
  });
});
