import type { ColumnRole } from '../cells/header-roles';
import type { IssueCollector } from '../issues/issue';
import type { CsvRecord } from '../text/csv-scanner';
import { hasCountyCandidates, planCounty, type CountyPlan } from './county-columns';
import { periodNamedColumns, planPeriods, regionOverYears, type PeriodPlan } from './period-columns';

/**
 * Roles settled from the first rows, the period plan when several columns hold the period, the
 * county plan when a kommun column has a county column beside it, and columns set aside.
 */
export interface SettledRoles {
  readonly roles: Map<ColumnRole, number>;
  readonly plan: PeriodPlan | undefined;
  /** A kommun column read as the region, with county columns checked beside it. */
  readonly county: CountyPlan | undefined;
  /** Period columns the reader reads or compares: not left out. */
  readonly periodColumns: readonly number[];
  /** Columns that are never the value: every period-named column, read or not. */
  readonly notValue: readonly number[];
}

/** Whether the header alone cannot settle the region or the period: the first rows must. */
export function needsRows(header: readonly string[], roles: ReadonlyMap<ColumnRole, number>): boolean {
  const periods = periodNamedColumns(header);
  return (
    periods.length >= 2 ||
    (periods.length === 1 && periods[0] !== roles.get('period')) ||
    hasCountyCandidates(header)
  );
}

/**
 * Settles the region and the period from the first rows, and says what was guessed: a column of
 * years loses the region to a column of regions; of several period columns the finest consistent
 * one is read (or a year and a month column joined), and the rest are helpers; of a kommun column
 * and a county column, the kommun column is read and the county column checked.
 */
export function settleFromRows(
  header: readonly string[],
  headerRoles: ReadonlyMap<ColumnRole, number>,
  pending: readonly CsvRecord[],
  issues: IssueCollector,
  line: number,
): SettledRoles {
  const roles = new Map(headerRoles);
  const region = roles.get('region');
  const other = region === undefined ? undefined : regionOverYears(header, region, pending);
  const periodNamed = periodNamedColumns(header);
  if (region !== undefined && other !== undefined) {
    roles.set('region', other);
    if (roles.get('regionName') === other) roles.delete('regionName');
    if (!roles.has('period')) roles.set('period', region);
    else periodNamed.push(region);
    issues.add('region_years_not_region', line, region + 1, {
      years: (header[region] ?? '').trim(),
      region: (header[other] ?? '').trim(),
    });
  }
  const county = settleCounty(header, roles, pending, periodNamed, issues, line);
  const countyColumns = county?.counties.map((c) => c.index) ?? [];
  const plan = planPeriods(header, periodNamed, pending, roles.get('period'));
  if (!plan) return { roles, plan, county, periodColumns: [], notValue: [...periodNamed, ...countyColumns] };
  roles.set('period', plan.main.index);
  const helpers = plan.helpers.map((h) => h.name);
  if (plan.part) {
    issues.add('period_split', line, plan.part.index + 1, {
      year: plan.main.name,
      part: plan.part.name,
      granularity: plan.granularity,
      helpers,
    });
  } else if (helpers.length > 0) {
    issues.add('period_columns_read', line, plan.main.index + 1, {
      column: plan.main.name,
      granularity: plan.granularity,
      helpers,
    });
  }
  const used = [plan.main, ...(plan.part ? [plan.part] : []), ...plan.helpers].map((c) => c.index);
  return {
    roles,
    plan,
    county,
    periodColumns: used,
    notValue: [...periodNamed, ...used, ...countyColumns],
  };
}

/**
 * A kommun column beside a county column: the kommun column is the region (the finest), the county
 * columns are helpers. Sets the roles and says what was decided.
 */
function settleCounty(
  header: readonly string[],
  roles: Map<ColumnRole, number>,
  pending: readonly CsvRecord[],
  exclude: readonly number[],
  issues: IssueCollector,
  line: number,
): CountyPlan | undefined {
  const county = planCounty(header, roles, pending, exclude);
  if (!county) return undefined;
  roles.set('region', county.region.index);
  if (county.regionName === undefined) roles.delete('regionName');
  else roles.set('regionName', county.regionName);
  issues.add('region_finest_column', line, county.region.index + 1, {
    region: county.region.name,
    helpers: county.counties.map((c) => c.name),
  });
  return county;
}
