import type { RankingInput } from '../charts/ranking-option';
import type { TrendInput } from '../charts/trend-option';
import { CHAIN_LEVELS, CHAIN_LEVEL_INFO, type ChainLevel } from '../domain/chain-levels';
import type { Gender } from '../domain/gender';
import type { Indicator } from '../domain/indicator';
import { pick, type Lang } from '../domain/language';
import { periodFromCode, periodLongLabel, type Granularity, type Period } from '../domain/period';
import { COUNTIES, RIKET, regionByCode, regionIndexOf, regionName } from '../domain/regions';
import { latestWithValue, type SeriesPoint } from '../domain/series';
import { statusAgainstTarget, targetPath, type PathPoint, type StatusResult } from '../domain/target';
import type { Dataset } from '../data/dataset';
import { indicatorCoverage, latestPeriodCode, queryCrossSection, querySeries, targetsFor } from '../data/store-query';
import type { MessageKey, Translate } from '../i18n/dictionary';
import type { UrlState } from '../state/url-state';

export interface IndicatorOption {
  readonly id: string;
  readonly label: string;
}

export interface IndicatorOptionGroup {
  /** Undefined for indicators that are in the data but not in the catalogue. */
  readonly level: ChainLevel | undefined;
  readonly label: string;
  readonly options: readonly IndicatorOption[];
}

export interface IndicatorModel {
  readonly groups: readonly IndicatorOptionGroup[];
  readonly indicator: Indicator;
  readonly inCatalogue: boolean;
  readonly granularities: readonly Granularity[];
  readonly granularity: Granularity;
  readonly genders: readonly Gender[];
  readonly gender: Gender;
  readonly regionCode: string;
  readonly regionName: string;
  readonly series: readonly SeriesPoint[];
  readonly latest: SeriesPoint | undefined;
  readonly path: readonly PathPoint[];
  readonly status: StatusResult;
  readonly trend: TrendInput;
  readonly ranking: RankingInput;
  readonly rankingPeriod: Period | undefined;
  readonly riketAtRankingPeriod: { readonly value: number | null; readonly marker: string | null } | undefined;
}

/** A stand-in for an id the catalogue does not describe: shown by its id, neutral, never guessed. */
function uncataloguedIndicator(id: string, t: Translate): Indicator {
  const name = t('unknownIndicatorName', { id });
  return {
    id,
    name: { sv: name, en: name },
    unit: { sv: '', en: '' },
    chainLevel: 'utfall',
    direction: 'neutral',
    question: { kind: 'summative', text: { sv: '', en: '' } },
    source: '',
    decimals: 1,
    aggregation: 'mean',
    description: undefined,
  };
}

export function indicatorGroups(dataset: Dataset, lang: Lang, t: Translate): IndicatorOptionGroup[] {
  const withData = new Set(dataset.observations.indicators);
  const catalogued = new Set(dataset.indicators.map((i) => i.id));
  const groups: IndicatorOptionGroup[] = CHAIN_LEVELS.map((level) => ({
    level,
    label: pick(CHAIN_LEVEL_INFO[level].label, lang),
    options: dataset.indicators.filter((i) => i.chainLevel === level && withData.has(i.id)).map((i) => ({ id: i.id, label: pick(i.name, lang) })),
  })).filter((g) => g.options.length > 0);
  const others = dataset.observations.indicators.filter((id) => !catalogued.has(id));
  if (others.length > 0) {
    groups.push({ level: undefined, label: lang === 'sv' ? 'Övriga (saknas i katalogen)' : 'Other (not in the catalogue)', options: others.map((id) => ({ id, label: t('unknownIndicatorName', { id }) })) });
  }
  return groups;
}

const PREFERRED_INDICATOR = 'nyforetagande';

/**
 * Everything the indicator screen shows, computed from the dataset and the selection. Choices the
 * data cannot honour (an indicator it lacks, quarters an indicator does not have) fall back to
 * what it has, so a stale link still opens a working view.
 */
