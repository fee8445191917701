/**
 * Turns the series specs into observation rows: county values first, then Riket from them (the sum
 * for amounts and counts, a weighted mean for rates), then K/M rows and quarterly rows where the
 * indicator has them, and finally a few SCB missing markers (`..`) in county cells. The driver
 * series (specs.ts: DRIVER_IDS) are generated the same way but not written: the 1:1 ledger is
 * generated from them, and the app computes those indicators from the ledger.
 */
import type { Gender } from '../../src/domain/gender';
import { indicatorDefinition, INDICATORS } from './catalogue';
import { roundTo } from './format';
import {
  BASE_YEAR,
  FIRST_YEAR,
  LAST_QUARTER,
  LAST_YEAR,
  YEARS,
  yearIndex,
  type ObservationRow,
  type RiketRule,
  type SeriesContext,
  type SeriesSpec,
  type TrendSpec,
} from './model';
import { Random } from './random';
import { REGION_CODES, REGION_PROFILES, RIKET_CODE } from './regions';
import { DRIVER_IDS, SERIES_SPECS } from './specs';

/** Indicators whose county cells may be suppressed: rates and shares without a K/M split. */
const MARKER_INDICATORS: ReadonlySet<string> = new Set([
  'jamstalldhetsintegrerade_projekt',
  'okad_kunskap',
  'nya_samarbeten',
  'nyforetagande',
  'nya_innovationer',
  'fou_andel',
  'eftergymnasial_utbildning',
  'livskvalitet',
]);
/** About 0.5 % of all cells carry the missing marker. */
const MARKER_SHARE = 0.005;

type CountyValues = Map<string, number[]>;

class Store implements SeriesContext {
  private readonly series = new Map<string, CountyValues>();

  set(indicator: string, values: CountyValues): void {
    this.series.set(indicator, values);
  }

  yearly(indicator: string, region: string): readonly number[] {
    const values = this.series.get(indicator)?.get(region);
    if (!values) throw new Error(`${indicator} for ${region} is used before it is generated`);
    return values;
  }
}

function clamp(value: number, min: number | undefined, max: number | undefined): number {
  return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, value));
}

function stream(seed: number, ...parts: string[]): Random {
  return Random.stream(seed, parts.join('/'));
}

/** County values of a trend series, scaled so that Riket's mean follows the national curve. */
function trendCounties(spec: TrendSpec, seed: number, ctx: SeriesContext): CountyValues {
  const base = yearIndex(BASE_YEAR);
  const nationalBase = spec.national[base] ?? 1;
  const values: CountyValues = new Map();
  for (const p of REGION_PROFILES) {
    const rng = stream(seed, spec.id, p.code);
    const level = spec.level(p, rng);
    const response = spec.response?.(p) ?? 1;
    const drift = rng.normal(spec.drift);
    const noise = rng.smoothNoise(YEARS.length, spec.noise);
    values.set(
      p.code,
      YEARS.map((_, i) => {
        const national = nationalBase + response * ((spec.national[i] ?? nationalBase) - nationalBase);
        const trend = drift * (i - base);
        const e = noise[i] ?? 0;
        return spec.mode === 'relative'
          ? level * (national / nationalBase) * (1 + trend) * (1 + e)
          : level + (national - nationalBase) + trend + e;
      }),
    );
  }
  if (spec.riket.kind === 'mean') {
    const weight = spec.riket.weight;
    YEARS.forEach((_, i) => {
      const mean = weightedMean(
        REGION_PROFILES.map((p) => [values.get(p.code)?.[i] ?? 0, weight(p, i, ctx)]),
      );
      const national = spec.national[i] ?? mean;
      for (const series of values.values()) {
        const v = series[i] ?? 0;
        series[i] = spec.mode === 'relative' ? (v * national) / mean : v + national - mean;
      }
    });
  }
  for (const series of values.values()) series.forEach((v, i) => (series[i] = clamp(v, spec.min, spec.max)));
  return values;
}

function weightedMean(pairs: readonly (readonly [number, number])[]): number {
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of pairs) {
    sum += value * weight;
    weights += weight;
  }
  return sum / weights;
}

/** Riket from the counties: the sum of the rounded county values, or the weighted mean rounded. */
function riketValue(
  rule: RiketRule,
  countyValues: readonly number[],
  weights: readonly number[],
  decimals: number,
): number {
  if (rule.kind === 'sum') {
    const scale = 10 ** decimals;
    return (
      Math.round(countyValues.reduce((sum, v) => sum + Math.round(roundTo(v, decimals) * scale), 0)) / scale
    );
  }
  return roundTo(weightedMean(countyValues.map((v, i) => [v, weights[i] ?? 0])), decimals);
}

