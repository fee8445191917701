import type { MapEntry, MapInput } from '../charts/map-option';
import type { RankingInput } from '../charts/ranking-option';
import { menLook, regionLook, RIKET_LOOK, type LineLook } from '../charts/palette';
import type { TrendInput, TrendLine } from '../charts/trend-option';
import { CHAIN_LEVELS, CHAIN_LEVEL_INFO, type ChainLevel } from '../domain/chain-levels';
import type { Gender } from '../domain/gender';
import { pick, type Lang } from '../domain/language';
import {
  parsePeriod,
  periodCode,
  periodFromCode,
  periodLongLabel,
  type Granularity,
  type Period,
} from '../domain/period';
import { COUNTIES, RIKET, regionByCode, regionIndexOf, regionName } from '../domain/regions';
import type { SeriesPoint } from '../domain/series';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import { formulaText } from '../domain/formula';
import {
  indicatorCoverage,
  latestPeriodCode,
  querySeries,
  querySeriesByRegion,
} from '../data/dataset/store-query';
import type { MessageKey, Translate } from '../i18n/dictionary';
import type { GenderChoice, UrlState } from '../state/url-state';
import { indicatorsWithData, type ListedIndicator } from './indicator-list';
import { sourceText } from './source-text';
import { summarize, type IndicatorSummary } from './summaries';

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
  /** Riket at `at`. */
  readonly riketAt: SeriesPoint | undefined;
  /** How a computed indicator is computed, in words with its inputs' names. */
  readonly formula: string | undefined;
  /**
   * Said beside the status when the periods are quarters or months: the targets are annual, so such a
   * value is judged against where the annual target path is at that time of the year.
   */
  readonly statusNote: string | undefined;
  /** Where the values come from: the focus region's, the trend's lines', and all regions'. */
  readonly sources: { readonly region: string; readonly trend: string; readonly all: string };
}

export function indicatorGroups(listed: readonly ListedIndicator[], lang: Lang): IndicatorOptionGroup[] {
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
      label: lang === 'sv' ? 'Underlag för beräknade indikatorer' : 'Inputs of computed indicators',
      options: inputs.map((l) => ({ id: l.indicator.id, label: pick(l.indicator.name, lang) })),
    });
  }
  const others = listed.filter((l) => !l.inCatalogue);
  if (others.length > 0) {
    groups.push({
      level: undefined,
      label: lang === 'sv' ? 'Övriga (saknas i katalogen)' : 'Other (not in the catalogue)',
      options: others.map((l) => ({ id: l.indicator.id, label: pick(l.indicator.name, lang) })),
    });
  }
  return groups;
}

const PREFERRED_INDICATOR = 'nyforetagande';

/** The trend chart's title says what it compares with: the target path, Riket, both or neither. */
export function trendTitleKey(hasPath: boolean, hasRiket: boolean): MessageKey {
  if (hasPath && hasRiket) return 'trendTitle';
  if (hasPath) return 'trendTitleTarget';
  if (hasRiket) return 'trendTitleRiket';
  return 'trendTitlePlain';
}

/** The selection's chosen indicator, or a sensible one when the link names none the data has. */
export function chooseIndicator(
  listed: readonly ListedIndicator[],
  wanted: string | undefined,
): ListedIndicator | undefined {
  return (
    listed.find((l) => l.indicator.id === wanted) ??
    listed.find((l) => l.indicator.id === PREFERRED_INDICATOR) ??
    listed[0]
  );
}

function periodOrUndefined(key: string | undefined, granularity: Granularity): Period | undefined {
  if (key === undefined) return undefined;
  const parsed = parsePeriod(key);
  return parsed.ok && parsed.period.granularity === granularity ? parsed.period : undefined;
}

const GENDER_NAME: Readonly<Record<Gender, MessageKey>> = { T: 'genderT', K: 'genderK', M: 'genderM' };

/** Units of amounts and counts (as opposed to rates and ratios): their line charts start at 0. */
const AMOUNT_UNITS = new Set(['kr', 'tkr', 'mnkr', 'mdkr', 'antal', 'sek', 'number']);

/** An amount or a count: a sum over the län, or measured in kronor or as a number of things. */
export function isAmount(indicator: {
  readonly aggregation: string;
  readonly unit: { readonly sv: string };
}): boolean {
  return indicator.aggregation === 'sum' || AMOUNT_UNITS.has(indicator.unit.sv.trim().toLowerCase());
}

/** A line's fields from its look. */
function lookFields(look: LineLook): Pick<TrendLine, 'colour' | 'style' | 'width' | 'symbol'> {
  return { colour: look.colour, style: look.dash, width: look.width, symbol: look.symbol };
}

