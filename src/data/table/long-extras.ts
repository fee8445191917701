import { indicatorIdFrom } from '../cells/indicator-naming';
import type { LeftOutReason } from '../issues/table-shape-issues';
import type { CsvRecord } from '../text/csv-scanner';
import type { SettledRoles } from './column-evidence';
import type { NamedColumn } from './county-columns';
import { planSeries, type SeriesPlan } from './dimension-columns';
import type { MeasureColumn } from './long-rows';
import { sortExtraColumns } from './measure-columns';
import { contentOfTitle } from './table-header';

/** What a long table's columns beyond its roles are: measures, series, and the reasons for those left out. */
export interface LongExtrasPlan {
  /** Columns of numbers that are values, when no column is named as the value. */
  readonly measures: readonly NamedColumn[];
  /** Undefined when no column describes or splits the indicator. */
  readonly series: SeriesPlan | undefined;
  /** Why each column left out was left out, by index. */
  readonly reasons: ReadonlyMap<number, LeftOutReason>;
}

/**
 * Sorts the columns no role took (`free`) from the first rows: measures, counters, years and
 * classes, constants, dimensions and attributes. With a value column named as such, other columns
 * of numbers are left out.
 */
export function planLongExtras(
  header: readonly string[],
  free: readonly number[],
  pending: readonly CsvRecord[],
  settled: Pick<SettledRoles, 'roles' | 'plan'>,
): LongExtrasPlan {
  const { roles, plan } = settled;
  const sorted = sortExtraColumns(header, free, pending, roles.get('period'));
  const reasons = new Map<number, LeftOutReason>(sorted.notValues.map((c) => [c.index, c.reason]));
  let measures = sorted.measures;
  if (roles.has('value')) {
    for (const m of measures) reasons.set(m.index, 'numeric');
    measures = [];
  } else if (measures.length === 0) {
    // A lone column of whole numbers or years is still the value when nothing else can be.
    const fallback = sorted.notValues.filter((c) => c.reason !== 'class');
    if (fallback.length === 1 && fallback[0]) {
      measures = [fallback[0]];
      reasons.delete(fallback[0].index);
    }
  }
  const keyColumns = [
    roles.get('region'),
    roles.get('period'),
    plan?.part?.index,
    roles.get('gender'),
    roles.get('indicator'),
  ].filter((c): c is number => c !== undefined);
  const series = planSeries(sorted.texts, pending, keyColumns);
  for (const c of series.leftOut) reasons.set(c.index, c.reason);
  const { constants, dimensions } = series.plan;
  return {
    measures,
    series: constants.length + dimensions.length > 0 ? series.plan : undefined,
    reasons,
  };
}

/** The columns a series plan reads: constants, dimensions and their label columns. */
export function seriesColumns(plan: SeriesPlan | undefined): number[] {
  if (!plan) return [];
  return [
    ...plan.constants.map((c) => c.index),
    ...plan.dimensions.flatMap((d) => [d.index, ...(d.label ? [d.label.index] : [])]),
  ];
}

/**
 * Several value columns, each an indicator of its own: named by its header, after the table's
 * title when it has one ("Nystartade företag – Aktiebolag"), or after the indicator the user gave.
 */
export function measureColumns(
  measures: readonly NamedColumn[],
  title: string | undefined,
  given: string | undefined,
): MeasureColumn[] {
  const content = title === undefined ? '' : contentOfTitle(title);
  const ids = new Set<string>();
  return measures.map((m, k) => {
    const name = capitalized(content === '' ? m.name : `${content} – ${m.name}`);
    const own = indicatorIdFrom(m.name) ?? `kolumn_${m.index + 1}`;
    let id = given !== undefined ? `${given}_${own}` : (indicatorIdFrom(name) ?? own);
    if (ids.has(id)) id = `${id}_${k + 1}`;
    ids.add(id);
    return { index: m.index, name, id };
  });
}

/** A header as an indicator's name: words apart, the first letter upper-case ("andel_sysselsatta" → "Andel sysselsatta"). */
export function capitalized(name: string): string {
  const words = name.replace(/_+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('sv') + words.slice(1);
}
