import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import type { CheckDataFile } from '../../scripts/check-data/report';
import { accountingBalances, importText, issuesWith, storedRows } from '../support/import-helpers';
import { REPO_ROOT } from '../support/shared-fixtures';
import { rowXml, xlsxBytes } from '../support/xlsx-bytes';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/period-candidates');
const path = (name: string): string => resolve(DIR, name);
const load = (name: string): ImportResult => importFile(name, new Uint8Array(readFileSync(path(name))));

/** [region, period, value, marker] per stored observation. */
function rows(result: ImportResult): (string | number | null)[][] {
  return storedRows(result).map((o) => [o.region, o.period, o.value, o.marker]);
}

function months(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

describe('a monthly period column beside helper columns (ar, manad, manad_long)', () => {
  const result = load('manad-med-hjalpar.csv');

  it('reads 12 values a year as a monthly series, never the year column', () => {
    expect(accountingBalances(result)).toBe(true);
    expect([result.accepted, result.rejected]).toEqual([24, 0]);
    const stored = storedRows(result);
    expect(stored.map((o) => o.period)).toEqual([...months(2022), ...months(2023)]);
    expect(stored.filter((o) => o.period.startsWith('2023'))).toHaveLength(12);
    // The spot values: December is December's own, not January's kept as "the year's value".
    expect(stored.find((o) => o.period === '2023-12')?.value).toBe(363);
    expect(stored.find((o) => o.period === '2022-01')?.value).toBe(301);
    expect(issuesWith(result, 'duplicate_conflict')).toEqual([]);
  });

  it('keeps a marker a marker, never 0', () => {
    expect(storedRows(result).find((o) => o.period === '2023-06')).toMatchObject({
      value: null,
      marker: '..',
      line: 19,
    });
  });

  it('names the period column and every helper in plain words, in Swedish and English', () => {
    const [read] = issuesWith(result, 'period_columns_read');
    expect(read).toMatchObject({ severity: 'info', line: 1, column: 4 });
    expect(read?.message.sv).toBe(
      'Perioden lästes från kolumnen ”tid” (månad); ”ar”, ”manad” och ”manad_long” är hjälpkolumner och lästes inte, men jämfördes med perioden rad för rad.',
    );
    expect(read?.message.en).toContain('read from column ”tid” (month)');
    // Helpers are neither left out unsaid nor taken as the value.
    expect(issuesWith(result, 'header_unused_column')).toEqual([]);
    expect(issuesWith(result, 'columns_unused')).toEqual([]);
    expect(issuesWith(result, 'period_helper_disagrees')).toEqual([]);
  });

  it('prefers the finer consistent period whatever the column order', () => {
    const text = readFileSync(path('manad-med-hjalpar.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [region, indicator, ar, tid, , , value] = line.split(';');
        return [tid, value, ar, indicator, region].join(';');
      })
      .join('\n');
    const swapped = importText('ordning.csv', text);
    expect([swapped.accepted, swapped.rejected]).toEqual([24, 0]);
    expect(new Set(storedRows(swapped).map((o) => o.period)).size).toBe(24);
  });
});

describe('a period split over two columns', () => {
  it('år + månad with month names in any case becomes one monthly period', () => {
    const result = load('ar-och-manadsnamn.csv');
    expect([result.accepted, result.rejected]).toEqual([12, 0]);
    expect(rows(result)).toEqual(months(2023).map((p, i) => ['20', p, 10 + i, null]));
    const [split] = issuesWith(result, 'period_split');
    expect(split).toMatchObject({ severity: 'info', line: 1 });
    expect(split?.message.sv).toBe(
      'Perioden lästes från två kolumner: året ur ”År” och månaden ur ”Månad” blir en månad.',
    );
    expect(split?.message.en).toContain('the year from ”År” and the month from ”Månad” make one month');
  });

  it('år + kvartal (K1, 2, Q3, kvartal 4) becomes one quarterly period', () => {
    const result = load('ar-och-kvartal.csv');
    expect([result.accepted, result.rejected]).toEqual([5, 0]);
    expect(rows(result)).toEqual([
      ['20', '2023-Q1', 1, null],
      ['20', '2023-Q2', 2, null],
      ['20', '2023-Q3', 3, null],
      ['20', '2023-Q4', 4, null],
      ['20', '2024-Q1', 5, null],
    ]);
    expect(issuesWith(result, 'period_split')[0]?.message.sv).toContain('blir ett kvartal');
  });

  it('a month that is no month rejects its row and says where', () => {
    const result = importText(
      'fel.csv',
      'region;indikator;år;månad;värde\n20;x;2023;jan;1\n20;x;2023;13;2\n20;x;2023;mars;3\n',
    );
    expect([result.accepted, result.rejected]).toEqual([2, 1]);
    expect(storedRows(result).map((o) => o.period)).toEqual(['2023-01', '2023-03']);
    expect(issuesWith(result, 'period_part_invalid')[0]).toMatchObject({ line: 3, column: 4 });
  });
});

describe('a helper column that disagrees with the period', () => {
  it('keeps the finer period and warns on the row and column where the helper differs', () => {
    const result = load('hjalpar-avviker.csv');
    expect([result.accepted, result.rejected]).toEqual([6, 0]);
    expect(storedRows(result).map((o) => o.period)).toEqual(months(2023).slice(0, 6));
    const warnings = issuesWith(result, 'period_helper_disagrees');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: 5, column: 3 });
    expect(warnings[0]?.message.sv).toContain('”ar” säger ”2022”');
    expect(warnings[0]?.message.sv).toContain('2023-04');
  });
});