function weightsAt(rule: RiketRule, yearIdx: number, ctx: SeriesContext): number[] {
  return REGION_PROFILES.map((p) => (rule.kind === 'mean' ? rule.weight(p, yearIdx, ctx) : 1));
}

/** Yearly rows (T, and K/M for trend specs with a gender gap) for Riket and every county. */
function yearlyRows(
  spec: SeriesSpec,
  values: CountyValues,
  seed: number,
  ctx: SeriesContext,
): ObservationRow[] {
  const decimals = indicatorDefinition(spec.id).decimals;
  const rows: ObservationRow[] = [];
  const byGender = new Map<Gender, CountyValues>([['T', values]]);
  const gap = spec.kind === 'trend' ? spec.genderGap : undefined;
  if (gap) {
    const women: CountyValues = new Map();
    const men: CountyValues = new Map();
    for (const p of REGION_PROFILES) {
      const rng = stream(seed, spec.id, p.code, 'gender');
      const level = gap.mean + rng.normal(gap.sd);
      const wobble = rng.smoothNoise(YEARS.length, gap.sd / 4);
      const total = values.get(p.code) ?? [];
      women.set(
        p.code,
        total.map((t, i) => t + (level + (wobble[i] ?? 0)) / 2),
      );
      men.set(
        p.code,
        total.map((t, i) => t - (level + (wobble[i] ?? 0)) / 2),
      );
    }
    byGender.set('K', women).set('M', men);
  }
  for (const [gender, series] of byGender) {
    YEARS.forEach((year, i) => {
      const county = REGION_PROFILES.map((p) => series.get(p.code)?.[i] ?? 0);
      const period = String(year);
      rows.push({
        region: RIKET_CODE,
        indicator: spec.id,
        period,
        gender,
        value: riketValue(spec.riket, county, weightsAt(spec.riket, i, ctx), decimals),
      });
      REGION_PROFILES.forEach((p, k) =>
        rows.push({
          region: p.code,
          indicator: spec.id,
          period,
          gender,
          value: roundTo(county[k] ?? 0, decimals),
        }),
      );
    });
  }
  return rows;
}

interface Quarter {
  readonly year: number;
  readonly quarter: number;
}

const QUARTERS: readonly Quarter[] = (() => {
  const out: Quarter[] = [];
  for (let year = FIRST_YEAR; year <= LAST_QUARTER.year; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (year < LAST_QUARTER.year || quarter <= LAST_QUARTER.quarter) out.push({ year, quarter });
    }
  }
  return out;
})();

/** A yearly series read at a fractional time, linear between year midpoints and beyond the ends. */
function interpolate(yearly: readonly number[], time: number): number {
  const x = time - FIRST_YEAR - 0.5;
  const i = Math.min(Math.max(Math.floor(x), 0), yearly.length - 2);
  const a = yearly[i] ?? 0;
  const b = yearly[i + 1] ?? a;
  return a + (b - a) * (x - i);
}

/**
 * Annualised quarterly values: the yearly path read at each quarter's midpoint, times the season,
 * with a little noise, scaled so that each full year's quarters average exactly its yearly value.
 */
function countyQuarters(spec: TrendSpec, yearly: readonly number[], rng: Random): number[] {
  const season = spec.quarterly?.seasonal ?? [1, 1, 1, 1];
  const last = yearly[yearly.length - 1] ?? 0;
  const twoBefore = yearly[yearly.length - 3] ?? last;
  // The year after the last full year continues the recent trend.
  const extended = [...yearly, last + (last - twoBefore) / 4 + rng.normal(0.01 * last)];
  const raw = QUARTERS.map(
    ({ year, quarter }) =>
      interpolate(extended, year + (quarter - 0.5) / 4) *
      (season[quarter - 1] ?? 1) *
      (1 + rng.normal(spec.quarterly?.noise ?? 0)),
  );
  let factor = 1;
  return QUARTERS.map(({ year }, q) => {
    const yi = yearIndex(year);
    if (year <= LAST_YEAR && q % 4 === 0) {
      const sum = raw.slice(q, q + 4).reduce((s, v) => s + v, 0);
      factor = (yearly[yi] ?? 0) / (sum / 4);
    }
    return (raw[q] ?? 0) * factor;
  });
}

