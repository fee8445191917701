import { GENDERS, genderIndex, type Gender } from '../../domain/gender';
import { GRANULARITIES, periodFromCode, type Granularity } from '../../domain/period';
import { REGIONS, regionIndexOf } from '../../domain/regions';
import type { SeriesPoint } from '../../domain/series';
import type { Target } from '../../domain/target';
import { indicatorCodeOf, type Dataset } from './dataset';

/** The granularity bits of a period code (see periodCode). */
function granularityOfCode(code: number): number {
  return (code % 64) >> 4;
}

function rowRange(dataset: Dataset, indicator: string): [number, number] | undefined {
  const code = indicatorCodeOf(dataset, indicator);
  if (code === undefined) return undefined;
  return [dataset.indicatorOffsets[code] ?? 0, dataset.indicatorOffsets[code + 1] ?? 0];
}

/**
 * An indicator's rows grouped by region, each group in row order (a file's later row stays later):
 * region r's rows are `base + rows[k]` for k in [starts[r], starts[r + 1]). Offsets from the range's
 * start, in 16 bits where the indicator has fewer than 65 536 rows.
 */
interface RegionRows {
  readonly base: number;
  readonly starts: Int32Array;
  readonly rows: Uint16Array | Uint32Array;
}

/**
 * A value per dataset and indicator, computed when first asked for and kept with the dataset (which
 * never changes once built).
 */
function perIndicator<V>(
  compute: (dataset: Dataset, indicator: string) => V,
): (dataset: Dataset, indicator: string) => V {
  const cache = new WeakMap<Dataset, Map<string, { readonly value: V }>>();
  return (dataset, indicator) => {
    let perDataset = cache.get(dataset);
    if (!perDataset) cache.set(dataset, (perDataset = new Map()));
    let kept = perDataset.get(indicator);
    if (!kept) perDataset.set(indicator, (kept = { value: compute(dataset, indicator) }));
    return kept.value;
  };
}

/**
 * The rows of one indicator grouped by region, made once per dataset and indicator (one counting
 * pass): a county change asks for a few regions' rows of the chosen indicator several times
 * (the series, the latest period, the files of the source line), which would each read all its rows.
 */
const regionRowsOf = perIndicator(groupByRegion);

function groupByRegion(dataset: Dataset, indicator: string): RegionRows | undefined {
  const range = rowRange(dataset, indicator);
  let index: RegionRows | undefined;
  if (range) {
    const [from, to] = range;
    const region = dataset.observations.region;
    let most = REGIONS.length - 1;
    for (let i = from; i < to; i++) most = Math.max(most, region[i] ?? 0);
    const starts = new Int32Array(most + 2);
    for (let i = from; i < to; i++) {
      const r = (region[i] ?? 0) + 1;
      starts[r] = (starts[r] ?? 0) + 1;
    }
    for (let r = 1; r < starts.length; r++) starts[r] = (starts[r] ?? 0) + (starts[r - 1] ?? 0);
    const rows = to - from < 65_536 ? new Uint16Array(to - from) : new Uint32Array(to - from);
    const next = starts.slice(0, -1);
    for (let i = from; i < to; i++) {
      const r = region[i] ?? 0;
      const slot = next[r] ?? 0;
      rows[slot] = i - from;
      next[r] = slot + 1;
    }
    index = { base: from, starts, rows };
  }
  return index;
}

/** Calls `visit` with each row of `indicator` in `region` (an index into REGIONS), in row order. */
function forRegionRows(
  dataset: Dataset,
  indicator: string,
  region: number,
  visit: (row: number) => void,
): void {
  const index = regionRowsOf(dataset, indicator);
  if (!index || region + 1 >= index.starts.length) return;
  const end = index.starts[region + 1] ?? 0;
  for (let k = index.starts[region] ?? 0; k < end; k++) visit(index.base + (index.rows[k] ?? 0));
}

export interface SeriesQuery {
  readonly indicator: string;
  readonly region: string;
  readonly gender: Gender;
  readonly granularity: Granularity;
}

/**
 * One region's series in period order. When files repeat a period, the later file's row wins
 * (files are merged in the order they were given).
 */
