import { buildSparklineOption } from '../charts/sparkline-option';
import type { ChartOption } from '../charts/echarts-types';
import { trendRows } from '../charts/trend-option';
import { CHAIN_LEVELS, type ChainLevel } from '../domain/chain-levels';
import { pick, type Lang } from '../domain/language';
import { inScope, referenceRegion, type RegionScope } from '../domain/region-scope';
import { regionByCode, regionName, RIKET, type Region } from '../domain/regions';
import { samePeriod, type SeriesPoint } from '../domain/series';
import type { TargetStatus } from '../domain/target';
import { num, text, type TableModel } from '../domain/table';
import { periodLabel, type Granularity } from '../domain/period';
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
  /**
   * The larger regions beside the region's value at its latest period: Riket for a county, the
   * county and Riket for a kommun; none for Riket itself. Stated in text only, never drawn.
   */
  readonly references: readonly CardReference[];
  /** Where the region's values come from (see sourceText). */
  readonly source: string;
}

/** A larger region's value at the card's period, with what to call it. */
export interface CardReference {
  readonly code: string;
  /** "Riket", "Dalarnas län", or for a sum that it is a sum ("Riket (summa av länen)"). */
  readonly label: string;
  readonly point: SeriesPoint | undefined;
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
  /** Indicators left out for a kommun because it has neither values nor targets for them. */
  readonly withoutValues: number;
  /** The regions the cards set the region against, larger first: the table's reference columns. */
  readonly references: readonly Region[];
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
  const references = cardReferences(context, focus, summary, granularity);
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
    references,
    get source(): string {
      source ??= sourceText(dataset, indicator, [region], lang);
      return source;
    },
  };
}

/**
 * The scope's reference (its value is the summary's), then for a kommun also Riket, at the latest
 * period. For a sum the label says so: a larger region's sum is stated, never set on the region's scale.
 */
function cardReferences(
  context: PanelContext,
  focus: Region,
  summary: IndicatorSummary,
  granularity: Granularity,
): CardReference[] {
  const { dataset, scope, lang, t } = context;
  const { indicator, latest } = summary;
  return referenceRegions(scope)
    .filter((r) => r.code !== focus.code)
    .map((r, k) => {
      if (k === 0)
        return {
          code: r.code,
          label: referenceLabel(context, focus.code, indicator) ?? '',
          point: summary.riket,
        };
      const series = querySeries(dataset, {
        indicator: indicator.id,
        region: r.code,
        gender: 'T',
        granularity,
      });
      return {
        code: r.code,
        label: indicator.aggregation === 'sum' ? t('riketTotal') : regionName(r, lang),
        point: latest ? series.find((p) => samePeriod(p.period, latest.period)) : undefined,
      };
    });
}

/** The scope's reference, and Riket above a county: what a card of the scope is set against. */
export function referenceRegions(scope: RegionScope): Region[] {
  const reference = referenceRegion(scope);
  return reference.code === RIKET.code ? [reference] : [reference, RIKET];
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
/** The listed indicators with data; with `only` (a målområde's indicators), those of them only. */
export function overviewIndicators(
  dataset: Dataset,
  t: Translate,
  only?: ReadonlySet<string>,
): ListedIndicator[] {
  return indicatorsWithData(dataset, t).filter(
    (l) => l.indicator.listed && (only === undefined || only.has(l.indicator.id)),
  );
}

/** The region's cards, level by level, with the counts per status. */
export function assembleOverview(
  scope: RegionScope,
  focus: Region,
  all: readonly OverviewCard[],
  lang: Lang,
): OverviewModel {
  // A kommun has values for few of the indicators a county has: only its own are shown, and counted.
  const cards =
    focus.level === 'kommun'
      ? all.filter((c) => c.summary.series.length > 0 || c.summary.path.length > 0)
      : all;
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
    references: referenceRegions(scope),
    withoutValues: all.length - cards.length,
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
  only?: ReadonlySet<string>,
): OverviewModel {
  const context: PanelContext = { dataset, scope, lang, t };
  const focus = overviewFocus(scope, region);
  return assembleOverview(
    scope,
    focus,
    overviewIndicators(dataset, t, only).map((l) => overviewCard(context, focus, l)),
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
      ...model.references.map((r) => ({ header: regionName(r, lang), numeric: true })),
      { header: t('source'), numeric: false },
    ],
    rowHeader: 1,
    rows: cards.map(({ listed, summary, source, references }) => {
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
        ...model.references.map((r) => {
          const point = references.find((c) => c.code === r.code)?.point;
          return point ? num(point.value, indicator.decimals, point.marker) : text('');
        }),
        text(source),
      ];
    }),
  };
}