export function buildIndicatorModel(dataset: Dataset, state: UrlState, lang: Lang, t: Translate): IndicatorModel | undefined {
  const groups = indicatorGroups(dataset, lang, t);
  const allIds = groups.flatMap((g) => g.options.map((o) => o.id));
  if (allIds.length === 0) return undefined;
  const id = state.indicator !== undefined && allIds.includes(state.indicator) ? state.indicator : allIds.includes(PREFERRED_INDICATOR) ? PREFERRED_INDICATOR : (allIds[0] ?? '');
  const catalogued = dataset.indicators.find((i) => i.id === id);
  const indicator = catalogued ?? uncataloguedIndicator(id, t);

  const coverage = indicatorCoverage(dataset, id);
  const granularities = coverage.granularities;
  const granularity: Granularity =
    state.granularity !== undefined && granularities.includes(state.granularity) ? state.granularity : granularities.includes('year') ? 'year' : (granularities[0] ?? 'year');
  const genders = coverage.genders;
  const gender: Gender = genders.includes(state.gender) ? state.gender : genders.includes('T') ? 'T' : (genders[0] ?? 'T');

  const region = regionByCode(state.region) ?? RIKET;
  const name = regionName(region, lang);
  const riketName = regionName(RIKET, lang);
  const series = querySeries(dataset, { indicator: id, region: region.code, gender, granularity });
  // A sum (funds, projects) for Riket is not on a county's scale: the charts leave it out.
  const riketComparable = indicator.aggregation === 'mean';
  const riketSeries = region.code === RIKET.code || !riketComparable ? undefined : querySeries(dataset, { indicator: id, region: RIKET.code, gender, granularity });
  const latest = latestWithValue(series);

  // Targets are set for the total; by gender the chart shows no path.
  const targets = gender === 'T' ? targetsFor(dataset, region.code, id) : [];
  const first = series.find((p) => p.value !== null);
  const path = targetPath(targets, first && first.value !== null ? { period: first.period, value: first.value } : undefined);
  const status = latest ? statusAgainstTarget(latest.value, latest.period, indicator.direction, path) : statusAgainstTarget(null, { granularity, year: 0, sub: 0 }, indicator.direction, path);

  const indicatorName = pick(indicator.name, lang);
  const unit = pick(indicator.unit, lang);
  const trend: TrendInput = {
    lang,
    granularity,
    decimals: indicator.decimals,
    unit,
    region: { name, points: series },
    riket: riketSeries ? { name: riketName, points: riketSeries } : undefined,
    path,
    labels: { targetPath: t('targetPath'), target: t('target'), missing: t('missingValue') },
    description: t(trendTitleKey(path.length > 0, riketSeries !== undefined), { indicator: indicatorName, region: name }),
  };

  const countyIndexes = new Set(COUNTIES.map((c) => regionIndexOf(c.code) ?? -1));
  const rankingCode = latestPeriodCode(dataset, id, granularity, gender, countyIndexes);
  const rankingPeriod = rankingCode === undefined ? undefined : periodFromCode(rankingCode);
  const cross = rankingCode === undefined ? new Map() : queryCrossSection(dataset, id, rankingCode, gender);
  const riketCell = cross.get(RIKET.code);
  const ranking: RankingInput = {
    lang,
    decimals: indicator.decimals,
    unit,
    direction: indicator.direction,
    selected: region.code === RIKET.code ? [] : [region.code],
    entries: COUNTIES.map((c) => {
      const cell = cross.get(c.code);
      return { code: c.code, name: regionName(c, lang), value: cell?.value ?? null, marker: cell?.marker ?? null };
    }),
    riket: riketCell && riketComparable ? { name: riketName, value: riketCell.value } : undefined,
    description: t('rankingTitle', {
      indicator: indicatorName,
      period: rankingPeriod ? periodLongLabel(rankingPeriod, lang) : '–',
    }),
  };

  return {
    groups,
    indicator,
    inCatalogue: catalogued !== undefined,
    granularities,
    granularity,
    genders,
    gender,
    regionCode: region.code,
    regionName: name,
    series,
    latest,
    path,
    status,
    trend,
    ranking,
    rankingPeriod,
    riketAtRankingPeriod: riketCell,
  };
}

/** The trend chart's title says what it compares with: the target path, Riket, both or neither. */
export function trendTitleKey(hasPath: boolean, hasRiket: boolean): MessageKey {
  if (hasPath && hasRiket) return 'trendTitle';
  if (hasPath) return 'trendTitleTarget';
  if (hasRiket) return 'trendTitleRiket';
  return 'trendTitlePlain';
}
