import {
  TARGET_STATUSES,
  statusAgainstTarget,
  targetPath,
  type PathPoint,
  type StatusResult,
  type TargetStatus,
} from '../domain/target';
import type { Indicator } from '../domain/indicator';
import { previousPeriod, samePeriodLastYear, type Granularity, type Period } from '../domain/period';
import { rankEntries, type RankedEntry } from '../domain/ranking';
import { comparedRegions, referenceRegion, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import { latestWithValue, samePeriod, type SeriesPoint } from '../domain/series';
import type { Lang } from '../domain/language';
import type { Dataset } from '../data/dataset/dataset';
import { indicatorCoverage, querySeriesByRegion, targetsFor } from '../data/dataset/store-query';

/** A change between two periods that both have a number. */
export interface Change {
  readonly value: number;
  readonly from: Period;
}

/** One indicator for one region, as the overview card, the matrix and the questions view show it. */
export interface IndicatorSummary {
  readonly indicator: Indicator;
  readonly region: string;
  readonly granularity: Granularity;
  readonly series: readonly SeriesPoint[];
  readonly latest: SeriesPoint | undefined;
  readonly changePrevious: Change | undefined;
  readonly changeYear: Change | undefined;
  readonly path: readonly PathPoint[];
  readonly status: StatusResult;
  /** Riket at the same period as `latest`. */
  readonly riket: SeriesPoint | undefined;
}

/** Yearly when the indicator has years; otherwise its first granularity. */
export function naturalGranularity(dataset: Dataset, indicator: string): Granularity {
  const { granularities } = indicatorCoverage(dataset, indicator);
  return granularities.includes('year') ? 'year' : (granularities[0] ?? 'year');
}

function change(
  series: readonly SeriesPoint[],
  latest: SeriesPoint | undefined,
  earlier: Period | undefined,
): Change | undefined {
  if (!latest || latest.value === null || !earlier) return undefined;
  const point = series.find((p) => samePeriod(p.period, earlier));
  if (!point || point.value === null) return undefined;
  return { value: latest.value - point.value, from: earlier };
}

export function summarize(
  dataset: Dataset,
  indicator: Indicator,
  region: string,
  granularity: Granularity,
  series: readonly SeriesPoint[],
  riketSeries: readonly SeriesPoint[] | undefined,
): IndicatorSummary {
  const latest = latestWithValue(series);
  const first = series.find((p) => p.value !== null);
  const path = targetPath(
    targetsFor(dataset, region, indicator.id),
    first && first.value !== null ? { period: first.period, value: first.value } : undefined,
  );
  const status = latest
    ? statusAgainstTarget(latest.value, latest.period, indicator.direction, path)
    : statusAgainstTarget(null, { granularity, year: 0, sub: 0 }, indicator.direction, path);
  return {
    indicator,
    region,
    granularity,
    series,
    latest,
    // A cohort's latest periods are still growing: a change between them would mislead.
    changePrevious: indicator.cohort
      ? undefined
      : change(series, latest, latest ? previousPeriod(latest.period) : undefined),
    changeYear:
      granularity === 'year' || indicator.cohort
        ? undefined
        : change(series, latest, latest ? samePeriodLastYear(latest.period) : undefined),
    path,
    status,
    riket: latest ? riketSeries?.find((p) => samePeriod(p.period, latest.period)) : undefined,
  };
}

/** One indicator for the scope's reference and every compared region, from one pass over its rows. */
export function summariesForAllRegions(
  dataset: Dataset,
  scope: RegionScope,
  indicator: Indicator,
): Map<string, IndicatorSummary> {
  const granularity = naturalGranularity(dataset, indicator.id);
  const byRegion = querySeriesByRegion(dataset, { indicator: indicator.id, gender: 'T', granularity });
  const reference = referenceRegion(scope);
  const riket = byRegion.get(reference.code);
  const result = new Map<string, IndicatorSummary>();
  for (const region of [reference, ...comparedRegions(scope)]) {
    result.set(
      region.code,
      summarize(
        dataset,
        indicator,
        region.code,
        granularity,
        byRegion.get(region.code) ?? [],
        region.code === reference.code ? undefined : riket,
      ),
    );
  }
  return result;
}

export function statusCounts(summaries: readonly IndicatorSummary[]): Readonly<Record<TargetStatus, number>> {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const s of summaries) counts[s.status.status] += 1;
  return counts;
}

/**
 * The scope's compared regions (the 21 län) ranked for one indicator at the latest period any of them
 * has — the period the indicator view ranks at — so that ranks compare like with like; a region
 * without a value for that period has no rank.
 */
export function rankRegions(
  summaries: ReadonlyMap<string, IndicatorSummary>,
  scope: RegionScope,
  lang: Lang,
): Map<string, RankedEntry> {
  const reference = referenceRegion(scope).code;
  const latest = [...summaries.values()]
    .filter((s) => s.region !== reference)
    .map((s) => s.latest?.period)
    .filter((p): p is Period => p !== undefined)
    .sort((a, b) => b.year - a.year || b.sub - a.sub)[0];
  const entries = comparedRegions(scope).map((c) => {
    const s = summaries.get(c.code);
    const point = latest ? s?.series.find((p) => samePeriod(p.period, latest)) : undefined;
    return {
      code: c.code,
      name: regionName(c, lang),
      value: point?.value ?? null,
      marker: point?.marker ?? null,
    };
  });
  const indicator = [...summaries.values()][0]?.indicator;
  return new Map(rankEntries(entries, indicator?.direction ?? 'neutral').map((e) => [e.code, e]));
}
