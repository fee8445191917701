import type { MapInput } from '../charts/map-option';
import type { RankingInput } from '../charts/ranking-option';
import type { TrendInput } from '../charts/trend-option';
import { CHAIN_LEVELS, CHAIN_LEVEL_INFO, type ChainLevel } from '../domain/chain-levels';
import { formulaText } from '../domain/formula';
import { pick, type Lang } from '../domain/language';
import type { Granularity, Period } from '../domain/period';
import { referenceRegion, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import type { SeriesPoint } from '../domain/series';
import type { TableModel } from '../domain/table';
import type { Dataset } from '../data/dataset/dataset';
import { querySeries } from '../data/dataset/store-query';
import type { Translate } from '../i18n/dictionary';
import type { GenderChoice, UrlState } from '../state/url-state';
import { catalogueName, indicatorsWithData, type ListedIndicator } from './indicator-list';
import { buildCrossSection } from './panels/cross-section';
import { chooseIndicator, resolveIndicatorSelection } from './panels/indicator-selection';
import { buildMapPanel } from './panels/map-panel';
import type { PanelContext } from './panels/panel-context';
import { buildRankingPanel } from './panels/ranking-panel';
import { referenceLabel } from './panels/reference-label';
import { buildRegionTablePanel } from './panels/region-table-panel';
import { scopeText, type ScopeText } from './panels/scope-text';
import { buildTrendPanel } from './panels/trend-panel';
import { sourceText } from './source-text';
import { summarize, type IndicatorSummary } from './summaries';
import { sentenceText } from '../domain/summary/level-summary';
import { focusSentence } from './summary/overview-summary';

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
  readonly listed: ListedIndicator;
  readonly granularities: readonly Granularity[];
  readonly granularity: Granularity;
  readonly genderChoices: readonly GenderChoice[];
  readonly gender: GenderChoice;
  readonly regionCode: string;
  readonly regionName: string;
  readonly compare: readonly string[];
  /** The focus region's total (T) against its targets: the headline figures. */
  readonly summary: IndicatorSummary;
  /** The periods the data has at this granularity, for the range and period choices. */
  readonly periods: readonly Period[];
  readonly trend: TrendInput;
  /** The period of the ranking, map and table. */
  readonly at: Period | undefined;
  readonly ranking: RankingInput;
  readonly map: MapInput;
  /** The compared regions at `at`: rank, value and status. */
  readonly table: TableModel;
  /** What the scope's regions are called ("länen", "Alla kommuner i Dalarnas län"). */
  readonly scopeText: ScopeText;
  /** Said before the reference's value in the header; undefined when the focus is the reference. */
  readonly referenceLabel: string | undefined;
  /** The scope's reference (Riket for the län) at `at`. */
  readonly referenceAt: SeriesPoint | undefined;
  /** How a computed indicator is computed, in words with its inputs' names. */
  readonly formula: string | undefined;
  /**
   * Said beside the status when the periods are quarters or months: the targets are annual, so such a
   * value is judged against where the annual target path is at that time of the year.
   */
  readonly statusNote: string | undefined;
  /** The focus region's generated sentence (see src/domain/summary): the trend chart's description. */
  readonly sentence: string | undefined;
  /** Where the values come from: the focus region's, the trend's lines', and all regions'. */
  readonly sources: { readonly region: string; readonly trend: string; readonly all: string };
}

/** The groups per list and language: the same array while they stay, so the choice is not redrawn. */
const groupCache = new WeakMap<readonly ListedIndicator[], Map<Translate, readonly IndicatorOptionGroup[]>>();

function cachedGroups(
  listed: readonly ListedIndicator[],
  lang: Lang,
  t: Translate,
): readonly IndicatorOptionGroup[] {
  let byLanguage = groupCache.get(listed);
  if (!byLanguage) groupCache.set(listed, (byLanguage = new Map()));
  let groups = byLanguage.get(t);
  if (!groups) byLanguage.set(t, (groups = indicatorGroups(listed, lang, t)));
  return groups;
}

