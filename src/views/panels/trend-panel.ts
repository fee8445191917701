import { menLook, regionLook, RIKET_LOOK, type LineLook } from '../../charts/palette';
import type { TrendInput, TrendLine } from '../../charts/trend-option';
import type { Gender } from '../../domain/gender';
import { pick } from '../../domain/language';
import { periodCode, type Period } from '../../domain/period';
import { referenceRegion } from '../../domain/region-scope';
import { regionByCode, regionName, RIKET } from '../../domain/regions';
import type { SeriesPoint } from '../../domain/series';
import { querySeries } from '../../data/dataset/store-query';
import type { MessageKey } from '../../i18n/dictionary';
import { summarize } from '../summaries';
import {
  lineGenders,
  periodOrUndefined,
  referenceComparable,
  type IndicatorSelection,
} from './indicator-selection';
import type { PanelContext } from './panel-context';
import { scopeText } from './scope-text';

export interface TrendPanel {
  readonly input: TrendInput;
  /** The periods the lines have, in order: the choices of the range and of the ranking's period. */
  readonly periods: readonly Period[];
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
 * The focus region, the compared regions, then the scope's reference as the dashed grey line, each
 * with its target path, over the chosen range (period keys; undefined for all).
 */
export function buildTrendPanel(
  context: PanelContext,
  selection: IndicatorSelection,
  range: { readonly from: string | undefined; readonly to: string | undefined },
): TrendPanel {
  const { dataset, scope, lang, t } = context;
  const { indicator } = selection.listed;
  const { granularity, gender, focus, compare } = selection;
  const reference = referenceRegion(scope);
  const referenceName = regionName(reference, lang);
  const genders = lineGenders(selection);
  const seriesFor = (code: string, g: Gender): SeriesPoint[] =>
    querySeries(dataset, { indicator: indicator.id, region: code, gender: g, granularity });
  const lineName = (name: string, g: Gender): string =>
    gender === 'KM' ? `${name}, ${t(GENDER_NAME[g]).toLowerCase()}` : name;

  // Lines: the focus region, the compared regions, then the reference. By kön: each region twice.
  // The reference's sum is never drawn on a compared region's scale, not even when chosen to compare.
  const comparable = referenceComparable(selection);
  const referenceLeftOut = !comparable && focus.code !== reference.code;
  // Among kommuner, Riket is a sum above the county: left out with it.
  const sums = new Set([reference.code, ...(scope.level === 'kommun' ? [RIKET.code] : [])]);
  const regions = [focus.code, ...compare.filter((c) => !(referenceLeftOut && sums.has(c)))];
  const lines: TrendLine[] = [];
  let compared = 0;
  regions.forEach((code, k) => {
    // The reference chosen as a compared region stays the dashed grey line; the others take the next look.
    const look = k > 0 && code === reference.code ? RIKET_LOOK : regionLook(k === 0 ? 0 : ++compared);
    const r = regionByCode(code) ?? reference;
    for (const g of genders) {
      const points = seriesFor(code, g);
      const path = g === 'T' ? summarize(dataset, indicator, code, granularity, points, undefined).path : [];
      lines.push({
        name: lineName(regionName(r, lang), g),
        points,
        path,
        ...lookFields(g === 'M' ? menLook(look) : look),
      });
    }
  });
  if (comparable && focus.code !== reference.code && !compare.includes(reference.code)) {
    for (const g of genders) {
      const points = seriesFor(reference.code, g);
      // The reference is drawn when the data has it.
      if (points.length === 0) continue;
      lines.push({
        name: lineName(referenceName, g),
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
  const hasReference = lines.some((l) => l.colour === RIKET_LOOK.colour);
  const input: TrendInput = {
    lang,
    granularity,
    decimals: indicator.decimals,
    unit: pick(indicator.unit, lang),
    lines,
    from: periodOrUndefined(range.from, granularity),
    to: periodOrUndefined(range.to, granularity),
    labels: { targetPath: t('targetPath'), target: t('target'), missing: t('missingValue') },
    description: t(trendTitleKey(hasPath, hasReference), {
      indicator: pick(indicator.name, lang),
      region: regions.map((c) => regionName(regionByCode(c) ?? reference, lang)).join(', '),
    }),
    zeroBased: isAmount(indicator),
    note: referenceLeftOut ? sumNote(context) : undefined,
  };
  return { input, periods };
}

/** Why the reference's sum is not drawn, in the scope's words. */
function sumNote(context: PanelContext): string {
  const reference = scopeText(context).referenceSum;
  return context.scope.level === 'lan'
    ? context.t('trendRiketSumNote', { riket: reference })
    : context.t('trendCountySumNote', { reference });
}
