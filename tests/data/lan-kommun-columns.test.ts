import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import type { CheckDataFile } from '../../scripts/check-data/report';
import { accountingBalances, importText, issuesWith, storedRows } from '../support/import-helpers';
import { REPO_ROOT } from '../support/shared-fixtures';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/lan-kommun');
const path = (name: string): string => resolve(DIR, name);
const OPTIONS = { indicator: 'nyforetagande' } as const;
const load = (name: string): ImportResult =>
  importFile(name, new Uint8Array(readFileSync(path(name))), OPTIONS);

/** [region, period, value, marker, line] per stored observation. */
function rows(result: ImportResult): (string | number | null)[][] {
  return storedRows(result).map((o) => [o.region, o.period, o.value, o.marker, o.line]);
}

/** [line, column] of every issue with the code. */
function places(result: ImportResult, code: Parameters<typeof issuesWith>[1]): (number | null)[][] {
  return issuesWith(result, code).map((i) => [i.line, i.column]);
}

describe('Län;Kommun;År;Värde with names', () => {
  const result = load('lan-kommun-namn.csv');

  it('reads the kommun as the region: every row kept, none on its county', () => {
    expect(accountingBalances(result)).toBe(true);
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([9, 9, 0, 0]);
    expect(rows(result)).toEqual([
      ['2080', '2022', 5.1, null, 2],
      ['2080', '2023', 5.4, null, 3],
      ['2081', '2022', 4.2, null, 4],
      ['2081', '2023', 4.6, null, 5],
      ['2023', '2022', 7.9, null, 6],
      ['2023', '2023', 8.3, null, 7],
      // Gävle is in Gävleborgs län, not in the county cell's Dalarna: kept as Gävle, and said.
      ['2180', '2023', 6, null, 8],
      // No kommun (empty, "Hela länet"): the county's own value.
      ['20', '2023', 5.2, null, 9],
      ['20', '2022', 4.9, null, 10],
    ]);
    expect(issuesWith(result, 'duplicate_conflict')).toEqual([]);
    expect(issuesWith(result, 'header_unused_column')).toEqual([]);
  });

  it('says what was decided, where the county differs, and which rows are the county’s', () => {
    const [decided] = issuesWith(result, 'region_finest_column');
    expect(decided).toMatchObject({ severity: 'info', line: 1, column: 2 });
    expect(decided?.message.sv).toBe(
      'Regionen lästes från kolumnen ”Kommun”; ”Län” är en hjälpkolumn och jämfördes rad för rad.',
    );
    expect(decided?.message.en).toBe(
      'The region was read from column ”Kommun”; ”Län” is a helper column, compared row by row.',
    );
    const [differs] = issuesWith(result, 'county_helper_disagrees');
    expect(places(result, 'county_helper_disagrees')).toEqual([[8, 1]]);
    expect(differs?.severity).toBe('warning');
    expect(differs?.message.sv).toBe(
      'Kolumnen ”Län” säger ”Dalarnas län”, men Gävle (2180) ligger i Gävleborgs län. Raden lästes som Gävle; kontrollera raden.',
    );
    const [totals] = issuesWith(result, 'county_total_rows');
    expect(totals).toMatchObject({ severity: 'info', line: 9, column: 2 });
    expect(totals?.message.sv).toContain('lästes som länet i ”Län”: rad 9, 10.');
  });
});

describe('lan;kommun;ar;varde with codes', () => {
  const result = load('lan-kommun-koder.csv');

  it('reads kommun codes (2021, 2023: kommuner, never years) with a marker kept', () => {
    expect(accountingBalances(result)).toBe(true);
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([9, 9, 0, 0]);
    expect(rows(result)).toEqual([
      ['2021', '2022', 41, null, 2],
      ['2021', '2023', 44, null, 3],
      ['2023', '2022', 57, null, 4],
      ['2023', '2023', null, '..', 5],
      ['2080', '2022', 350, null, 6],
      ['2080', '2023', 362, null, 7],
      ['2081', '2023', 280, null, 8],
      ['20', '2023', 1100, null, 9],
      ['20', '2022', 1050, null, 10],
    ]);
    expect(places(result, 'county_helper_disagrees')).toEqual([[8, 1]]);
    expect(issuesWith(result, 'county_helper_disagrees')[0]?.message.en).toBe(
      'Column ”lan” says ”21”, but Borlänge (2081) is in Dalarna County. The row was read as Borlänge; check the row.',
    );
    expect(places(result, 'county_total_rows')).toEqual([[9, 2]]);
    expect(issuesWith(result, 'county_total_rows')[0]?.message.en).toContain('2 rows');
  });
});

