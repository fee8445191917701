import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDataFile } from '../../scripts/check-data/report';
import { REPO_ROOT } from '../support/shared-fixtures';

const require = createRequire(import.meta.url);
const TSX = resolve(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
const DIR = resolve(REPO_ROOT, 'tests/fixtures/kolumner');

describe('check-data --json on real export shapes (issue 10: shapes 2–5, 7)', () => {
  const files = [
    'arbetsloshet-grupp.csv',
    'bostader-paborjade-fardigstallda.csv',
    'medelpris-sort-grupp.csv',
  ];
  const run = spawnSync(
    process.execPath,
    [TSX, resolve(REPO_ROOT, 'scripts/check-data.ts'), '--json', ...files.map((f) => resolve(DIR, f))],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const out = JSON.parse(run.stdout) as { files: CheckDataFile[] };
  const [grupp, bostader, medelpris] = out.files;
  const value = (
    file: CheckDataFile | undefined,
    indicator: string,
    region: string,
    period: string,
  ): (number | null)[] | undefined =>
    file?.observations
      .filter((o) => o.indicator === indicator && o.region === region && o.period === period)
      .map((o) => o.value);

  it('a dimension column: a series per value, with names, description and the guess said', () => {
    expect(run.status).toBe(0);
    expect([grupp?.records, grupp?.accepted, grupp?.rejected, grupp?.skipped]).toEqual([12, 12, 0, 0]);
    expect(value(grupp, 'arbetsloshet_utrikes_fodda', '17', '2023')).toEqual([19.8]);
    expect(grupp?.indicators).toEqual([
      {
        id: 'arbetsloshet_inrikes_fodda',
        name: 'Arbetslöshet – inrikes födda',
        description: 'ålder: 16-64 år',
      },
      {
        id: 'arbetsloshet_utrikes_fodda',
        name: 'Arbetslöshet – utrikes födda',
        description: 'ålder: 16-64 år',
      },
    ]);
    expect(grupp?.issues.map((i) => i.code)).toEqual([
      'column_dimension_series',
      'columns_constant_described',
      'header_value_named',
    ]);
    expect(grupp?.issues.find((i) => i.code === 'columns_constant_described')?.message).toBe(
      'Kolumnen ”ålder” = ”16-64 år” har samma värde på varje rad och lades till i indikatorns beskrivning.',
    );
  });

  it('two measure columns: an indicator each, the marker kept', () => {
    expect([bostader?.records, bostader?.accepted, bostader?.rejected]).toEqual([18, 18, 0]);
    expect(value(bostader, 'paborjade', '00', '2022')).toEqual([63900]);
    expect(bostader?.observations.filter((o) => o.marker === '..')).toHaveLength(1);
    expect(bostader?.issues.map((i) => i.code)).toEqual(['measure_columns_read']);
  });

  it('a measure beside a counter, a class and a year column: every left-out column named once', () => {
    expect([medelpris?.accepted, medelpris?.rejected]).toEqual([6, 0]);
    expect(value(medelpris, 'medelpris', '17', '2023')).toEqual([2405]);
    expect(medelpris?.issues.filter((i) => i.code === 'columns_left_out')).toHaveLength(1);
    expect(medelpris?.issues.find((i) => i.code === 'columns_left_out')?.message).toContain(
      '”sort” (ett löpnummer 1, 2, 3 …)',
    );
  });
});
