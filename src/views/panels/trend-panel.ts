import { menLook, regionLook, RIKET_LOOK, SECOND_REFERENCE_LOOK, type LineLook } from '../../charts/palette';
import type { TrendInput, TrendLine } from '../../charts/trend-option';
import type { Gender } from '../../domain/gender';
import { pick } from '../../domain/language';
import { periodCode, type Granularity, type Period } from '../../domain/period';
import { referenceRegion, type RegionScope } from '../../domain/region-scope';
import { regionByCode, regionName, RIKET, type Region } from '../../domain/regions';
import type { SeriesPoint } from '../../domain/series';
import { querySeries } from '../../data/dataset/store-query';
import type { MessageKey } from '../../i18n/dictionary';
import { summarize } from '../summaries';
import type { ListedIndicator } from '../indicator-list';
import {
  lineGenders,
  periodOrUndefined,
  referenceComparable,
  resolveIndicatorSelection,
  type IndicatorSelection,
} from './indicator-selection';
import type { PanelContext } from './panel-context';
import { scopeText } from './scope-text';

export interface TrendPanel {
  readonly input: TrendInput;
  /** The periods the lines have, in order: the choices of the range and of the ranking's period. */
  readonly periods: readonly Period[];
  /** The regions drawn, by code: the focus, the compared, the references (the trend's sources). */
  readonly regions: readonly string[];
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

/** The trend chart's title says what it compares with: the target path, Riket, both or neither. */
export function trendTitleKey(hasPath: boolean, hasRiket: boolean): MessageKey {
  if (hasPath && hasRiket) return 'trendTitle';
  if (hasPath) return 'trendTitleTarget';
  if (hasRiket) return 'trendTitleRiket';
  return 'trendTitlePlain';
}

/** A line's fields from its look. */
function lookFields(look: LineLook): Pick<TrendLine, 'colour' | 'style' | 'width' | 'symbol'> {
  return { colour: look.colour, style: look.dash, width: look.width, symbol: look.symbol };
}

/**
 * The references a trend is set against, nearest first: Riket among the län; the county and then
 * Riket among a county's kommuner. Each has its own look (grey, dashed; Riket second, its own dash
 * and marker).
 */
function trendReferences(scope: RegionScope): { readonly region: Region; readonly look: LineLook }[] {
  const nearest = { region: referenceRegion(scope), look: RIKET_LOOK };
  return scope.level === 'kommun' ? [nearest, { region: RIKET, look: SECOND_REFERENCE_LOOK }] : [nearest];
}

/**
 * The focus region, the compared regions, then the scope's references (the county and Riket for a
 * kommun), each with its target path, over the chosen range (period keys; undefined for all).
 */
export function buildTrendPanel(
  context: PanelContext,
  selection: IndicatorSelection,
  range: { readonly from: string | undefined; readonly to: string | undefined },
): TrendPanel {
  const { dataset, scope, lang, t } = context;
  const { indicator } = selection.listed;
  const { granularity, gender, focus, compare } = selection;
  const genders = lineGenders(selection);
  const seriesFor = (code: string, g: Gender): SeriesPoint[] =>
    querySeries(dataset, { indicator: indicator.id, region: code, gender: g, granularity });
  const lineName = (name: string, g: Gender): string =>
    gender === 'KM' ? `${name}, ${t(GENDER_NAME[g]).toLowerCase()}` : name;

  // Lines: the focus region, the compared regions, then the references. By kön: each region twice.
  // A reference's sum is never drawn on a smaller region's scale, not even when chosen to compare:
  // for a sum, the references above the focus are left out (a county's Riket; a kommun's county and Riket).
  const comparable = referenceComparable(selection);
  const references = trendReferences(scope).filter((r) => r.region.code !== focus.code);
  const leftOut = comparable
    ? []
    : references.filter((r) => focus.level === 'kommun' || r.region.level === 'riket');
  const leftOutCodes = new Set(leftOut.map((r) => r.region.code));
  const regions = [focus.code, ...compare.filter((c) => !leftOutCodes.has(c))];
  const lines: TrendLine[] = [];
  const addLines = (code: string, look: LineLook, withPath: boolean): void => {
    const r = regionByCode(code) ?? RIKET;
    for (const g of genders) {
      const points = seriesFor(code, g);
      const path =
        withPath && g === 'T' ? summarize(dataset, indicator, code, granularity, points, undefined).path : [];
      lines.push({
        name: lineName(regionName(r, lang), g),
        points,
        path,
        ...lookFields(g === 'M' ? menLook(look) : look),
      });
    }
  };
  let compared = 0;
  regions.forEach((code, k) => {
    // A reference chosen as a compared region keeps its look; the others take the next look.
    const asReference = k > 0 ? references.find((r) => r.region.code === code) : undefined;
    addLines(code, asReference?.look ?? regionLook(k === 0 ? 0 : ++compared), true);
  });
  const drawnReferences = comparable
    ? references.filter(
        // A reference is drawn when the data has it.
        (r) =>
          !compare.includes(r.region.code) && genders.some((g) => seriesFor(r.region.code, g).length > 0),
      )
    : [];
  for (const r of drawnReferences) addLines(r.region.code, r.look, false);

  const allPeriods = new Map<number, Period>();
  for (const line of lines) for (const p of line.points) allPeriods.set(periodCode(p.period), p.period);
  const periods = [...allPeriods.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  const hasPath = lines.some((l) => l.path.length > 0);
  const input: TrendInput = {
    lang,
    granularity,
    decimals: indicator.decimals,
    unit: pick(indicator.unit, lang),
    lines,
    from: periodOrUndefined(range.from, granularity),
    to: periodOrUndefined(range.to, granularity),
    labels: { targetPath: t('targetPath'), target: t('target'), missing: t('missingValue') },
    description: trendDescription(
      context,
      selection,
      regions,
      hasPath,
      references
        .filter((r) => drawnReferences.includes(r) || compare.includes(r.region.code))
        .map((r) => r.region),
    ),
    zeroBased: isAmount(indicator),
    note:
      leftOut.length > 0
        ? sumNote(
            context,
            leftOut.map((r) => r.region),
          )
        : undefined,
  };
  return { input, periods, regions: [...regions, ...drawnReferences.map((r) => r.region.code)] };
}

/**
 * The chart's title: the regions drawn, against the target path and the references. Among the län
 * "jämfört med riket"; among a county's kommuner the references by name ("Dalarnas län och Riket").
 */
function trendDescription(
  { scope, lang, t }: PanelContext,
  selection: IndicatorSelection,
  regions: readonly string[],
  hasPath: boolean,
  references: readonly Region[],
): string {
  const params = {
    indicator: pick(selection.listed.indicator.name, lang),
    region: regions.map((c) => regionName(regionByCode(c) ?? RIKET, lang)).join(', '),
  };
  if (scope.level === 'lan' || references.length === 0)
    return t(trendTitleKey(hasPath, references.length > 0), params);
  const names = references.map((r) => regionName(r, lang));
  const joined =
    names.length > 1
      ? t('referencesAnd', { first: names.slice(0, -1).join(', '), second: names[names.length - 1] ?? '' })
      : (names[0] ?? '');
  return t(hasPath ? 'trendTitleReferences' : 'trendTitleReferencesPlain', { ...params, references: joined });
}

/** Why the references' sums are not drawn, in the scope's words. */
function sumNote(context: PanelContext, leftOut: readonly Region[]): string {
  const { t } = context;
  const riket = t('riketTotal');
  if (leftOut.length > 1) return t('trendKommunSumNote', { county: scopeText(context).referenceSum, riket });
  if (leftOut[0]?.level === 'riket') return t('trendRiketSumNote', { riket });
  return t('trendCountySumNote', { reference: scopeText(context).referenceSum });
}

/**
 * One indicator's trend for one region, as the Indikator view draws it, with no compared region, the
 * total for kön and every period: the chart of a briefing's key chart and of a meeting slide.
 */
export function regionTrendPanel(
  context: PanelContext,
  region: Region,
  listed: ListedIndicator,
  granularity: Granularity,
): TrendPanel {
  const selection = resolveIndicatorSelection(context, listed, {
    region: region.code,
    compare: [],
    granularity,
    gender: 'T',
  });
  return buildTrendPanel(context, selection, { from: undefined, to: undefined });
}