export function querySeries(dataset: Dataset, q: SeriesQuery): SeriesPoint[] {
  const region = regionIndexOf(q.region);
  if (region === undefined) return [];
  const c = dataset.observations;
  const gender = genderIndex(q.gender);
  const granularity = GRANULARITIES.indexOf(q.granularity);
  const byPeriod = new Map<number, number>();
  forRegionRows(dataset, q.indicator, region, (i) => {
    if (c.gender[i] !== gender) return;
    const code = c.period[i] ?? 0;
    if (granularityOfCode(code) === granularity) byPeriod.set(code, i);
  });
  return [...byPeriod.entries()].sort((a, b) => a[0] - b[0]).map(([code, i]) => pointAt(dataset, code, i));
}

/** What the data holds for an indicator: granularities, genders, regions, in canonical order. */
export interface IndicatorCoverage {
  readonly granularities: readonly Granularity[];
  readonly genders: readonly Gender[];
  readonly regionIndexes: ReadonlySet<number>;
}

/**
 * An indicator's coverage: one pass over its rows, made once per dataset — Län asks for every card
 * (its natural granularity, whether a county's kommuner have data) on every county change.
 */
export const indicatorCoverage: (dataset: Dataset, indicator: string) => IndicatorCoverage =
  perIndicator(coverageOf);

function coverageOf(dataset: Dataset, indicator: string): IndicatorCoverage {
  const range = rowRange(dataset, indicator);
  const granularities = new Set<number>();
  const genders = new Set<number>();
  const regionIndexes = new Set<number>();
  if (range) {
    const c = dataset.observations;
    for (let i = range[0]; i < range[1]; i++) {
      granularities.add(granularityOfCode(c.period[i] ?? 0));
      genders.add(c.gender[i] ?? 0);
      regionIndexes.add(c.region[i] ?? 0);
    }
  }
  return {
    granularities: GRANULARITIES.filter((_, k) => granularities.has(k)),
    genders: GENDERS.filter((_, k) => genders.has(k)),
    regionIndexes,
  };
}

export interface CrossSectionEntry {
  readonly value: number | null;
  readonly marker: string | null;
}

/** Every region's value for one period, keyed by region code. */
export function queryCrossSection(
  dataset: Dataset,
  indicator: string,
  periodCode: number,
  gender: Gender,
): Map<string, CrossSectionEntry> {
  const result = new Map<string, CrossSectionEntry>();
  const range = rowRange(dataset, indicator);
  if (!range) return result;
  const c = dataset.observations;
  const g = genderIndex(gender);
  const rows = new Map<number, number>();
  for (let i = range[0]; i < range[1]; i++) {
    if (c.period[i] === periodCode && c.gender[i] === g) rows.set(c.region[i] ?? 0, i);
  }
  for (const [region, i] of rows) {
    const marker = c.marker[i] ?? 0;
    const code = regionCodeAt(region);
    if (code !== undefined) {
      result.set(code, {
        value: marker === 0 ? (c.value[i] ?? null) : null,
        marker: marker === 0 ? null : (c.markers[marker - 1] ?? ''),
      });
    }
  }
  return result;
}

/** The latest period code (of a granularity) at which any of `regions` has a number. */
export function latestPeriodCode(
  dataset: Dataset,
  indicator: string,
  granularity: Granularity,
  gender: Gender,
  regions: ReadonlySet<number>,
): number | undefined {
  const c = dataset.observations;
  const g = genderIndex(gender);
  const k = GRANULARITIES.indexOf(granularity);
  let latest: number | undefined;
  for (const region of regions) {
    forRegionRows(dataset, indicator, region, (i) => {
      const code = c.period[i] ?? 0;
      if (c.gender[i] !== g || granularityOfCode(code) !== k || (c.marker[i] ?? 0) !== 0) return;
      if (latest === undefined || code > latest) latest = code;
    });
  }
  return latest;
}

/** The targets by region and indicator, built once per dataset's target list, in the list's order. */
const targetIndexes = new WeakMap<readonly Target[], Map<string, Target[]>>();

