import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DerivedObservation } from '../../scripts/check-data/derived';
import type { CheckDataFile } from '../../scripts/check-data/report';
import { NOT_YET_SUPPORTED, unmetExpectations } from '../support/manifest-expectations';
import { HAVE_SHARED_FIXTURES, REPO_ROOT, fixturePath, readManifest } from '../support/shared-fixtures';

const require = createRequire(import.meta.url);
const TSX = resolve(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');

function checkData(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [TSX, resolve(REPO_ROOT, 'scripts/check-data.ts'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check-data', () => {
  it('exits 2 with usage for wrong usage', () => {
    expect(checkData([]).code).toBe(2);
    expect(checkData(['--bogus', 'x.csv']).code).toBe(2);
    const missing = checkData(['does/not/exist.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('check-data');
  });

  describe.skipIf(!HAVE_SHARED_FIXTURES)('on every shared fixture, with --json', () => {
    const manifest = readManifest();
    const keys = Object.keys(manifest);
    const run = checkData(['--json', ...keys.map(fixturePath)]);
    const english = checkData(['--json', '--lang', 'en', ...keys.map(fixturePath)]);
    const parse = (text: string): { files: CheckDataFile[] } =>
      JSON.parse(text) as { files: CheckDataFile[] };

    it('prints exactly one JSON document and exits 1 because some files have errors, without a stack trace', () => {
      expect(run.code).toBe(1);
      expect(() => parse(run.stdout)).not.toThrow();
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(parse(run.stdout).files).toHaveLength(keys.length);
    });

    keys.forEach((key, index) => {
      const expected = manifest[key] ?? {};
      it(`${key} meets its manifest expectation through the CLI`, () => {
        const report = parse(run.stdout).files[index];
        const englishReport = parse(english.stdout).files[index];
        expect(report).toBeDefined();
        if (!report || !englishReport) return;
        expect(report.file).toBe(fixturePath(key));
        if (NOT_YET_SUPPORTED.has(report.format)) {
          expect(report.issues.map((i) => i.code)).toContain('format_not_supported');
          expect(report.issues.find((i) => i.code === 'format_not_supported')?.message).toContain(
            'stöds inte ännu',
          );
          return;
        }
        expect(
          unmetExpectations(
            report,
            expected,
            englishReport.issues.map((i) => i.message),
          ),
        ).toEqual([]);
      });
    });

    it('keeps region codes as strings and periods normalised', () => {
      const files = parse(run.stdout).files;
      const variants = files[keys.indexOf('sem/region_variants.csv')];
      expect(variants?.observations.every((o) => o.region === '01' || o.region === '00')).toBe(true);
      const periods = files[keys.indexOf('sem/periods.csv')];
      expect(periods?.observations.map((o) => o.period)).toEqual([
        '2023',
        '2023-Q2',
        '2023-Q3',
        '2023-04',
        '2023-05',
      ]);
    });

    it('exits 0 for a file without errors', () => {
      expect(checkData(['--json', fixturePath('delim/comma_decimal_point.csv')]).code).toBe(0);
    });

    it('names the indicator for files that carry none with --indicator', () => {
      const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
      const file = join(dir, 'utan_indikator.csv');
      writeFileSync(file, 'region;period;värde\n20;2022;7,9\n01;2022;14,1\n');
      const without = checkData(['--json', file]);
      expect(without.code).toBe(1);
      expect(parse(without.stdout).files[0]?.issues.map((i) => i.code)).toContain('header_missing_column');
      const named = checkData(['--json', '--indicator', 'nyforetagande', file]);
      expect(named.code).toBe(0);
      const report = parse(named.stdout).files[0];
      expect(report?.accepted).toBe(2);
      expect(report?.observations.map((o) => [o.region, o.indicator, o.value])).toEqual([
        ['20', 'nyforetagande', 7.9],
        ['01', 'nyforetagande', 14.1],
      ]);
    });
  });
});

describe('npm run check-data on a case ledger and its frames', () => {
  const ledger = resolve(REPO_ROOT, 'tests/fixtures/ledger/arendelista_liten.csv');
  const frames = resolve(REPO_ROOT, 'tests/fixtures/ledger/ramar_liten.csv');
  const catalogue = resolve(REPO_ROOT, 'tests/fixtures/ledger/indikatorer-med-formler.json');

  it('prints the ledger sums and the formula indicators as observations (hand calculation, Dalarna 2023)', () => {
    const run = checkData(['--json', '--catalogue', catalogue, ledger, frames]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { files: CheckDataFile[]; derived: DerivedObservation[] };
    expect(out.files.map((f) => [f.format, f.records, f.accepted])).toEqual([
      ['ledger-csv', 7, 7],
      ['frames-csv', 2, 2],
    ]);
    const at = (indicator: string, period: string) =>
      out.derived.find((d) => d.region === '20' && d.indicator === indicator && d.period === period);
    expect(at('sokta_medel', '2023')).toMatchObject({ source: 'ledger_sum' });
    expect(at('sokta_medel', '2023')?.value).toBeCloseTo(5.3, 10);
    expect(at('ansokningstryck', '2023')?.value).toBeCloseTo(1.325, 10);
    expect(at('uppvaxling', '2023')?.value).toBeCloseTo(6.5 / 2.7, 10);
    expect(at('utbetalningsgrad', '2023')?.value).toBeCloseTo((100 * 1.5) / 2.7, 10);
    expect(at('ansokningstryck', '2023')?.source).toBe('formula');
    // A zero frame: no value, and the reason, never Infinity.
    expect(at('ansokningstryck', '2024')).toMatchObject({
      value: null,
      marker: '.',
      note: 'Kan inte beräknas: Ram medel är 0.',
    });
  });

  it('says the computed values in words without --json; exit 1 for a ledger with bad rows', () => {
    const human = checkData(['--catalogue', catalogue, ledger, frames]);
    expect(human.stdout).toContain('Beräknat ur ärendelistan och ramarna');
    expect(human.stdout).toMatch(/20 2023 ansokningstryck: 1,325/);
    const bad = checkData(['--json', resolve(REPO_ROOT, 'tests/fixtures/ledger/arendelista_fel.csv')]);
    expect(bad.code).toBe(1);
    const report = (JSON.parse(bad.stdout) as { files: CheckDataFile[] }).files[0];
    expect(report?.issues.find((i) => i.code === 'ledger_amount_invalid')).toMatchObject({
      line: 2,
      column: 6,
    });
  });
});
