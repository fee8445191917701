/**
 * The example data as file contents: a pure function of the seed. The CLI
 * (scripts/generate-example-data.ts) only writes what this returns into data/.
 */
import { LEDGER_MEASURES } from '../../src/domain/ledger-measures';
import { INDICATORS } from './catalogue';
import { csv, formatNumber, roundTo } from './format';
import { generateLedger, LEDGER_FILES, LEDGER_YEARS } from './ledger';
import { KOMMUN_COUNTIES, KOMMUN_PROFILES } from './kommun-profiles';
import { generateKommunRows, generateKommunTargets, KOMMUN_SPECS, KOMMUN_TARGETS } from './kommuner';
import { framesCsv, ledgerCsv, sharesCsv } from './ledger-csv';
import { ledgerValues, type LedgerValues } from './ledger-values';
import { BASE_YEAR, FIRST_YEAR, LAST_QUARTER, LAST_YEAR, type ObservationRow } from './model';
import { readme } from './readme';
import { REGION_CODES } from './regions';
import { generateSeries } from './series';
import { DRIVER_IDS, SERIES_SPECS, TARGET_SPECS } from './specs';
import { baselineKey, generateTargets, observationBaselines, type TargetRow } from './targets';

/** The fixed seed of the committed example data. */
export const SEED = 20181120;

export const MISSING_MARKER = '..';

function decimalsOf(id: string): number {
  const def = INDICATORS.find((d) => d.id === id);
  if (!def) throw new Error(`Unknown indicator ${id}`);
  return def.decimals;
}

const sorted = (ids: Iterable<string>): string => [...ids].sort().join(',');

/** The ids the app computes from the ledger: its sums and the formulas. */
const LEDGER_COMPUTED: ReadonlySet<string> = new Set([
  ...LEDGER_MEASURES,
  ...INDICATORS.filter((d) => d.formula).map((d) => d.id),
]);

/**
 * Every catalogue indicator is written as observations, or is one of the ledger's sums, or is a
 * formula; the series that are not written are exactly the drivers, each an indicator the app
 * computes from the ledger; targets are for indicators with a direction.
 */
function checkSpecs(): void {
  const written = INDICATORS.filter((d) => !LEDGER_COMPUTED.has(d.id)).map((d) => d.id);
  const series = SERIES_SPECS.map((s) => s.id).filter((id) => !DRIVER_IDS.includes(id));
  if (sorted(written) !== sorted(series))
    throw new Error(`Written indicators (${sorted(written)}) and series specs (${sorted(series)}) differ`);
  for (const id of DRIVER_IDS) {
    if (!SERIES_SPECS.some((s) => s.id === id)) throw new Error(`Driver ${id} has no series spec`);
    if (!LEDGER_COMPUTED.has(id)) throw new Error(`Driver ${id} is not computed from the ledger`);
  }
  for (const id of LEDGER_MEASURES) {
    const def = INDICATORS.find((d) => d.id === id);
    if (!def || def.formula || def.aggregation !== 'sum')
      throw new Error(`Ledger sum ${id} must be in the catalogue, with aggregation sum and no formula`);
  }
  for (const t of TARGET_SPECS) {
    const def = INDICATORS.find((d) => d.id === t.id);
    if (!def || def.direction === 'neutral') throw new Error(`Target spec for unknown or neutral ${t.id}`);
  }
}

function indicatorsJson(): string {
  return `${JSON.stringify({ indicators: INDICATORS }, null, 2)}\n`;
}

function observationsCsv(rows: readonly ObservationRow[]): string {
  return csv(
    ['region', 'indikator', 'period', 'kön', 'värde'],
    rows.map((r) => [
      r.region,
      r.indicator,
      r.period,
      r.gender,
      r.value === null ? MISSING_MARKER : formatNumber(r.value, decimalsOf(r.indicator)),
    ]),
  );
}

function targetsCsv(rows: readonly TargetRow[]): string {
  return csv(
    ['region', 'indikator', 'period', 'mål', 'basår', 'baslinje'],
    rows.map((t) => {
      const d = decimalsOf(t.indicator);
      return [
        t.region,
        t.indicator,
        String(t.year),
        formatNumber(t.value, d),
        String(t.baselineYear),
        formatNumber(t.baseline, d),
      ];
    }),
  );
}

/** Base-year values of the written series and, for the indicators computed from the ledger, as the app computes them. */
function baselines(
  observations: readonly ObservationRow[],
  computed: LedgerValues,
): Map<string, number | null> {
  const result = observationBaselines(observations);
  for (const spec of TARGET_SPECS) {
    if (!LEDGER_COMPUTED.has(spec.id)) continue;
    for (const region of REGION_CODES) {
      const value = computed.get(region, spec.id, BASE_YEAR);
      result.set(
        baselineKey(region, spec.id),
        value === undefined ? null : roundTo(value, decimalsOf(spec.id)),
      );
    }
  }
  return result;
}

/** File name in data/ → its full text (UTF-8, LF). */
export function generateExampleData(seed: number = SEED): Record<string, string> {
  checkSpecs();
  const { rows: observations, values } = generateSeries(seed);
  const ledger = generateLedger(values, seed);
  const kommunRows = generateKommunRows(observations, seed);
  const kommunTargets = generateKommunTargets(kommunRows, seed);
  const targets = [
    ...generateTargets(baselines(observations, ledgerValues(ledger, INDICATORS)), seed),
    ...kommunTargets,
  ];
  return {
    'indicators.json': indicatorsJson(),
    'observations.csv': observationsCsv(observations),
    'kommuner.csv': observationsCsv(kommunRows),
    'targets.csv': targetsCsv(targets),
    [LEDGER_FILES.cases]: ledgerCsv(ledger),
    [LEDGER_FILES.frames]: framesCsv(ledger),
    [LEDGER_FILES.shares]: sharesCsv(ledger),
    'README.md': readme({
      seed,
      indicators: INDICATORS.length,
      formulas: INDICATORS.filter((d) => d.formula).length,
      ledgerSums: LEDGER_MEASURES.length,
      observations: observations.length,
      missing: observations.filter((r) => r.value === null).length,
      targets: targets.length,
      kommuner: {
        observations: kommunRows.length,
        missing: kommunRows.filter((r) => r.value === null).length,
        kommuner: KOMMUN_PROFILES.length,
        counties: KOMMUN_COUNTIES,
        indicators: KOMMUN_SPECS.map((s) => s.id),
        targets: kommunTargets.length,
        targetIndicator: KOMMUN_TARGETS.indicator,
        targetCounty: KOMMUN_TARGETS.county,
      },
      firstYear: FIRST_YEAR,
      lastYear: LAST_YEAR,
      lastQuarter: `${LAST_QUARTER.year}K${LAST_QUARTER.quarter}`,
      ledgerFirstYear: LEDGER_YEARS[0] ?? LAST_YEAR,
      cases: ledger.cases.length,
      pending: ledger.cases.filter((c) => c.year === undefined).length,
      frames: ledger.frames.length,
      shares: ledger.shares.length,
    }),
  };
}