export function targetsFor(dataset: Dataset, region: string, indicator: string): Target[] {
  let index = targetIndexes.get(dataset.targets);
  if (!index) {
    index = new Map();
    for (const target of dataset.targets) {
      const key = `${target.region}|${target.indicator}`;
      const list = index.get(key);
      if (list) list.push(target);
      else index.set(key, [target]);
    }
    targetIndexes.set(dataset.targets, index);
  }
  return [...(index.get(`${region}|${indicator}`) ?? [])];
}

function regionCodeAt(index: number): string | undefined {
  return REGIONS[index]?.code;
}

export interface SeriesByRegionQuery {
  readonly indicator: string;
  readonly gender: Gender;
  readonly granularity: Granularity;
}

/**
 * Every region's series for an indicator in one pass over its rows, keyed by region code, each in
 * period order (the later file wins on a repeated period). The matrix and the map read this.
 */
export function querySeriesByRegion(dataset: Dataset, q: SeriesByRegionQuery): Map<string, SeriesPoint[]> {
  const result = new Map<string, SeriesPoint[]>();
  const range = rowRange(dataset, q.indicator);
  if (!range) return result;
  const c = dataset.observations;
  const gender = genderIndex(q.gender);
  const granularity = GRANULARITIES.indexOf(q.granularity);
  const rows = new Map<number, Map<number, number>>();
  for (let i = range[0]; i < range[1]; i++) {
    if (c.gender[i] !== gender) continue;
    const code = c.period[i] ?? 0;
    if (granularityOfCode(code) !== granularity) continue;
    const region = c.region[i] ?? 0;
    let byPeriod = rows.get(region);
    if (!byPeriod) rows.set(region, (byPeriod = new Map()));
    byPeriod.set(code, i);
  }
  for (const [region, byPeriod] of rows) {
    const code = regionCodeAt(region);
    if (code === undefined) continue;
    result.set(
      code,
      [...byPeriod.entries()].sort((a, b) => a[0] - b[0]).map(([period, i]) => pointAt(dataset, period, i)),
    );
  }
  return result;
}

function pointAt(dataset: Dataset, period: number, i: number): SeriesPoint {
  const c = dataset.observations;
  const marker = c.marker[i] ?? 0;
  return {
    period: periodFromCode(period),
    value: marker === 0 ? (c.value[i] ?? null) : null,
    marker: marker === 0 ? null : (c.markers[marker - 1] ?? ''),
  };
}

/** The files an indicator's rows come from — for the given region codes, or all — in the order first met. */
export function rowFiles(dataset: Dataset, indicator: string, regions?: readonly string[]): string[] {
  const c = dataset.observations;
  if (!regions) {
    const range = rowRange(dataset, indicator);
    if (!range) return [];
    const files = new Set<number>();
    for (let i = range[0]; i < range[1]; i++) files.add(c.file[i] ?? 0);
    return [...files].map((f) => c.files[f] ?? '');
  }
  // Each file's first row among the regions' rows: the files in the order the rows meet them.
  const first = new Map<number, number>();
  for (const region of new Set(regions.flatMap((r) => regionIndexOf(r) ?? []))) {
    forRegionRows(dataset, indicator, region, (i) => {
      const file = c.file[i] ?? 0;
      const seen = first.get(file);
      if (seen === undefined || i < seen) first.set(file, i);
    });
  }
  return [...first].sort((a, b) => a[1] - b[1]).map(([f]) => c.files[f] ?? '');
}

/** The region codes whose rows of an indicator come from `file` — among the given codes, or all. */
export function rowRegions(
  dataset: Dataset,
  indicator: string,
  file: string,
  regions?: readonly string[],
): string[] {
  const range = rowRange(dataset, indicator);
  const code = dataset.observations.files.indexOf(file);
  if (!range || code < 0) return [];
  const c = dataset.observations;
  const wanted = regions ? new Set(regions.flatMap((r) => regionIndexOf(r) ?? [])) : undefined;
  const found = new Set<number>();
  for (let i = range[0]; i < range[1]; i++) {
    const region = c.region[i] ?? 0;
    if (c.file[i] === code && (!wanted || wanted.has(region))) found.add(region);
  }
  return [...found].sort((a, b) => a - b).flatMap((r) => regionCodeAt(r) ?? []);
}
