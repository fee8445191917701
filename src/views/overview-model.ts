import { buildSparklineOption } from '../charts/sparkline-option';
import type { ChartOption } from '../charts/echarts-types';
import { trendRows } from '../charts/trend-option';
import { CHAIN_LEVELS, type ChainLevel } from '../domain/chain-levels';
import { pick, type Lang } from '../domain/language';
import { RIKET, regionByCode } from '../domain/regions';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset';
import { querySeries } from '../data/store-query';
import type { Translate } from '../i18n/dictionary';
import { indicatorsWithData, type ListedIndicator } from './indicator-list';
import { naturalGranularity, statusCounts, summarize, type IndicatorSummary } from './summaries';

export interface OverviewCard {
  readonly listed: ListedIndicator;
  readonly summary: IndicatorSummary;
  readonly sparkline: ChartOption;
}

export interface OverviewLevel {
  readonly level: ChainLevel;
  readonly cards: readonly OverviewCard[];
  readonly counts: Readonly<Record<TargetStatus, number>>;
}

export interface OverviewModel {
  readonly regionCode: string;
  readonly levels: readonly OverviewLevel[];
  readonly counts: Readonly<Record<TargetStatus, number>>;
  /** Indicators the catalogue does not describe, so they have no level. */
  readonly uncatalogued: readonly OverviewCard[];
}

function card(dataset: Dataset, listed: ListedIndicator, region: string, lang: Lang, t: Translate): OverviewCard {
  const { indicator } = listed;
  const granularity = naturalGranularity(dataset, indicator.id);
  const series = querySeries(dataset, { indicator: indicator.id, region, gender: 'T', granularity });
  const riket = region === RIKET.code ? undefined : querySeries(dataset, { indicator: indicator.id, region: RIKET.code, gender: 'T', granularity });
  const summary = summarize(dataset, indicator, region, granularity, series, riket);
  const rows = trendRows({
    lang,
    granularity,
    decimals: indicator.decimals,
    unit: '',
    lines: [{ name: '', points: series, path: summary.path, colour: '', style: 'solid', symbol: 'circle' }],
    from: undefined,
    to: undefined,
    labels: { targetPath: '', target: '', missing: '' },
    description: '',
  });
  const sparkline = buildSparklineOption({
    values: rows.map((r) => r.points[0]?.value ?? null),
    path: rows.map((r) => r.paths[0] ?? null),
    description: t('sparklineLabel', { indicator: pick(indicator.name, lang), region: regionByCode(region)?.[lang === 'sv' ? 'nameSv' : 'nameEn'] ?? region }),
  });
  return { listed, summary, sparkline };
}

/** The county's picture along the effect chain: every indicator with data, level by level. */
export function buildOverviewModel(dataset: Dataset, region: string, lang: Lang, t: Translate): OverviewModel {
  const listed = indicatorsWithData(dataset, t);
  const cards = listed.map((l) => card(dataset, l, region, lang, t));
  const levels = CHAIN_LEVELS.map((level) => {
    const inLevel = cards.filter((c) => c.listed.inCatalogue && c.listed.indicator.chainLevel === level);
    return { level, cards: inLevel, counts: statusCounts(inLevel.map((c) => c.summary)) };
  });
  return {
    regionCode: region,
    levels,
    counts: statusCounts(cards.filter((c) => c.listed.inCatalogue).map((c) => c.summary)),
    uncatalogued: cards.filter((c) => !c.listed.inCatalogue),
  };
}
