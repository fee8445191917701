import { regionIndexOf } from '../../domain/regions';
import type { ColumnRole } from '../cells/header-roles';
import type { ColumnMapping } from '../import/import-result';
import type { CsvRecord } from '../text/csv-scanner';
import type { NamedColumn } from './county-columns';
import type { ConstantColumn, DimensionColumn, SeriesPlan } from './dimension-columns';
import { periodKind, type PeriodPlan } from './period-columns';

/** A long table's reading as the user chose it: roles, the joined period, measures, series. */
export interface MappedLong {
  readonly roles: Map<ColumnRole, number>;
  readonly plan: PeriodPlan | undefined;
  /** Value columns beyond one: an indicator each. */
  readonly measures: readonly NamedColumn[];
  readonly series: SeriesPlan | undefined;
  /** The region of every row (its index in REGIONS), when no column holds it. */
  readonly fixedRegion: number | undefined;
}

const nameOf = (header: readonly string[], index: number): string =>
  (header[index] ?? '').replace(/^\uFEFF/, '').trim();

function distinctValues(pending: readonly CsvRecord[], index: number): Set<string> {
  return new Set(pending.map((r) => (r.fields[index] ?? '').trim()).filter((v) => v !== ''));
}

/** Every index of a mapping within the header, and a region from a column or a known code. */
export function mappingFits(m: ColumnMapping, width: number): boolean {
  const valid = (i: number | undefined): boolean =>
    i === undefined || (Number.isInteger(i) && i >= 0 && i < width);
  const all = [
    m.region,
    m.period,
    m.periodPart,
    m.value,
    m.indicator,
    m.gender,
    ...(m.periods ?? []),
    ...(m.values ?? []),
    ...(m.series ?? []),
    ...(m.ignore ?? []),
  ];
  const region =
    m.region !== undefined || (m.regionCode !== undefined && regionIndexOf(m.regionCode) !== undefined);
  return region && all.every(valid);
}

/**
 * A series plan for the columns the user keeps as series: one value in the first rows describes
 * the indicator, more split it (each value its own series).
 */
function chosenSeries(
  header: readonly string[],
  columns: readonly number[],
  pending: readonly CsvRecord[],
): SeriesPlan {
  const constants: ConstantColumn[] = [];
  const dimensions: DimensionColumn[] = [];
  for (const index of columns) {
    const values = distinctValues(pending, index);
    const name = nameOf(header, index);
    if (values.size === 1) constants.push({ index, name, value: [...values][0] ?? '' });
    else dimensions.push({ index, name, label: undefined });
  }
  return { constants, dimensions };
}

/** A year column joined to a month or quarter column, when the user chose one; undefined if it is neither. */
function joinedPeriod(
  header: readonly string[],
  year: number,
  part: number,
  pending: readonly CsvRecord[],
): PeriodPlan | undefined {
  const cells = pending.map((r) => (r.fields[part] ?? '').trim()).filter((c) => c !== '');
  const kind = periodKind(nameOf(header, part), cells);
  if (kind !== 'monthPart' && kind !== 'quarterPart') return undefined;
  return {
    main: { index: year, name: nameOf(header, year), kind: 'year' },
    part: { index: part, name: nameOf(header, part), kind },
    helpers: [],
    granularity: kind === 'monthPart' ? 'month' : 'quarter',
  };
}

/**
 * Reads a user's mapping of a long table against its first rows. Undefined when it cannot be read:
 * no period or no value, or a period part that holds no months or quarters.
 */
export function mappedLong(
  m: ColumnMapping,
  header: readonly string[],
  headerRoles: ReadonlyMap<ColumnRole, number>,
  pending: readonly CsvRecord[],
): MappedLong | undefined {
  const values = m.values ?? (m.value !== undefined ? [m.value] : []);
  if (m.period === undefined || values.length === 0) return undefined;
  const roles = new Map<ColumnRole, number>();
  if (m.region !== undefined) roles.set('region', m.region);
  roles.set('period', m.period);
  if (values.length === 1 && values[0] !== undefined) roles.set('value', values[0]);
  if (m.indicator !== undefined) roles.set('indicator', m.indicator);
  if (m.gender !== undefined) roles.set('gender', m.gender);
  const taken = new Set<number | undefined>([
    ...roles.values(),
    m.periodPart,
    ...values,
    ...(m.series ?? []),
    ...(m.ignore ?? []),
  ]);
  // A note or a region-name column the header names, and the user left alone, is read as before.
  for (const role of ['note', 'regionName'] as const) {
    const c = headerRoles.get(role);
    if (c !== undefined && !taken.has(c) && (role === 'note' || m.region !== undefined)) roles.set(role, c);
  }
  const plan = m.periodPart === undefined ? undefined : joinedPeriod(header, m.period, m.periodPart, pending);
  if (m.periodPart !== undefined && !plan) return undefined;
  const series = m.series && m.series.length > 0 ? chosenSeries(header, m.series, pending) : undefined;
  const fixedRegion =
    m.region === undefined && m.regionCode !== undefined ? regionIndexOf(m.regionCode) : undefined;
  return {
    roles,
    plan,
    measures: values.length > 1 ? values.map((index) => ({ index, name: nameOf(header, index) })) : [],
    series,
    fixedRegion,
  };
}
