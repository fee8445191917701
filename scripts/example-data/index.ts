/**
 * The example data as file contents: a pure function of the seed. The CLI
 * (scripts/generate-example-data.ts) only writes what this returns into data/.
 */
import { INDICATORS } from './catalogue';
import { csv, formatNumber } from './format';
import { FIRST_YEAR, LAST_QUARTER, LAST_YEAR, type ObservationRow } from './model';
import { readme } from './readme';
import { generateObservations } from './series';
import { SERIES_SPECS, TARGET_SPECS } from './specs';
import { generateTargets, type TargetRow } from './targets';

/** The fixed seed of the committed example data. */
export const SEED = 20181120;

export const MISSING_MARKER = '..';

function decimalsOf(id: string): number {
  const def = INDICATORS.find((d) => d.id === id);
  if (!def) throw new Error(`Unknown indicator ${id}`);
  return def.decimals;
}

function checkSpecs(): void {
  const catalogue = INDICATORS.map((d) => d.id).sort().join(',');
  const series = SERIES_SPECS.map((s) => s.id).sort().join(',');
  if (catalogue !== series) throw new Error(`Catalogue (${catalogue}) and series specs (${series}) differ`);
  for (const t of TARGET_SPECS) if (!INDICATORS.some((d) => d.id === t.id)) throw new Error(`Target spec for unknown ${t.id}`);
}

function indicatorsJson(): string {
  return `${JSON.stringify({ indicators: INDICATORS }, null, 2)}\n`;
}

function observationsCsv(rows: readonly ObservationRow[]): string {
  return csv(
    ['region', 'indikator', 'period', 'kön', 'värde'],
    rows.map((r) => [r.region, r.indicator, r.period, r.gender, r.value === null ? MISSING_MARKER : formatNumber(r.value, decimalsOf(r.indicator))]),
  );
}

function targetsCsv(rows: readonly TargetRow[]): string {
  return csv(
    ['region', 'indikator', 'period', 'mål', 'basår', 'baslinje'],
    rows.map((t) => {
      const d = decimalsOf(t.indicator);
      return [t.region, t.indicator, String(t.year), formatNumber(t.value, d), String(t.baselineYear), formatNumber(t.baseline, d)];
    }),
  );
}

/** File name in data/ → its full text (UTF-8, LF). */
export function generateExampleData(seed: number = SEED): Record<string, string> {
  checkSpecs();
  const observations = generateObservations(seed);
  const targets = generateTargets(observations, seed);
  return {
    'indicators.json': indicatorsJson(),
    'observations.csv': observationsCsv(observations),
    'targets.csv': targetsCsv(targets),
    'README.md': readme({
      seed,
      indicators: INDICATORS.length,
      observations: observations.length,
      missing: observations.filter((r) => r.value === null).length,
      targets: targets.length,
      firstYear: FIRST_YEAR,
      lastYear: LAST_YEAR,
      lastQuarter: `${LAST_QUARTER.year}K${LAST_QUARTER.quarter}`,
    }),
  };
}