describe('other shapes of a county column beside a kommun column', () => {
  it('Län;Kommunkod;Kommunnamn: the code is read, the name checked as before, the county checked too', () => {
    const result = importText(
      'koder-och-namn.csv',
      [
        'Län;Kommunkod;Kommunnamn;År;Värde',
        'Dalarnas län;2080;Falun;2023;1',
        'Dalarnas län;2081;Falun;2023;2',
        'Västmanlands län;1917;Heby;2006;3',
        'Dalarnas län;;Samtliga kommuner;2023;9',
      ].join('\n'),
      OPTIONS,
    );
    expect([result.accepted, result.rejected]).toEqual([4, 0]);
    expect(storedRows(result).map((o) => o.region)).toEqual(['2080', '2081', '0331', '20']);
    expect(places(result, 'region_name_mismatch')).toEqual([[3, 3]]);
    // Heby's former code beside the county it was in then: the former-code warning only.
    expect(places(result, 'kommun_former_code')).toEqual([[4, 2]]);
    expect(issuesWith(result, 'county_helper_disagrees')).toEqual([]);
    expect(issuesWith(result, 'region_finest_column')[0]?.message.sv).toContain(
      'kolumnen ”Kommunkod”; ”Län”',
    );
  });

  it('Lanskod;Lansnamn;Kommunkod;Kommunnamn and region;kommun: the kommun column wins', () => {
    const four = importText(
      'fyra.csv',
      'Lanskod;Lansnamn;Kommunkod;Kommunnamn;År;Antal\n20;Dalarnas län;2080;Falun;2023;1\n20;Dalarnas län;2021;Vansbro;2023;2\n',
      OPTIONS,
    );
    expect(storedRows(four).map((o) => [o.region, o.value])).toEqual([
      ['2080', 1],
      ['2021', 2],
    ]);
    // The county's name is never checked against the kommun's code.
    expect(issuesWith(four, 'region_name_mismatch')).toEqual([]);
    expect(issuesWith(four, 'region_finest_column')[0]?.message.sv).toContain(
      '”Lanskod” och ”Lansnamn” är hjälpkolumner',
    );
    const regionKommun = importText(
      'region-kommun.csv',
      'region;kommun;period;indikator;värde\nRegion Dalarna;Falun;2023;x;1\nRegion Dalarna;Leksand;2023;x;2\n',
    );
    expect(storedRows(regionKommun).map((o) => o.region)).toEqual(['2080', '2029']);
  });

  it('a county and a kommun column in either order; a lone county column is left as it was', () => {
    const swapped = importText(
      'ordning.csv',
      'Kommun;Värde;År;Län\nFalun;1;2023;Dalarna\nMora;2;2023;20\n',
      OPTIONS,
    );
    expect(storedRows(swapped).map((o) => o.region)).toEqual(['2080', '2062']);
    expect(issuesWith(swapped, 'county_helper_disagrees')).toEqual([]);
    const county = importText('lan.csv', 'Län;Region;År;Värde\n20;Dalarnas län;2023;1\n', OPTIONS);
    expect(storedRows(county).map((o) => o.region)).toEqual(['20']);
    expect(issuesWith(county, 'region_finest_column')).toEqual([]);
  });
});

describe('check-data --json prints the same reading', () => {
  const require = createRequire(import.meta.url);
  const tsx = resolve(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
  const files = ['lan-kommun-namn.csv', 'lan-kommun-koder.csv'];
  const run = spawnSync(
    process.execPath,
    [
      tsx,
      resolve(REPO_ROOT, 'scripts/check-data.ts'),
      '--json',
      '--indicator',
      'nyforetagande',
      ...files.map(path),
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );

  it('counts, regions, spot values and the issues with their lines', () => {
    const out = JSON.parse(run.stdout) as { files: CheckDataFile[] };
    const [names, codes] = out.files;
    for (const file of [names, codes]) {
      expect(file?.records).toBe((file?.accepted ?? 0) + (file?.rejected ?? 0) + (file?.skipped ?? 0));
      expect([file?.accepted, file?.rejected]).toEqual([9, 0]);
      expect(file?.issues.filter((i) => i.code === 'county_helper_disagrees').map((i) => i.line)).toEqual([
        8,
      ]);
      expect(file?.issues.some((i) => i.code === 'region_finest_column')).toBe(true);
    }
    expect(names?.observations.find((o) => o.region === '2180')?.value).toBe(6);
    expect(names?.observations.filter((o) => o.region === '20').map((o) => o.value)).toEqual([5.2, 4.9]);
    expect(codes?.observations.find((o) => o.region === '2023' && o.period === '2023')?.marker).toBe('..');
    expect(codes?.observations.find((o) => o.region === '20' && o.period === '2023')?.value).toBe(1100);
  });
});
