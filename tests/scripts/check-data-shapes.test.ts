import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDataFile } from '../../scripts/check-data/report';
import { REPO_ROOT } from '../support/shared-fixtures';

const require = createRequire(import.meta.url);
const TSX = resolve(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
const DIR = resolve(REPO_ROOT, 'tests/fixtures/shapes');
const at = (name: string): string => resolve(DIR, name);

function checkData(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [TSX, resolve(REPO_ROOT, 'scripts/check-data.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

const json = (args: readonly string[]): CheckDataFile[] =>
  (JSON.parse(checkData(['--json', ...args]).stdout) as { files: CheckDataFile[] }).files;

const counts = (f: CheckDataFile | undefined): number[] =>
  f ? [f.records, f.accepted, f.rejected, f.skipped] : [];

const valueOf = (f: CheckDataFile | undefined, indicator: string, region: string, period: string): unknown =>
  f?.observations.find((o) => o.indicator === indicator && o.region === region && o.period === period)?.value;

describe('the shapes as LibreOffice Calc writes them, through check-data --json', () => {
  const [monthly, titled, valueAndShare, list] = json(
    ['manad-med-ar', 'rubrik-region', 'varde-och-andel', 'indikatorlista'].map((f) => at(`${f}.xlsx`)),
  );

  it('a monthly period beside a year column: 12 values a year, and the choice printed', () => {
    expect(monthly?.format).toBe('xlsx-long');
    expect(counts(monthly)).toEqual([24, 24, 0, 0]);
    expect(monthly?.observations.filter((o) => o.period.startsWith('2024-'))).toHaveLength(12);
    expect(valueOf(monthly, 'arbetslosa', '17', '2024-12')).toBe(512);
    expect(monthly?.choice).toEqual({
      header: ['Län', 'År', 'Tid', 'Arbetslösa'],
      columns: { region: 0, period: 2, value: 3, ignore: [] },
    });
    expect(monthly?.issues.find((i) => i.code === 'period_columns_read')?.message).toContain(
      'kolumnen ”Tid”',
    );
  });

  it('the region only in the title line: Värmland’s 11 years, said', () => {
    expect(counts(titled)).toEqual([13, 11, 0, 2]);
    expect(new Set(titled?.observations.map((o) => o.region))).toEqual(new Set(['17']));
    expect(valueOf(titled, 'antal_hushall', '17', '2021')).toBe(5133);
    expect(titled?.choice?.columns).toMatchObject({ regionCode: '17', period: 0, value: 1 });
    expect(titled?.issues.find((i) => i.code === 'region_from_title')?.message).toContain(
      'Regionen lästes från rubriken: Värmlands län',
    );
  });

  it('a second number column left out, and said; an indicator list gives nothing and names Strategi', () => {
    expect(counts(valueAndShare)).toEqual([6, 6, 0, 0]);
    expect(valueAndShare?.choice?.columns.ignore).toEqual([4]);
    expect(valueAndShare?.issues.find((i) => i.code === 'columns_left_out')?.message).toContain(
      '”Andel (%)”',
    );
    expect(counts(list)).toEqual([4, 0, 0, 4]);
    expect(list?.observations).toEqual([]);
    expect(list?.issues.map((i) => i.code)).toEqual(['indicator_list']);
    expect(list?.issues[0]?.message).toContain('Läs in den som strategi i vyn Strategi');
  });
});

describe('check-data takes the same column choices as Välj kolumner', () => {
  it('--period År --ignore Tid: one value a year, 22 months rejected (a hand count)', () => {
    const [yearly] = json(['--period', 'År', '--ignore', 'Tid', at('manad-med-ar.xlsx')]);
    expect(counts(yearly)).toEqual([24, 2, 22, 0]);
    expect(valueOf(yearly, 'arbetslosa', '17', '2024')).toBe(501);
    expect(yearly?.choice?.columns).toMatchObject({ period: 1, ignore: [2] });
  });

  it('--columns FILE: a ColumnMapping as the workspace keeps it; two value columns, 12 values', () => {
    const [both] = json(['--columns', at('varde-och-andel.columns.json'), at('varde-och-andel.csv')]);
    expect(counts(both)).toEqual([12, 12, 0, 0]);
    expect(valueOf(both, 'andel', '20', '2023')).toBe(4.8);
    expect(valueOf(both, 'varde', '03', '2022')).toBe(5200);
  });

  it('--region: one region for the whole file, printed with what each column was read as', () => {
    const run = checkData(['--region', 'Dalarna', '--value', 'Antal hushåll', at('rubrik-region.csv')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('godkända: 11');
    expect(run.stdout).toContain(
      'Kolumnerna lästes som:\n    region: hela filen: 20\n    period: kolumn 1 ”År”',
    );
    const bad = checkData(['--period', 'Månad', at('rubrik-region.csv')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('okänd kolumn / unknown column: Månad');
  });
});