/**
 * Everything the indicator view shows, from the dataset and the selection. Choices the data cannot
 * honour (an indicator it lacks, quarters an indicator does not have) fall back to what it has, so
 * that a stale link still opens a working view.
 */
export function buildIndicatorModel(
  dataset: Dataset,
  state: UrlState,
  lang: Lang,
  t: Translate,
): IndicatorModel | undefined {
  const listedAll = indicatorsWithData(dataset, t);
  const listed = chooseIndicator(listedAll, state.indicator);
  if (!listed) return undefined;
  const { indicator } = listed;
  const id = indicator.id;

  const coverage = indicatorCoverage(dataset, id);
  const granularities = coverage.granularities;
  const granularity: Granularity =
    state.granularity !== undefined && granularities.includes(state.granularity)
      ? state.granularity
      : granularities.includes('year')
        ? 'year'
        : (granularities[0] ?? 'year');
  const hasKM = coverage.genders.includes('K') && coverage.genders.includes('M');
  const genderChoices: GenderChoice[] = [...coverage.genders, ...(hasKM ? (['KM'] as const) : [])];
  const gender: GenderChoice = genderChoices.includes(state.gender)
    ? state.gender
    : coverage.genders.includes('T')
      ? 'T'
      : (coverage.genders[0] ?? 'T');
  const genders: Gender[] = gender === 'KM' ? ['K', 'M'] : [gender];

  const region = regionByCode(state.region) ?? RIKET;
  const name = regionName(region, lang);
  const riketName = regionName(RIKET, lang);
  const compare = state.compare.filter((c) => c !== region.code && regionByCode(c) !== undefined);
  const indicatorName = pick(indicator.name, lang);
  const unit = pick(indicator.unit, lang);
  // A sum (funds, projects) for Riket is not on a county's scale: the charts leave it out.
  const riketComparable = indicator.aggregation === 'mean';

  const seriesFor = (code: string, g: Gender): SeriesPoint[] =>
    querySeries(dataset, { indicator: id, region: code, gender: g, granularity });
  const riketTotal = region.code === RIKET.code ? undefined : seriesFor(RIKET.code, 'T');
  const summary = summarize(
    dataset,
    indicator,
    region.code,
    granularity,
    seriesFor(region.code, 'T'),
    riketTotal,
  );

  // Lines: the focus region, the compared regions, then Riket as the reference. By kön: each region twice.
  // Riket's sum is never drawn on a county's scale, not even when it is chosen as a compared region.
  const riketLeftOut = !riketComparable && region.code !== RIKET.code;
  const regions = [region.code, ...compare.filter((c) => !(riketLeftOut && c === RIKET.code))];
  const lines: TrendLine[] = [];
  let compared = 0;
  regions.forEach((code, k) => {
    // Riket chosen as a compared region stays the dashed grey reference; the others take the next look.
    const look = k > 0 && code === RIKET.code ? RIKET_LOOK : regionLook(k === 0 ? 0 : ++compared);
    const r = regionByCode(code) ?? RIKET;
    for (const g of genders) {
      const points = seriesFor(code, g);
      const path = g === 'T' ? summarize(dataset, indicator, code, granularity, points, undefined).path : [];
      lines.push({
        name:
          gender === 'KM'
            ? `${regionName(r, lang)}, ${t(GENDER_NAME[g]).toLowerCase()}`
            : regionName(r, lang),
        points,
        path,
        ...lookFields(g === 'M' ? menLook(look) : look),
      });
    }
  });
  if (riketComparable && region.code !== RIKET.code && !compare.includes(RIKET.code)) {
    for (const g of genders) {
      const points = seriesFor(RIKET.code, g);
      // Riket is a reference: drawn when the data has it.
      if (points.length === 0) continue;
      lines.push({
        name: gender === 'KM' ? `${riketName}, ${t(GENDER_NAME[g]).toLowerCase()}` : riketName,
        points,
        path: [],
        ...lookFields(g === 'M' ? menLook(RIKET_LOOK) : RIKET_LOOK),
      });
    }
  }

  const allPeriods = new Map<number, Period>();
  for (const line of lines) for (const p of line.points) allPeriods.set(periodCode(p.period), p.period);
  const periods = [...allPeriods.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  const hasPath = lines.some((l) => l.path.length > 0);
  const hasRiket = lines.some((l) => l.colour === RIKET_LOOK.colour);
  const trend: TrendInput = {
    lang,
    granularity,
    decimals: indicator.decimals,
    unit,
    lines,
    from: periodOrUndefined(state.from, granularity),
    to: periodOrUndefined(state.to, granularity),
    labels: { targetPath: t('targetPath'), target: t('target'), missing: t('missingValue') },
    description: t(trendTitleKey(hasPath, hasRiket), {
      indicator: indicatorName,
      region: regions.map((c) => regionName(regionByCode(c) ?? RIKET, lang)).join(', '),
    }),
    zeroBased: isAmount(indicator),
    note: riketLeftOut ? t('trendRiketSumNote', { riket: t('riketTotal') }) : undefined,
  };

  // The ranking, the map and the table: one period, the chosen one or the latest the län have.
  const crossGender: Gender = gender === 'KM' ? 'T' : gender;
  const countyIndexes = new Set(COUNTIES.map((c) => regionIndexOf(c.code) ?? -1));
  const latest = latestPeriodCode(dataset, id, granularity, crossGender, countyIndexes);
  const chosen = periodOrUndefined(state.at, granularity);
  const at =
    chosen && allPeriods.has(periodCode(chosen))
      ? chosen
      : latest === undefined
        ? undefined
        : periodFromCode(latest);
  const byRegion = querySeriesByRegion(dataset, { indicator: id, gender: crossGender, granularity });
  const pointAt = (code: string): SeriesPoint | undefined =>
    at ? byRegion.get(code)?.find((p) => periodCode(p.period) === periodCode(at)) : undefined;
  const riketAt = pointAt(RIKET.code);
  const atLabel = at ? periodLongLabel(at, lang) : '–';
  const selected = [region.code, ...compare].filter((c) => c !== RIKET.code);

  const ranking: RankingInput = {
    lang,
    decimals: indicator.decimals,
    unit,
    direction: indicator.direction,
    selected,
    entries: COUNTIES.map((c) => {
      const p = pointAt(c.code);
      return { code: c.code, name: regionName(c, lang), value: p?.value ?? null, marker: p?.marker ?? null };
    }),
    riket: riketAt && riketComparable ? { name: riketName, value: riketAt.value } : undefined,
    description: t('rankingTitle', { indicator: indicatorName, period: atLabel }),
  };

  const statusAt = (code: string): TargetStatus => {
    if (crossGender !== 'T' || !at) return 'no_target';
    const points = byRegion.get(code) ?? [];
    const upTo = points.filter((p) => periodCode(p.period) <= periodCode(at));
    const s = summarize(dataset, indicator, code, granularity, upTo, undefined);
    const point = pointAt(code);
    if (!point || point.value === null) return s.path.length > 0 ? 'no_data' : 'no_target';
    return s.latest && periodCode(s.latest.period) === periodCode(at) ? s.status.status : 'no_data';
  };
  const mapEntries: MapEntry[] = COUNTIES.map((c) => {
    const p = pointAt(c.code);
    return {
      code: c.code,
      name: regionName(c, lang),
      value: p?.value ?? null,
      marker: p?.marker ?? null,
      status: statusAt(c.code),
    };
  });
  const map: MapInput = {
    lang,
    mode: state.mapMode,
    decimals: indicator.decimals,
    unit,
    entries: mapEntries,
    selected,
    statusLabels: {
      on_track: t('statusOn_track'),
      at_risk: t('statusAt_risk'),
      off_track: t('statusOff_track'),
      no_target: t('statusNo_target'),
      no_data: t('statusNo_data'),
    },
    labels: { missing: t('missingValue') },
    description: t(state.mapMode === 'status' ? 'mapTitleStatus' : 'mapTitleValue', {
      indicator: indicatorName,
      period: atLabel,
    }),
  };

  return {
    groups: indicatorGroups(listedAll, lang),
    listed,
    granularities,
    granularity,
    genderChoices,
    gender,
    regionCode: region.code,
    regionName: name,
    compare,
    summary,
    periods,
    trend,
    at,
    ranking,
    map,
    riketAt,
    statusNote: granularity !== 'year' && summary.path.length > 0 ? t('statusNoteAnnualTarget') : undefined,
    formula: indicator.formula
      ? formulaText(indicator.formula, (id) => catalogueName(dataset, id, lang), lang)
      : undefined,
    sources: {
      region: sourceText(dataset, indicator, [region.code]),
      trend: sourceText(dataset, indicator, [region.code, ...compare, RIKET.code]),
      all: sourceText(dataset, indicator),
    },
  };
}

/** An indicator's name from the catalogue, or its id. */
export function catalogueName(dataset: Dataset, id: string, lang: Lang): string {
  const found = dataset.indicators.find((i) => i.id === id);
  return found ? pick(found.name, lang) : id;
}