export function indicatorGroups(
  listed: readonly ListedIndicator[],
  lang: Lang,
  t: Translate,
): IndicatorOptionGroup[] {
  const groups: IndicatorOptionGroup[] = CHAIN_LEVELS.map((level) => ({
    level,
    label: pick(CHAIN_LEVEL_INFO[level].label, lang),
    options: listed
      .filter((l) => l.inCatalogue && l.indicator.listed && l.indicator.chainLevel === level)
      .map((l) => ({ id: l.indicator.id, label: pick(l.indicator.name, lang) })),
  })).filter((g) => g.options.length > 0);
  // The sums that feed the formulas (the ledger's amounts and counts): choosable, apart.
  const inputs = listed.filter((l) => l.inCatalogue && !l.indicator.listed);
  if (inputs.length > 0) {
    groups.push({
      level: undefined,
      label: t('indicatorGroupInputs'),
      options: inputs.map((l) => ({ id: l.indicator.id, label: pick(l.indicator.name, lang) })),
    });
  }
  const others = listed.filter((l) => !l.inCatalogue);
  if (others.length > 0) {
    groups.push({
      level: undefined,
      label: t('indicatorGroupOther'),
      options: others.map((l) => ({ id: l.indicator.id, label: pick(l.indicator.name, lang) })),
    });
  }
  return groups;
}

/**
 * Everything the indicator view shows, composed from its panels — trend, ranking, map, table — over
 * the scope's regions. Undefined when the data has no indicator at all.
 */
export function buildIndicatorModel(
  dataset: Dataset,
  scope: RegionScope,
  state: UrlState,
  lang: Lang,
  t: Translate,
): IndicatorModel | undefined {
  const context: PanelContext = { dataset, scope, lang, t };
  const listedAll = indicatorsWithData(dataset, t);
  const listed = chooseIndicator(listedAll, state.indicator);
  if (!listed) return undefined;
  const { indicator } = listed;
  const selection = resolveIndicatorSelection(context, listed, state);
  const { focus, compare, granularity } = selection;
  const reference = referenceRegion(scope);

  const seriesFor = (code: string): SeriesPoint[] =>
    querySeries(dataset, { indicator: indicator.id, region: code, gender: 'T', granularity });
  const summary = summarize(
    dataset,
    indicator,
    focus.code,
    granularity,
    seriesFor(focus.code),
    focus.code === reference.code ? undefined : seriesFor(reference.code),
  );
  const trend = buildTrendPanel(context, selection, state);
  const section = buildCrossSection(context, selection, state.at, trend.periods);
  const ranking = buildRankingPanel(context, selection, section);
  const map = buildMapPanel(context, selection, section, state.mapMode);

  return {
    groups: cachedGroups(listedAll, lang, t),
    listed,
    granularities: selection.granularities,
    granularity,
    genderChoices: selection.genderChoices,
    gender: selection.gender,
    regionCode: focus.code,
    regionName: regionName(focus, lang),
    compare,
    summary,
    periods: trend.periods,
    trend: trend.input,
    at: section.at,
    ranking,
    map,
    table: buildRegionTablePanel(context, selection, section, { ranking, map }),
    scopeText: scopeText(context),
    referenceAt: section.referenceAt,
    referenceLabel: referenceLabel(context, focus.code, indicator),
    statusNote: granularity !== 'year' && summary.path.length > 0 ? t('statusNoteAnnualTarget') : undefined,
    sentence: sentenceOf(focusSentence(dataset, scope, summary, lang)),
    formula: indicator.formula
      ? formulaText(indicator.formula, (id) => catalogueName(dataset, id, lang), lang)
      : undefined,
    sources: {
      region: sourceText(dataset, indicator, [focus.code], lang),
      trend: sourceText(dataset, indicator, trend.regions, lang),
      all: sourceText(dataset, indicator, undefined, lang),
    },
  };
}

function sentenceOf(sentence: ReturnType<typeof focusSentence>): string | undefined {
  return sentence ? sentenceText(sentence) : undefined;
}
