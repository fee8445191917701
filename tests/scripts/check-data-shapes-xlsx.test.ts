import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDataFile } from '../../scripts/check-data/report';
import { REPO_ROOT } from '../support/shared-fixtures';
import { SHAPES, type Spot } from '../support/shape-expectations';

/** Issue 10's ten shapes, CSV and xlsx, through `check-data --json`: see shape-expectations.ts. */
const require = createRequire(import.meta.url);
const TSX = resolve(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
const DIR = resolve(REPO_ROOT, 'tests/fixtures/shapes');

const run = spawnSync(
  process.execPath,
  [
    TSX,
    resolve(REPO_ROOT, 'scripts/check-data.ts'),
    '--json',
    ...SHAPES.flatMap((s) => [resolve(DIR, `${s.file}.csv`), resolve(DIR, `${s.file}.xlsx`)]),
  ],
  { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
);
const files = (JSON.parse(run.stdout) as { files: CheckDataFile[] }).files;
const fileOf = (name: string): CheckDataFile => {
  const found = files.find((f) => f.file.endsWith(`/${name}`));
  if (!found) throw new Error(`check-data printed nothing for ${name}`);
  return found;
};

function spotOf(f: CheckDataFile, [indicator, region, period]: Spot): number | string | undefined {
  const o = f.observations.find(
    (x) => x.indicator === indicator && x.region === region && x.period === period,
  );
  return o ? (o.value ?? o.marker ?? undefined) : undefined;
}

/** What must be the same whichever program wrote the file. */
function reading(f: CheckDataFile): unknown {
  return {
    counts: [f.records, f.accepted, f.rejected, f.skipped],
    observations: f.observations,
    indicators: f.indicators,
    choice: f.choice,
    // A workbook holds a code such as 00 as the number 0: the reader pads it, and says so.
    issues: f.issues.filter((i) => i.code !== 'region_padded'),
  };
}

describe('issue 10’s shapes, CSV and LibreOffice xlsx, through check-data --json', () => {
  it('runs without an error in any file', () => {
    expect(run.status).toBe(0);
    expect(files).toHaveLength(SHAPES.length * 2);
  });

  describe.each(SHAPES)('shape $shape: $file', (s) => {
    it.each(['csv', 'xlsx'])('%s meets the hand counts', (ext) => {
      const f = fileOf(`${s.file}.${ext}`);
      expect(f.format).toMatch(ext === 'csv' ? /^long-csv$/ : /^xlsx-long$/);
      expect([f.records, f.accepted, f.rejected, f.skipped]).toEqual(s.counts);
      expect(Object.fromEntries((f.indicators ?? []).map((i) => [i.id, i.name]))).toEqual(s.indicators);
      expect([...new Set(f.observations.map((o) => o.indicator))].sort()).toEqual(
        Object.keys(s.indicators).sort(),
      );
      const periods = [...new Set(f.observations.map((o) => o.period))].sort();
      expect(s.periods ? [periods[0], periods.at(-1), periods.length] : periods).toEqual(s.periods ?? []);
      expect([...new Set(f.observations.map((o) => o.region))].sort()).toEqual(s.regions);
      for (const spot of s.spots) expect(spotOf(f, spot)).toBe(spot[3]);
      const said = f.issues.map((i) => i.message).join('\n');
      for (const words of s.words) expect(said).toContain(words);
      // Nothing is accepted as 0 that the file did not write as 0.
      expect(f.observations.filter((o) => o.value === 0)).toEqual([]);
    });

    it('the xlsx reads as its CSV', () => {
      expect(reading(fileOf(`${s.file}.xlsx`))).toEqual(reading(fileOf(`${s.file}.csv`)));
    });
  });

  it('the markers --, .., - and x are kept as markers, never 0 (shape 10)', () => {
    for (const ext of ['csv', 'xlsx']) {
      const markers = fileOf(`markorer.${ext}`)
        .observations.filter((o) => o.marker !== null)
        .map((o) => [o.region, o.period, o.value, o.marker]);
      expect(markers).toEqual([
        ['20', '2021', null, '--'],
        ['20', '2022', null, '..'],
        ['20', '2023', null, '-'],
        ['20', '2024', null, 'x'],
        ['17', '2022', null, 'x'],
      ]);
    }
  });

  it('a constant column describes the indicator; the workbook’s 0 for Riket is read as 00, and said', () => {
    expect(fileOf('konstanta-kolumner.xlsx').indicators?.[0]?.description).toBe(
      'ålder: 20-64 år, födelseregion: totalt, utbildning: samtliga utbildningsnivåer, Typ: Registerbaserad',
    );
    expect(fileOf('konstanta-kolumner.csv').issues.map((i) => i.code)).not.toContain('region_padded');
    expect(fileOf('konstanta-kolumner.xlsx').issues.filter((i) => i.code === 'region_padded')).toHaveLength(
      2,
    );
  });

  it('PxWeb’s unnamed stub columns are chosen as the period and the region (what Välj kolumner starts from)', () => {
    expect(fileOf('pxweb-manad.xlsx').choice).toEqual({
      header: ['', '', 'Inskrivna arbetslösa'],
      columns: { region: 1, period: 0, value: 2, ignore: [] },
    });
  });
});
