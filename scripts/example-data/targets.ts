/**
 * Targets for every region on every indicator with a natural target: a 2030 target, for some also
 * a 2026 interim target, with 2020 as base year and the region's 2020 value as baseline. Ambition
 * varies a little between regions; whether a region is on track then depends on how its invented
 * series has moved since 2020.
 */
import { indicatorDefinition, INDICATORS } from './catalogue';
import { roundTo, roundToStep } from './format';
import { BASE_YEAR, type ObservationRow, type TargetSpec } from './model';
import { Random } from './random';
import { REGION_CODES, RIKET_CODE } from './regions';
import { TARGET_SPECS } from './specs';

export const TARGET_YEAR = 2030;
export const INTERIM_YEAR = 2026;
/** Share of (region, indicator) pairs that also get an interim target. */
const INTERIM_SHARE = 0.35;
/** How far along the way to 2030 the 2026 target is: a little behind the straight line (0.6). */
const INTERIM_PROGRESS = 0.55;

export interface TargetRow {
  readonly region: string;
  readonly indicator: string;
  readonly year: number;
  readonly value: number;
  readonly baselineYear: number;
  readonly baseline: number;
}

/** True when `value` is better than `baseline` in the indicator's good direction. */
function improves(value: number, baseline: number, lowerIsBetter: boolean): boolean {
  return lowerIsBetter ? value < baseline : value > baseline;
}

export function targetsFor(spec: TargetSpec, region: string, baseline: number, seed: number): TargetRow[] {
  const def = indicatorDefinition(spec.id);
  const lower = def.direction === 'lower_is_better';
  const sign = lower ? -1 : 1;
  const rng = Random.stream(seed, `targets/${spec.id}/${region}`);
  const ambition = spec.change * (region === RIKET_CODE ? 1 : 1 + spec.spread * (2 * rng.next() - 1));
  const planned = spec.kind === 'relative' ? baseline * (1 + ambition) : baseline + ambition;
  let target = roundToStep(
    Math.min(spec.max ?? Infinity, Math.max(spec.min ?? -Infinity, planned)),
    spec.step,
    def.decimals,
  );
  if (!improves(target, baseline, lower))
    target = roundTo(roundToStep(baseline, spec.step, def.decimals) + sign * spec.step, def.decimals);

  const rows: TargetRow[] = [];
  const base = { region, indicator: spec.id, baselineYear: BASE_YEAR, baseline };
  if (rng.chance(INTERIM_SHARE)) {
    const interim = roundToStep(baseline + INTERIM_PROGRESS * (target - baseline), spec.step, def.decimals);
    if (improves(interim, baseline, lower) && improves(target, interim, lower))
      rows.push({ ...base, year: INTERIM_YEAR, value: interim });
  }
  rows.push({ ...base, year: TARGET_YEAR, value: target });
  return rows;
}

/** "region|indicator" → the region's value in the base year as the file or the app shows it. */
export type Baselines = ReadonlyMap<string, number | null>;

export const baselineKey = (region: string, indicator: string): string => `${region}|${indicator}`;

/** The base-year values of the written observations (kön T). */
export function observationBaselines(observations: readonly ObservationRow[]): Map<string, number | null> {
  const baselines = new Map<string, number | null>();
  for (const row of observations) {
    if (row.gender === 'T' && row.period === String(BASE_YEAR))
      baselines.set(baselineKey(row.region, row.indicator), row.value);
  }
  return baselines;
}

/** All target rows in file order: region, indicator (catalogue order), year. */
export function generateTargets(baselines: Baselines, seed: number): TargetRow[] {
  const specs = INDICATORS.map((d) => TARGET_SPECS.find((s) => s.id === d.id)).filter(
    (s): s is TargetSpec => s !== undefined,
  );
  const rows: TargetRow[] = [];
  for (const region of REGION_CODES) {
    for (const spec of specs) {
      const baseline = baselines.get(baselineKey(region, spec.id));
      if (baseline === undefined || baseline === null)
        throw new Error(`No ${BASE_YEAR} value for ${spec.id} in ${region}`);
      rows.push(...targetsFor(spec, region, baseline, seed));
    }
  }
  return rows;
}