function quarterlyRows(
  spec: TrendSpec,
  values: CountyValues,
  seed: number,
  ctx: SeriesContext,
): ObservationRow[] {
  const decimals = indicatorDefinition(spec.id).decimals;
  const quarters = new Map(
    REGION_PROFILES.map((p) => [
      p.code,
      countyQuarters(spec, values.get(p.code) ?? [], stream(seed, spec.id, p.code, 'quarters')),
    ]),
  );
  const rows: ObservationRow[] = [];
  QUARTERS.forEach(({ year, quarter }, q) => {
    const period = `${year}K${quarter}`;
    const county = REGION_PROFILES.map((p) => quarters.get(p.code)?.[q] ?? 0);
    const weights = weightsAt(spec.riket, yearIndex(Math.min(year, LAST_YEAR)), ctx);
    rows.push({
      region: RIKET_CODE,
      indicator: spec.id,
      period,
      gender: 'T',
      value: riketValue(spec.riket, county, weights, decimals),
    });
    REGION_PROFILES.forEach((p, k) =>
      rows.push({
        region: p.code,
        indicator: spec.id,
        period,
        gender: 'T',
        value: roundTo(county[k] ?? 0, decimals),
      }),
    );
  });
  return rows;
}

function countyValues(spec: SeriesSpec, seed: number, ctx: SeriesContext): CountyValues {
  if (spec.kind === 'trend') return trendCounties(spec, seed, ctx);
  const values: CountyValues = new Map();
  for (const p of REGION_PROFILES) {
    const series = spec.compute(p, ctx, stream(seed, spec.id, p.code));
    values.set(
      p.code,
      series.map((v) => clamp(v, spec.min, undefined)),
    );
  }
  return values;
}

/** County cells that may carry `..`: never Riket, the base year or the latest year. */
function markerCandidate(row: ObservationRow): boolean {
  const year = Number(row.period.slice(0, 4));
  return (
    row.region !== RIKET_CODE &&
    MARKER_INDICATORS.has(row.indicator) &&
    year !== BASE_YEAR &&
    year < LAST_YEAR
  );
}

function withMissingMarkers(rows: readonly ObservationRow[], seed: number): ObservationRow[] {
  const candidates = rows.map((row, i) => (markerCandidate(row) ? i : -1)).filter((i) => i >= 0);
  const count = Math.round(rows.length * MARKER_SHARE);
  const rng = stream(seed, 'missing-markers');
  // A partial Fisher–Yates shuffle picks `count` distinct cells.
  for (let k = 0; k < count && k < candidates.length; k++) {
    const j = k + rng.below(candidates.length - k);
    const a = candidates[k] ?? 0;
    candidates[k] = candidates[j] ?? 0;
    candidates[j] = a;
  }
  const chosen = new Set(candidates.slice(0, count));
  return rows.map((row, i) => (chosen.has(i) ? { ...row, value: null } : row));
}

const GENDER_ORDER: Readonly<Record<Gender, number>> = { T: 0, K: 1, M: 2 };

/** Yearly periods first, then quarters, each in time order. */
function periodOrder(period: string): number {
  const m = /^(\d{4})(?:K(\d))?$/.exec(period);
  if (!m) throw new Error(`Unexpected period ${period}`);
  return m[2] === undefined ? Number(m[1]) : 10_000 + Number(m[1]) * 10 + Number(m[2]);
}

export interface GeneratedSeries {
  /** The rows of data/observations.csv, in file order: region, indicator (catalogue order), period, gender. */
  readonly rows: ObservationRow[];
  /** Every series' unrounded yearly county values, the drivers' included. */
  readonly values: SeriesContext;
}

/** Every series, and the observation rows of those that are written (not the drivers). */
export function generateSeries(seed: number): GeneratedSeries {
  const ctx = new Store();
  const rows: ObservationRow[] = [];
  for (const spec of SERIES_SPECS) {
    const values = countyValues(spec, seed, ctx);
    ctx.set(spec.id, values);
    if (DRIVER_IDS.includes(spec.id)) continue;
    rows.push(...yearlyRows(spec, values, seed, ctx));
    if (spec.kind === 'trend' && spec.quarterly) rows.push(...quarterlyRows(spec, values, seed, ctx));
  }
  const regionOrder = new Map(REGION_CODES.map((code, i) => [code, i]));
  const indicatorOrder = new Map(INDICATORS.map((d, i) => [d.id, i]));
  const sorted = [...rows].sort(
    (a, b) =>
      (regionOrder.get(a.region) ?? 0) - (regionOrder.get(b.region) ?? 0) ||
      (indicatorOrder.get(a.indicator) ?? 0) - (indicatorOrder.get(b.indicator) ?? 0) ||
      periodOrder(a.period) - periodOrder(b.period) ||
      GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender],
  );
  return { rows: withMissingMarkers(sorted, seed), values: ctx };
}
