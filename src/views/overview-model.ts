import { buildSparklineOption } from '../charts/sparkline-option';
import type { ChartOption } from '../charts/echarts-types';
import { trendRows } from '../charts/trend-option';
import { CHAIN_LEVELS, type ChainLevel } from '../domain/chain-levels';
import { pick, type Lang } from '../domain/language';
import { inScope, referenceRegion, type RegionScope } from '../domain/region-scope';
import { regionByCode, regionName, type Region } from '../domain/regions';
import type { TargetStatus } from '../domain/target';
import { num, text, type TableModel } from '../domain/table';
import { periodLabel } from '../domain/period';
import { CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import type { MessageKey } from '../i18n/dictionary';
import type { Dataset } from '../data/dataset/dataset';
import { querySeries } from '../data/dataset/store-query';
import type { Translate } from '../i18n/dictionary';
import { indicatorsWithData, type ListedIndicator } from './indicator-list';
import { naturalGranularity, statusCounts, summarize, type IndicatorSummary } from './summaries';
import type { PanelContext } from './panels/panel-context';
import { referenceLabel } from './panels/reference-label';
import { sourceText } from './source-text';

export interface OverviewCard {
  readonly listed: ListedIndicator;
  readonly summary: IndicatorSummary;
  readonly sparkline: ChartOption;
  /** What the sparkline shows, for its accessible name. */
  readonly sparklineLabel: string;
  /** Said before the reference's value (Riket, or Riket's sum); undefined for the reference itself. */
  readonly referenceLabel: string | undefined;
  /** Where the region's values come from (see sourceText). */
  readonly source: string;
}

export interface OverviewLevel {
  readonly level: ChainLevel;
  readonly cards: readonly OverviewCard[];
  readonly counts: Readonly<Record<TargetStatus, number>>;
}

export interface OverviewModel {
  readonly regionCode: string;
  readonly regionName: string;
  readonly levels: readonly OverviewLevel[];
  readonly counts: Readonly<Record<TargetStatus, number>>;
  /** Indicators the catalogue does not describe, so they have no level. */
  readonly uncatalogued: readonly OverviewCard[];
}

/**
 * One indicator's card. The summary is computed at once (the level's counts need it); the sparkline
 * and the source are computed when first read — with two thousand indicators, only for the cards
 * that are drawn.
 */
export function overviewCard(context: PanelContext, focus: Region, listed: ListedIndicator): OverviewCard {
  const { dataset, scope, lang, t } = context;
  const { indicator } = listed;
  const region = focus.code;
  const reference = referenceRegion(scope);
  const granularity = naturalGranularity(dataset, indicator.id);
  const series = querySeries(dataset, { indicator: indicator.id, region, gender: 'T', granularity });
  const referenceSeries =
    region === reference.code
      ? undefined
      : querySeries(dataset, { indicator: indicator.id, region: reference.code, gender: 'T', granularity });
  const summary = summarize(dataset, indicator, region, granularity, series, referenceSeries);
  const sparklineLabel = t('sparklineLabel', {
    indicator: pick(indicator.name, lang),
    region: regionName(focus, lang),
  });
  let sparkline: ChartOption | undefined;
  let source: string | undefined;
  return {
    listed,
    summary,
    get sparkline(): ChartOption {
      sparkline ??= sparklineOption(lang, indicator.decimals, summary, sparklineLabel);
      return sparkline;
    },
    sparklineLabel,
    referenceLabel: referenceLabel(context, region, indicator),
    get source(): string {
      source ??= sourceText(dataset, indicator, [region]);
      return source;
    },
  };
}

function sparklineOption(
  lang: Lang,
  decimals: number,
  summary: IndicatorSummary,
  label: string,
): ChartOption {
  const rows = trendRows({
    lang,
    granularity: summary.granularity,
    decimals,
    unit: '',
    lines: [
      { name: '', points: summary.series, path: summary.path, colour: '', style: 'solid', symbol: 'circle' },
    ],
    from: undefined,
    to: undefined,
    labels: { targetPath: '', target: '', missing: '' },
    description: '',
  });
  return buildSparklineOption({
    values: rows.map((r) => r.points[0]?.value ?? null),
    path: rows.map((r) => r.paths[0] ?? null),
    description: label,
  });
}

/** The region the overview shows: one in the scope, else the scope's reference. */
export function overviewFocus(scope: RegionScope, region: string): Region {
  return (inScope(scope, region) ? regionByCode(region) : undefined) ?? referenceRegion(scope);
}

/** The indicators the overview shows: every listed indicator with data. */
export function overviewIndicators(dataset: Dataset, t: Translate): ListedIndicator[] {
  return indicatorsWithData(dataset, t).filter((l) => l.indicator.listed);
}

/** The region's cards, level by level, with the counts per status. */
export function assembleOverview(focus: Region, cards: readonly OverviewCard[], lang: Lang): OverviewModel {
  const levels = CHAIN_LEVELS.map((level) => {
    const inLevel = cards.filter((c) => c.listed.inCatalogue && c.listed.indicator.chainLevel === level);
    return { level, cards: inLevel, counts: statusCounts(inLevel.map((c) => c.summary)) };
  });
  return {
    regionCode: focus.code,
    regionName: regionName(focus, lang),
    levels,
    counts: statusCounts(cards.filter((c) => c.listed.inCatalogue).map((c) => c.summary)),
    uncatalogued: cards.filter((c) => !c.listed.inCatalogue),
  };
}

/**
 * The region's picture along the effect chain: every indicator with data, level by level, with the
 * scope's reference (Riket) beside each value. A region outside the scope falls back to the reference.
 */
export function buildOverviewModel(
  dataset: Dataset,
  scope: RegionScope,
  region: string,
  lang: Lang,
  t: Translate,
): OverviewModel {
  const context: PanelContext = { dataset, scope, lang, t };
  const focus = overviewFocus(scope, region);
  return assembleOverview(
    focus,
    overviewIndicators(dataset, t).map((l) => overviewCard(context, focus, l)),
    lang,
  );
}

const STATUS_KEYS: Readonly<Record<TargetStatus, MessageKey>> = {
  on_track: 'statusOn_track',
  at_risk: 'statusAt_risk',
  off_track: 'statusOff_track',
  no_target: 'statusNo_target',
  no_data: 'statusNo_data',
};

/** The overview as one table (for the CSV download): a row per indicator, level by level. */
export function overviewTable(model: OverviewModel, caption: string, lang: Lang, t: Translate): TableModel {
  const cards = [...model.levels.flatMap((l) => l.cards), ...model.uncatalogued];
  return {
    caption,
    columns: [
      { header: t('chainLevel'), numeric: false },
      { header: t('indicator'), numeric: false },
      { header: t('evaluationQuestion'), numeric: false },
      { header: t('colValue'), numeric: true },
      { header: t('unit'), numeric: false },
      { header: t('colPeriod'), numeric: false },
      { header: t('colChange'), numeric: true },
      { header: t('colStatus'), numeric: false },
      { header: t('colTarget'), numeric: true },
      { header: t('colTargetPeriod'), numeric: false },
      { header: t('riket'), numeric: true },
      { header: t('source'), numeric: false },
    ],
    rowHeader: 1,
    rows: cards.map(({ listed, summary, source }) => {
      const { indicator } = listed;
      const target = summary.status.target;
      return [
        text(listed.inCatalogue ? pick(CHAIN_LEVEL_INFO[indicator.chainLevel].label, lang) : ''),
        text(pick(indicator.name, lang)),
        text(listed.inCatalogue ? pick(indicator.question.text, lang) : ''),
        num(summary.latest?.value ?? null, indicator.decimals, summary.latest?.marker ?? null),
        text(pick(indicator.unit, lang)),
        text(summary.latest ? periodLabel(summary.latest.period, lang) : ''),
        summary.changePrevious ? num(summary.changePrevious.value, indicator.decimals) : text(''),
        text(t(STATUS_KEYS[summary.status.status])),
        target ? num(target.value, indicator.decimals) : text(''),
        text(target ? periodLabel(target.period, lang) : ''),
        summary.riket ? num(summary.riket.value, indicator.decimals, summary.riket.marker) : text(''),
        text(source),
      ];
    }),
  };
}
