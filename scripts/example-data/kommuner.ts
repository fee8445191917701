/**
 * Invented kommun values (data/kommuner.csv), made from the county values as observations.csv
 * writes them, so that the two agree: a sum's kommuner add up exactly to the county's value; a
 * rate's or share's kommuner scatter around it — smaller kommuner further — with their
 * population-weighted mean at the county's value; a county cell that carries `..` carries it for
 * every kommun too, and a few small kommuner's own cells are suppressed. Yearly values only.
 */
import type { Gender } from '../../src/domain/gender';
import { indicatorDefinition, INDICATORS } from './catalogue';
import { roundTo } from './format';
import { KOMMUN_COUNTIES, kommunProfilesOf, type KommunProfile } from './kommun-profiles';
import { BASE_YEAR, LAST_YEAR, YEARS, type ObservationRow } from './model';
import { Random } from './random';
import { TARGET_SPECS } from './specs';
import { targetsFor, type TargetRow } from './targets';

interface KommunSpec {
  readonly id: string;
  /** A rate or share scattered around the county's (relatively or in units), or a county sum split. */
  readonly kind: 'relative' | 'absolute' | 'sum';
  /** Standard deviation of a 10 000-inhabitant kommun's own level (a share, or units). */
  readonly spread: number;
  /** Standard deviation of its smooth year-to-year noise, in the same terms. */
  readonly noise: number;
  readonly min?: number;
  readonly max?: number;
  /** K and M beside T, each the county's moved as T is; a kommun's women-minus-men gap differs from the county's by this standard deviation. */
  readonly genderGap?: number;
  /** Cells of kommuner under this many thousand inhabitants that may be suppressed (`..`). */
  readonly suppressBelow?: number;
}

export const KOMMUN_SPECS: readonly KommunSpec[] = [
  { id: 'nyforetagande', kind: 'relative', spread: 0.16, noise: 0.05, suppressBelow: 7 },
  { id: 'sysselsattningsgrad', kind: 'absolute', spread: 2.2, noise: 0.4, min: 65, max: 92, genderGap: 1.2 },
  { id: 'deltagare', kind: 'sum', spread: 0.35, noise: 0.12 },
];

/** The indicator whose kommun targets show that a target file can name a kommun, and where. */
export const KOMMUN_TARGETS = { indicator: 'nyforetagande', county: '20' } as const;

/** Share of a small kommun's suppressible cells that carry `..`. */
const SUPPRESSED_SHARE = 0.06;

/** How much more a kommun scatters than a 10 000-inhabitant one: less for large kommuner, capped for tiny ones. */
function scale(k: KommunProfile): number {
  return Math.min(1.6, Math.sqrt(10 / k.pop));
}

const key = (region: string, indicator: string, period: string, gender: Gender): string =>
  `${region}|${indicator}|${period}|${gender}`;

function stream(seed: number, ...parts: string[]): Random {
  return Random.stream(seed, ['kommuner', ...parts].join('/'));
}

/** A kommun's deviation from its county, per year, in the spec's terms (before centring). */
function deviations(spec: KommunSpec, k: KommunProfile, seed: number): number[] {
  const rng = stream(seed, spec.id, k.code);
  const own = rng.normal(spec.spread);
  return rng.smoothNoise(YEARS.length, spec.noise).map((e) => scale(k) * (own + e));
}

function weightedMean(values: readonly number[], kommuner: readonly KommunProfile[]): number {
  const weight = kommuner.reduce((s, k) => s + k.pop, 0);
  return values.reduce((s, v, i) => s + v * (kommuner[i]?.pop ?? 0), 0) / weight;
}

/** Rates and shares: each kommun around the county, then moved so that their weighted mean is the county's. */
function scattered(
  spec: KommunSpec,
  kommuner: readonly KommunProfile[],
  county: number,
  devs: number[],
): number[] {
  const clamp = (v: number): number => Math.min(spec.max ?? Infinity, Math.max(spec.min ?? -Infinity, v));
  const raw = kommuner.map((_, i) =>
    spec.kind === 'relative' ? county * Math.max(0.5, 1 + (devs[i] ?? 0)) : county + (devs[i] ?? 0),
  );
  const mean = weightedMean(raw, kommuner);
  return raw.map((v) => clamp(spec.kind === 'relative' ? (v * county) / mean : v + county - mean));
}

