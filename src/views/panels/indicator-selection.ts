import type { Gender } from '../../domain/gender';
import { parsePeriod, type Granularity, type Period } from '../../domain/period';
import { inScope, referenceRegion, trendComparable } from '../../domain/region-scope';
import { regionByCode, type Region } from '../../domain/regions';
import { indicatorCoverage } from '../../data/dataset/store-query';
import type { GenderChoice, UrlState } from '../../state/url-state';
import type { ListedIndicator } from '../indicator-list';
import type { PanelContext } from './panel-context';

/** What the user asked of one indicator: the part of the URL state its panels read. */
export type IndicatorChoice = Pick<UrlState, 'region' | 'compare' | 'granularity' | 'gender'>;

/** One indicator's selection, resolved against the data and the scope: what its panels draw. */
export interface IndicatorSelection {
  readonly listed: ListedIndicator;
  readonly granularities: readonly Granularity[];
  readonly granularity: Granularity;
  readonly genderChoices: readonly GenderChoice[];
  readonly gender: GenderChoice;
  /** The region in focus: one in the scope, else the scope's reference. */
  readonly focus: Region;
  /**
   * The other regions drawn beside the focus, in the order chosen: in the scope, or (among a
   * county's kommuner) Riket and kommuner of any county; see trendComparable.
   */
  readonly compare: readonly string[];
}

const PREFERRED_INDICATOR = 'nyforetagande';

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

/**
 * Choices the data cannot honour (quarters an indicator does not have, a kön it lacks, a region
 * outside the scope) fall back to what it has, so that a stale link still opens a working view.
 */
export function resolveIndicatorSelection(
  { dataset, scope }: PanelContext,
  listed: ListedIndicator,
  choice: IndicatorChoice,
): IndicatorSelection {
  const coverage = indicatorCoverage(dataset, listed.indicator.id);
  const granularities = coverage.granularities;
  const granularity: Granularity =
    choice.granularity !== undefined && granularities.includes(choice.granularity)
      ? choice.granularity
      : granularities.includes('year')
        ? 'year'
        : (granularities[0] ?? 'year');
  const hasKM = coverage.genders.includes('K') && coverage.genders.includes('M');
  const genderChoices: GenderChoice[] = [...coverage.genders, ...(hasKM ? (['KM'] as const) : [])];
  const gender: GenderChoice = genderChoices.includes(choice.gender)
    ? choice.gender
    : coverage.genders.includes('T')
      ? 'T'
      : (coverage.genders[0] ?? 'T');
  const focus =
    (inScope(scope, choice.region) ? regionByCode(choice.region) : undefined) ?? referenceRegion(scope);
  const compare = choice.compare.filter((c) => c !== focus.code && trendComparable(scope, c));
  return { listed, granularities, granularity, genderChoices, gender, focus, compare };
}

/** The kön of the lines: women and men side by side, or one. */
export function lineGenders(selection: IndicatorSelection): Gender[] {
  return selection.gender === 'KM' ? ['K', 'M'] : [selection.gender];
}

/** The kön of one value per region (ranking, map, table): the total when the lines split by kön. */
export function crossGender(selection: IndicatorSelection): Gender {
  return selection.gender === 'KM' ? 'T' : selection.gender;
}

/** A period key of the selection's granularity, or undefined. */
export function periodOrUndefined(key: string | undefined, granularity: Granularity): Period | undefined {
  if (key === undefined) return undefined;
  const parsed = parsePeriod(key);
  return parsed.ok && parsed.period.granularity === granularity ? parsed.period : undefined;
}

/** A sum's reference (Riket's sum of the län) is not on a compared region's scale. */
export function referenceComparable(selection: IndicatorSelection): boolean {
  return selection.listed.indicator.aggregation === 'mean';
}
