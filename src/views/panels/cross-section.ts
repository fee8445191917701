import type { Dataset } from '../../data/dataset/dataset';
import type { Gender } from '../../domain/gender';
import { periodCode, periodFromCode, type Granularity, type Period } from '../../domain/period';
import { comparedRegions, referenceRegion } from '../../domain/region-scope';
import { regionIndexOf } from '../../domain/regions';
import type { SeriesPoint } from '../../domain/series';
import { latestPeriodCode, querySeriesByRegion } from '../../data/dataset/store-query';
import { crossGender, periodOrUndefined, type IndicatorSelection } from './indicator-selection';
import type { PanelContext } from './panel-context';

/** One period across the scope's regions: what the ranking, the map and the table show. */
export interface CrossSection {
  /** The chosen period when the lines have it, else the latest any compared region has. */
  readonly at: Period | undefined;
  readonly gender: Gender;
  /** Every region's series at the selection's granularity and kön. */
  readonly byRegion: ReadonlyMap<string, readonly SeriesPoint[]>;
  /** A region's value at `at`. */
  readonly pointAt: (code: string) => SeriesPoint | undefined;
  /** The scope's reference at `at`. */
  readonly referenceAt: SeriesPoint | undefined;
}

type ByRegion = ReadonlyMap<string, readonly SeriesPoint[]>;

/**
 * Every region's series per dataset, indicator, kön and granularity: a change of focus (a county
 * change) reads the same series again, and with a million observations that pass is the model's
 * costliest part. The last few are kept (objects per point: not a copy of the whole dataset).
 */
const KEPT_SERIES = 4;
const byRegionCache = new WeakMap<Dataset, Map<string, ByRegion>>();

function seriesByRegion(
  dataset: Dataset,
  indicator: string,
  gender: Gender,
  granularity: Granularity,
): ByRegion {
  let perDataset = byRegionCache.get(dataset);
  if (!perDataset) byRegionCache.set(dataset, (perDataset = new Map()));
  const key = `${indicator}\u0000${gender}\u0000${granularity}`;
  let byRegion = perDataset.get(key);
  if (byRegion) return byRegion;
  byRegion = querySeriesByRegion(dataset, { indicator, gender, granularity });
  perDataset.set(key, byRegion);
  const oldest = perDataset.keys().next().value;
  if (perDataset.size > KEPT_SERIES && oldest !== undefined) perDataset.delete(oldest);
  return byRegion;
}

/** The period `wanted` (a period key) if the lines have it (`periods`), else the compared regions' latest. */
export function buildCrossSection(
  { dataset, scope }: PanelContext,
  selection: IndicatorSelection,
  wanted: string | undefined,
  periods: readonly Period[],
): CrossSection {
  const id = selection.listed.indicator.id;
  const { granularity } = selection;
  const gender = crossGender(selection);
  const comparedIndexes = new Set(comparedRegions(scope).map((c) => regionIndexOf(c.code) ?? -1));
  const latest = latestPeriodCode(dataset, id, granularity, gender, comparedIndexes);
  const chosen = periodOrUndefined(wanted, granularity);
  const at =
    chosen && periods.some((p) => periodCode(p) === periodCode(chosen))
      ? chosen
      : latest === undefined
        ? undefined
        : periodFromCode(latest);
  const byRegion = seriesByRegion(dataset, id, gender, granularity);
  const pointAt = (code: string): SeriesPoint | undefined =>
    at ? byRegion.get(code)?.find((p) => periodCode(p.period) === periodCode(at)) : undefined;
  return { at, gender, byRegion, pointAt, referenceAt: pointAt(referenceRegion(scope).code) };
}

/** The regions marked in the ranking and the map: the focus and the compared, not the reference. */
export function markedRegions({ scope }: PanelContext, selection: IndicatorSelection): string[] {
  const reference = referenceRegion(scope).code;
  return [selection.focus.code, ...selection.compare].filter((c) => c !== reference);
}