/** A county sum split over its kommuner by weight, in whole units of the last decimal: the parts add up exactly. */
function apportion(total: number, weights: readonly number[], decimals: number): number[] {
  const unit = 10 ** decimals;
  const units = Math.round(total * unit);
  const sum = weights.reduce((s, w) => s + w, 0);
  const quotas = weights.map((w) => (units * w) / sum);
  const parts = quotas.map(Math.floor);
  const order = quotas
    .map((q, i) => [q - Math.floor(q), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = units - parts.reduce((s, p) => s + p, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts.map((p) => roundTo(p / unit, decimals));
}

function countyValue(byKey: ReadonlyMap<string, number | null>, ...k: Parameters<typeof key>): number | null {
  const value = byKey.get(key(...k));
  if (value === undefined) throw new Error(`No county value ${key(...k)} for the kommuner`);
  return value;
}

/** One indicator's yearly rows for the kommuner of one county: T, and K/M where the spec has a gender gap. */
function countyKommunRows(
  spec: KommunSpec,
  county: string,
  byKey: ReadonlyMap<string, number | null>,
  seed: number,
): ObservationRow[] {
  const decimals = indicatorDefinition(spec.id).decimals;
  const kommuner = kommunProfilesOf(county);
  const devs = kommuner.map((k) => deviations(spec, k, seed));
  // Each kommun's women-minus-men gap differs from its county's; their weighted mean does not.
  const gaps = kommuner.map(
    (k) => stream(seed, spec.id, k.code, 'gender').normal(spec.genderGap ?? 0) * scale(k),
  );
  const meanGap = weightedMean(gaps, kommuner);
  const suppressed = kommuner.map((k) => {
    const rng = stream(seed, spec.id, k.code, 'suppressed');
    return YEARS.map(
      (year) =>
        spec.suppressBelow !== undefined &&
        k.pop < spec.suppressBelow &&
        year !== BASE_YEAR &&
        year !== LAST_YEAR &&
        rng.chance(SUPPRESSED_SHARE),
    );
  });
  const rows: ObservationRow[] = [];
  YEARS.forEach((year, y) => {
    const period = String(year);
    const total = countyValue(byKey, county, spec.id, period, 'T');
    const push = (i: number, gender: Gender, value: number | null): void => {
      const k = kommuner[i];
      if (!k) return;
      rows.push({ region: k.code, indicator: spec.id, period, gender, value });
    };
    if (total === null) {
      kommuner.forEach((_, i) => push(i, 'T', null));
      return;
    }
    const yearDevs = devs.map((d) => d[y] ?? 0);
    const values =
      spec.kind === 'sum'
        ? apportion(
            total,
            kommuner.map((k, i) => k.pop * Math.max(0.1, 1 + (yearDevs[i] ?? 0))),
            decimals,
          )
        : scattered(spec, kommuner, total, yearDevs);
    values.forEach((v, i) => push(i, 'T', suppressed[i]?.[y] ? null : roundTo(v, decimals)));
    if (spec.genderGap === undefined) return;
    const women = countyValue(byKey, county, spec.id, period, 'K');
    const men = countyValue(byKey, county, spec.id, period, 'M');
    values.forEach((v, i) => {
      const off = suppressed[i]?.[y] ? null : v - total;
      const half = ((gaps[i] ?? 0) - meanGap) / 2;
      push(i, 'K', women === null || off === null ? null : roundTo(women + off + half, decimals));
      push(i, 'M', men === null || off === null ? null : roundTo(men + off - half, decimals));
    });
  });
  return rows;
}

const GENDER_ORDER: Readonly<Record<Gender, number>> = { T: 0, K: 1, M: 2 };

/** Every kommun row, in file order: kommun, indicator (catalogue order), year, kön. */
export function generateKommunRows(countyRows: readonly ObservationRow[], seed: number): ObservationRow[] {
  const byKey = new Map(countyRows.map((r) => [key(r.region, r.indicator, r.period, r.gender), r.value]));
  const rows = KOMMUN_COUNTIES.flatMap((county) =>
    KOMMUN_SPECS.flatMap((spec) => countyKommunRows(spec, county, byKey, seed)),
  );
  const indicatorOrder = new Map(INDICATORS.map((d, i) => [d.id, i]));
  return rows.sort(
    (a, b) =>
      a.region.localeCompare(b.region) ||
      (indicatorOrder.get(a.indicator) ?? 0) - (indicatorOrder.get(b.indicator) ?? 0) ||
      Number(a.period) - Number(b.period) ||
      GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender],
  );
}

/** Targets for one indicator in one county's kommuner, from each kommun's base-year value, as for the län. */
export function generateKommunTargets(kommunRows: readonly ObservationRow[], seed: number): TargetRow[] {
  const spec = TARGET_SPECS.find((s) => s.id === KOMMUN_TARGETS.indicator);
  if (!spec) throw new Error(`No target spec for ${KOMMUN_TARGETS.indicator}`);
  return kommunProfilesOf(KOMMUN_TARGETS.county).flatMap((k) => {
    const baseline = kommunRows.find(
      (r) =>
        r.region === k.code && r.indicator === spec.id && r.period === String(BASE_YEAR) && r.gender === 'T',
    )?.value;
    if (baseline === undefined || baseline === null)
      throw new Error(`No ${BASE_YEAR} value for ${spec.id} in ${k.code}`);
    return targetsFor(spec, k.code, baseline, seed);
  });
}
