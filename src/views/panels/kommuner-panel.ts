import type { Indicator } from '../../domain/indicator';
import type { Lang } from '../../domain/language';
import { periodCode, type Period } from '../../domain/period';
import { rankEntries } from '../../domain/ranking';
import { comparedRegions, kommunScope } from '../../domain/region-scope';
import { regionIndexOf, regionName, type Region } from '../../domain/regions';
import { samePeriod, type SeriesPoint } from '../../domain/series';
import { statusAgainstTarget, targetPath, type TargetStatus } from '../../domain/target';
import type { Dataset } from '../../data/dataset/dataset';
import { indicatorCoverage, querySeriesByRegion, targetsFor } from '../../data/dataset/store-query';
import type { ListedIndicator } from '../indicator-list';
import { naturalGranularity } from '../summaries';

/** The statuses the panel counts, in the order it says them: a kommun in the row has a value. */
export type KommunStatus = Exclude<TargetStatus, 'no_data'>;
export const KOMMUN_STATUSES: readonly KommunStatus[] = ['on_track', 'at_risk', 'off_track', 'no_target'];

/** A kommun and its value at the row's period. */
export interface KommunValue {
  readonly code: string;
  readonly name: string;
  readonly value: number;
}

/**
 * How the county's kommuner stand at the row's period: against their own targets when any of them
 * has one; otherwise how many are better than the county's value; or why neither can be said.
 */
export type KommunStanding =
  | { readonly kind: 'targets'; readonly counts: Readonly<Record<KommunStatus, number>> }
  | { readonly kind: 'county'; readonly better: number; readonly county: SeriesPoint }
  /** neutral: no better or worse; sum: a county's sum is not on a kommun's scale; no_county: no county value. */
  | { readonly kind: 'none'; readonly reason: 'neutral' | 'sum' | 'no_county' };

/** One indicator's line of the "Kommunerna" panel. */
export interface KommunerRow {
  readonly indicator: Indicator;
  /** The latest period at which any of the county's kommuner has a number. */
  readonly period: Period;
  /** Kommuner with a number at that period, of all the county's kommuner. */
  readonly withData: number;
  readonly total: number;
  readonly standing: KommunStanding;
  /** Best and worst by the indicator's direction; undefined for a neutral indicator. */
  readonly best: KommunValue | undefined;
  readonly worst: KommunValue | undefined;
}

/**
 * The indicators the panel considers: those the catalogue follows at the local level (`lokal` in
 * followUpLevels) — or, when no indicator of the catalogue says at which levels it is followed,
 * every indicator (the panel then shows those with kommun data).
 */
export function kommunerCandidates(
  listed: readonly ListedIndicator[],
  catalogue: readonly Indicator[],
): readonly ListedIndicator[] {
  if (!catalogue.some((i) => i.followUpLevels !== undefined)) return listed;
  return listed.filter((l) => l.indicator.followUpLevels?.includes('lokal') === true);
}

/**
 * Whether any row of the data is for one of the county's kommuner: one scan of the region column,
 * so that a county without kommun data costs no pass per indicator.
 */
export function countyHasKommunData(dataset: Dataset, county: Region): boolean {
  const wanted = new Set(comparedRegions(kommunScope(county.code)).map((k) => regionIndexOf(k.code) ?? -1));
  const { region, length } = dataset.observations;
  for (let i = 0; i < length; i++) if (wanted.has(region[i] ?? -1)) return true;
  return false;
}

/**
 * One indicator for the county's kommuner; undefined when none of them has data for it. One pass
 * over the indicator's rows to see whether any kommun of the county is there, one more to read them.
 */
export function kommunerRow(
  dataset: Dataset,
  county: Region,
  indicator: Indicator,
  lang: Lang,
): KommunerRow | undefined {
  const kommuner = comparedRegions(kommunScope(county.code));
  const { regionIndexes } = indicatorCoverage(dataset, indicator.id);
  if (!kommuner.some((k) => regionIndexes.has(regionIndexOf(k.code) ?? -1))) return undefined;
  const granularity = naturalGranularity(dataset, indicator.id);
  const byRegion = querySeriesByRegion(dataset, { indicator: indicator.id, gender: 'T', granularity });
  const series = kommuner.map((k) => ({ kommun: k, points: byRegion.get(k.code) ?? [] }));
  const period = latestPeriod(series.flatMap((s) => s.points));
  if (!period) return undefined;
  const at = (points: readonly SeriesPoint[]): SeriesPoint | undefined =>
    points.find((p) => samePeriod(p.period, period));
  const values = series.flatMap(({ kommun, points }) => {
    const value = at(points)?.value;
    return value === null || value === undefined ? [] : [{ kommun, points, value }];
  });
  const ranked =
    indicator.direction === 'neutral'
      ? []
      : rankEntries(
          values.map((v) => ({
            code: v.kommun.code,
            name: regionName(v.kommun, lang),
            value: v.value,
            marker: null,
          })),
          indicator.direction,
        );
  const entry = (k: number): KommunValue | undefined => {
    const e = ranked[k];
    return e && e.value !== null ? { code: e.code, name: e.name, value: e.value } : undefined;
  };
  return {
    indicator,
    period,
    withData: values.length,
    total: kommuner.length,
    standing: standing(dataset, indicator, period, values, at(byRegion.get(county.code) ?? [])),
    best: entry(0),
    worst: ranked.length > 1 ? entry(ranked.length - 1) : undefined,
  };
}

function latestPeriod(points: readonly SeriesPoint[]): Period | undefined {
  let latest: Period | undefined;
  for (const p of points)
    if (p.value !== null && (!latest || periodCode(p.period) > periodCode(latest))) latest = p.period;
  return latest;
}

interface KommunAtPeriod {
  readonly kommun: Region;
  readonly points: readonly SeriesPoint[];
  readonly value: number;
}

function standing(
  dataset: Dataset,
  indicator: Indicator,
  period: Period,
  values: readonly KommunAtPeriod[],
  county: SeriesPoint | undefined,
): KommunStanding {
  const statuses = values.map(({ kommun, points, value }) => {
    const first = points.find((p) => p.value !== null);
    const path = targetPath(
      targetsFor(dataset, kommun.code, indicator.id),
      first && first.value !== null ? { period: first.period, value: first.value } : undefined,
    );
    return statusAgainstTarget(value, period, indicator.direction, path).status;
  });
  if (statuses.some((s) => s !== 'no_target')) {
    const counts: Record<KommunStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_target: 0 };
    for (const s of statuses) if (s !== 'no_data') counts[s] += 1;
    return { kind: 'targets', counts };
  }
  if (indicator.direction === 'neutral') return { kind: 'none', reason: 'neutral' };
  if (indicator.aggregation === 'sum') return { kind: 'none', reason: 'sum' };
  if (!county || county.value === null) return { kind: 'none', reason: 'no_county' };
  const countyValue = county.value;
  const sign = indicator.direction === 'lower_is_better' ? -1 : 1;
  return {
    kind: 'county',
    better: values.filter((v) => sign * (v.value - countyValue) > 0).length,
    county,
  };
}