describe('kvartal (K1) beside ar_kvartal (1975K1)', () => {
  it('reads the quarters from ar_kvartal and checks kvartal against them', () => {
    const result = importText(
      'kvartal.csv',
      'region;indikator;kvartal;ar_kvartal;varde\n20;x;K1;1975K1;1\n20;x;K2;1975K2;2\n20;x;K4;1975K3;3\n',
    );
    expect(storedRows(result).map((o) => o.period)).toEqual(['1975-Q1', '1975-Q2', '1975-Q3']);
    expect(issuesWith(result, 'period_columns_read')[0]?.message.sv).toContain('”ar_kvartal” (kvartal)');
    expect(issuesWith(result, 'period_helper_disagrees').map((i) => [i.line, i.column])).toEqual([[4, 3]]);
  });
});

describe('a column of years beside a region column', () => {
  it('is read as the period and never as kommun codes (2021 Vansbro, 2023 Malung-Sälen)', () => {
    const result = load('arskolumn-och-kommun.csv');
    expect([result.accepted, result.rejected]).toEqual([4, 0]);
    expect(rows(result)).toEqual([
      ['2080', '2021', 110, null],
      ['2080', '2023', 130, null],
      ['2081', '2021', 210, null],
      ['2081', '2023', 230, null],
    ]);
    expect(issuesWith(result, 'region_years_not_region')[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('Dalarna kommun codes (all in 2021–2085) stay the region, alone or beside a county column', () => {
    const beside = importText('lan.csv', 'kommunkod;lan;år;antal\n2021;20;2022;5\n2085;20;2023;6\n');
    expect(rows(beside)).toEqual([
      ['2021', '2022', 5, null],
      ['2085', '2023', 6, null],
    ]);
    expect(issuesWith(beside, 'region_years_not_region')).toEqual([]);
    const result = importText('dalarna.csv', 'kommun;år;antal\n2021;2022;5\n2085;2023;6\n');
    expect(rows(result)).toEqual([
      ['2021', '2022', 5, null],
      ['2085', '2023', 6, null],
    ]);
  });
});

describe('a workbook with a monthly period and numeric helper columns', () => {
  it('reads the months, not the year', async () => {
    const header = rowXml(1, ['region', 'indikator', 'år', 'tid', 'månad', 'värde']);
    const body = Array.from({ length: 12 }, (_, i) =>
      rowXml(i + 2, ['20', 'x', 2023, `2023M${String(i + 1).padStart(2, '0')}`, i + 1, 100 + i]),
    ).join('');
    const result = await importFileAsync(
      'bok.xlsx',
      xlsxBytes({ sheets: [{ name: 'Blad1', rows: header + body }] }),
    );
    expect([result.accepted, result.rejected]).toEqual([12, 0]);
    expect(storedRows(result).map((o) => o.period)).toEqual(months(2023));
    expect(issuesWith(result, 'period_columns_read')[0]?.message.sv).toContain('”år” och ”månad”');
  });
});

describe('check-data --json prints the same reading and its guesses', () => {
  const require = createRequire(import.meta.url);
  const tsx = resolve(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
  const files = [
    'manad-med-hjalpar.csv',
    'ar-och-manadsnamn.csv',
    'hjalpar-avviker.csv',
    'arskolumn-och-kommun.csv',
  ];
  const run = spawnSync(
    process.execPath,
    [tsx, resolve(REPO_ROOT, 'scripts/check-data.ts'), '--json', ...files.map(path)],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );

  it('counts, periods, spot values and the issues that say each guess', () => {
    const out = JSON.parse(run.stdout) as { files: CheckDataFile[] };
    const [monthly, named, disagree, years] = out.files;
    expect(monthly?.observations.filter((o) => o.period.startsWith('2023-'))).toHaveLength(12);
    expect(monthly?.observations.find((o) => o.period === '2023-06')).toMatchObject({
      value: null,
      marker: '..',
    });
    expect(monthly?.issues.find((i) => i.code === 'period_columns_read')?.message).toContain('”tid” (månad)');
    expect(named?.observations.map((o) => o.period)).toEqual(months(2023));
    expect(named?.issues.map((i) => i.code)).toContain('period_split');
    expect(disagree?.issues.find((i) => i.code === 'period_helper_disagrees')).toMatchObject({
      severity: 'warning',
      line: 5,
      column: 3,
    });
    expect(years?.observations.map((o) => o.region)).toEqual(['2080', '2080', '2081', '2081']);
    expect(years?.issues.map((i) => i.code)).toContain('region_years_not_region');
  });
});
