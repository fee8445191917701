import { CHAIN_LEVELS, CHAIN_LEVEL_INFO, type ChainLevel } from '../domain/chain-levels';
import { pick, type Lang } from '../domain/language';
import type { RankedEntry } from '../domain/ranking';
import { comparedRegions, type RegionScope } from '../domain/region-scope';
import { REGIONS, regionIndexOf, regionName, type Region } from '../domain/regions';
import { num, text, type TableCell, type TableModel } from '../domain/table';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import type { Translate } from '../i18n/dictionary';
import type { MatrixMode } from '../state/url-state';
import { indicatorsWithData, type ListedIndicator } from './indicator-list';
import { rankRegions, summariesForAllRegions, type IndicatorSummary } from './summaries';

export interface MatrixCell {
  readonly summary: IndicatorSummary | undefined;
  readonly rank: RankedEntry | undefined;
}

export interface MatrixColumnGroup {
  readonly level: ChainLevel | undefined;
  readonly label: string;
  readonly indicators: readonly ListedIndicator[];
}

export interface MatrixModel {
  readonly groups: readonly MatrixColumnGroup[];
  /** The scope's compared regions (the 21 län, or a county's kommuner) in code order; each row's cells follow the groups' indicators. */
  readonly rows: readonly {
    readonly code: string;
    readonly name: string;
    readonly cells: readonly MatrixCell[];
  }[];
}

/**
 * The matrix's columns: every listed indicator with data, grouped by chain level, then those the
 * catalogue lacks. Among a county's kommuner, only the indicators with a row for one of them: a
 * kommun file of a few indicators beside two thousand county indicators is not a sea of "..".
 * `only`: a chosen målområde's indicators (the others are left out).
 */
export function matrixGroups(
  dataset: Dataset,
  scope: RegionScope,
  lang: Lang,
  t: Translate,
  only?: ReadonlySet<string>,
): MatrixColumnGroup[] {
  const withRows = scope.level === 'kommun' ? indicatorsWithRowsFor(dataset, comparedRegions(scope)) : null;
  // One pass over the (two thousand) listed indicators, each into its level's column group.
  const byLevel = new Map<ChainLevel, ListedIndicator[]>(CHAIN_LEVELS.map((level) => [level, []]));
  const uncatalogued: ListedIndicator[] = [];
  for (const l of indicatorsWithData(dataset, t)) {
    if (!l.indicator.listed) continue;
    if (withRows !== null && !withRows.has(l.indicator.id)) continue;
    if (only !== undefined && !only.has(l.indicator.id)) continue;
    if (l.inCatalogue) byLevel.get(l.indicator.chainLevel)?.push(l);
    else uncatalogued.push(l);
  }
  return [
    ...CHAIN_LEVELS.map((level) => ({
      level,
      label: pick(CHAIN_LEVEL_INFO[level].label, lang),
      indicators: byLevel.get(level) ?? [],
    })),
    { level: undefined, label: t('uncataloguedHeading'), indicators: uncatalogued },
  ].filter((g) => g.indicators.length > 0);
}

/** The ids found before, by dataset and the regions' codes (a dataset never changes). */
const withRowsCache = new WeakMap<Dataset, Map<string, Set<string>>>();

/**
 * The ids of the indicators with a row (a value or a marker) for one of `regions`: at most one pass
 * over the rows, stopping at an indicator's first such row; kept per dataset and regions.
 */
export function indicatorsWithRowsFor(dataset: Dataset, regions: readonly Region[]): Set<string> {
  let byRegions = withRowsCache.get(dataset);
  if (!byRegions) withRowsCache.set(dataset, (byRegions = new Map()));
  const key = regions.map((r) => r.code).join(',');
  let found = byRegions.get(key);
  if (!found) byRegions.set(key, (found = scanIndicatorsWithRows(dataset, regions)));
  return found;
}

