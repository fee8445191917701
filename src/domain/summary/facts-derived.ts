import { periodCode, previousPeriod, samePeriodLastYear, type Period } from '../period';
import { latestWithValue, samePeriod, type SeriesPoint } from '../series';
import type { FactPoint, IndicatorFacts } from './summary-types';

/** What the sentence compares the latest value with. */
export interface Comparison {
  readonly point: FactPoint;
  /**
   * `year_earlier`: the same quarter or month a year before (or simply the year before, for years);
   * `previous`: the quarter or month just before, which may differ by season.
   */
  readonly kind: 'year_earlier' | 'previous';
}

/** The facts' values as the sentence names them. */
export interface DerivedFacts {
  readonly latest: FactPoint | undefined;
  /** The latest period the region has no number for, when later than its latest value. */
  readonly missing: { readonly period: Period; readonly marker: string | null } | undefined;
  readonly comparison: Comparison | undefined;
  /** The larger region at the latest period: undefined for a sum (never set against a sum) or no number. */
  readonly reference: FactPoint | undefined;
}

function numberAt(series: readonly SeriesPoint[], period: Period): FactPoint | undefined {
  const point = series.find((p) => samePeriod(p.period, period));
  return point && point.value !== null ? { period: point.period, value: point.value } : undefined;
}

function missingAfter(facts: IndicatorFacts, latest: FactPoint | undefined): DerivedFacts['missing'] {
  const after = (p: Period): boolean => !latest || periodCode(p) > periodCode(latest.period);
  const last = facts.series[facts.series.length - 1];
  const own = last && last.value === null && after(last.period) ? last : undefined;
  const peers = facts.peersLatest && after(facts.peersLatest) ? facts.peersLatest : undefined;
  if (own && (!peers || periodCode(own.period) >= periodCode(peers)))
    return { period: own.period, marker: own.marker };
  return peers ? { period: peers, marker: null } : undefined;
}

function comparisonFor(facts: IndicatorFacts, latest: FactPoint): Comparison | undefined {
  // A cohort's latest periods are still growing: no change is stated (as on the Län card).
  if (facts.indicator.cohort) return undefined;
  const yearEarlier =
    latest.period.granularity === 'year'
      ? numberAt(facts.series, previousPeriod(latest.period))
      : numberAt(facts.series, samePeriodLastYear(latest.period));
  if (yearEarlier) return { point: yearEarlier, kind: 'year_earlier' };
  if (latest.period.granularity === 'year') return undefined;
  const previous = numberAt(facts.series, previousPeriod(latest.period));
  return previous ? { point: previous, kind: 'previous' } : undefined;
}

export function deriveFacts(facts: IndicatorFacts): DerivedFacts {
  const point = latestWithValue(facts.series);
  const latest = point && point.value !== null ? { period: point.period, value: point.value } : undefined;
  const reference =
    latest && facts.reference && facts.indicator.aggregation !== 'sum'
      ? numberAt(facts.reference.series, latest.period)
      : undefined;
  return {
    latest,
    missing: missingAfter(facts, latest),
    comparison: latest ? comparisonFor(facts, latest) : undefined,
    reference,
  };
}