function scanIndicatorsWithRows(dataset: Dataset, regions: readonly Region[]): Set<string> {
  const wanted = new Uint8Array(REGIONS.length);
  for (const r of regions) {
    const index = regionIndexOf(r.code);
    if (index !== undefined) wanted[index] = 1;
  }
  const { indicators, region } = dataset.observations;
  const offsets = dataset.indicatorOffsets;
  const found = new Set<string>();
  indicators.forEach((id, k) => {
    const end = offsets[k + 1] ?? 0;
    for (let i = offsets[k] ?? 0; i < end; i++) {
      if (wanted[region[i] ?? 0] !== 1) continue;
      found.add(id);
      return;
    }
  });
  return found;
}

/** One column of the matrix: each compared region's status and rank for one indicator, by region code. */
export function matrixColumn(
  dataset: Dataset,
  scope: RegionScope,
  lang: Lang,
  listed: ListedIndicator,
): Map<string, MatrixCell> {
  const summaries = summariesForAllRegions(dataset, scope, listed.indicator);
  const ranks = rankRegions(summaries, scope, lang);
  return new Map(
    comparedRegions(scope).map((c) => [c.code, { summary: summaries.get(c.code), rank: ranks.get(c.code) }]),
  );
}

/** Columns computed before, by dataset, then by scope, language and indicator. */
const columnCache = new WeakMap<Dataset, Map<string, Map<string, MatrixCell>>>();

/** A scope as a key: scopes are made afresh from the URL, so their identity says nothing. */
function scopeKey(scope: RegionScope): string {
  return scope.level === 'lan' ? 'lan' : `kommun:${scope.within}`;
}

/** matrixColumn, computed once per dataset, scope, language and indicator (a dataset never changes). */
export function cachedMatrixColumn(
  dataset: Dataset,
  scope: RegionScope,
  lang: Lang,
  listed: ListedIndicator,
): Map<string, MatrixCell> {
  let columns = columnCache.get(dataset);
  if (!columns) columnCache.set(dataset, (columns = new Map()));
  const key = `${scopeKey(scope)}|${lang}|${listed.indicator.id}`;
  let column = columns.get(key);
  if (!column) columns.set(key, (column = matrixColumn(dataset, scope, lang, listed)));
  return column;
}

/**
 * Which regions share which problems: the scope's compared regions (the 21 län, or a county's
 * kommuner) × every indicator with data, grouped by chain level, each cell holding the region's status against its target and its
 * rank among them. (The view computes only the columns it draws; this is the whole, for the CSV.)
 */
export function buildMatrixModel(
  dataset: Dataset,
  scope: RegionScope,
  lang: Lang,
  t: Translate,
  only?: ReadonlySet<string>,
): MatrixModel {
  const groups = matrixGroups(dataset, scope, lang, t, only);
  const columns = groups.flatMap((g) => g.indicators).map((l) => matrixColumn(dataset, scope, lang, l));
  return {
    groups,
    rows: comparedRegions(scope).map((county) => ({
      code: county.code,
      name: regionName(county, lang),
      cells: columns.map((column) => column.get(county.code) ?? { summary: undefined, rank: undefined }),
    })),
  };
}

/** The matrix as a table for the CSV download: a row per county (or kommun), a column per indicator. */
export function matrixTable(
  model: MatrixModel,
  mode: MatrixMode,
  caption: string,
  labels: { readonly county: string; readonly status: Readonly<Record<TargetStatus, string>> },
  lang: Lang,
): TableModel {
  const indicators = model.groups.flatMap((g) => g.indicators);
  return {
    caption,
    columns: [
      { header: labels.county, numeric: false },
      ...indicators.map((l) => ({ header: pick(l.indicator.name, lang), numeric: mode === 'rank' })),
    ],
    rowHeader: 0,
    rows: model.rows.map((row) => [
      text(row.name),
      ...row.cells.map((cell): TableCell =>
        mode === 'rank'
          ? num(cell.rank?.rank ?? null, 0, cell.rank?.rank === undefined ? '..' : null)
          : text(labels.status[cell.summary?.status.status ?? 'no_data']),
      ),
    ]),
  };
}
