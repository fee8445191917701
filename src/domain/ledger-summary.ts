import { CHAIN_LEVELS, CHAIN_LEVEL_INFO } from './chain-levels';
import {
  COFINANCING_SOURCES,
  isTiedToRus,
  type CaseStatus,
  type Ledger,
  type LedgerCase,
  type PlannedShare,
  type SupportType,
} from './ledger';
import { ledgerMeasures, type LedgerMeasure } from './ledger-measures';
import { foldName } from './text-match';

/**
 * What the Finansiering view shows of a ledger, computed from its cases: per year, per source, per
 * decision-year cohort, per RUS priority area and per effect-chain tag. Pure; amounts in mnkr.
 */

const MNKR = 1e6;
const RIKET = '00';

export interface CaseFilter {
  /** A county's code, or "00" for all counties. */
  readonly region: string;
  readonly supportType: SupportType | undefined;
}

export function filterCases(cases: readonly LedgerCase[], filter: CaseFilter): LedgerCase[] {
  return cases.filter(
    (c) =>
      (filter.region === RIKET || c.region === filter.region) &&
      (filter.supportType === undefined || c.supportType === filter.supportType),
  );
}

/** The counties the ledger has cases or frames for, and Riket when it has all 21. */
export function ledgerRegions(ledger: Ledger): string[] {
  const codes = new Set<string>();
  for (const c of ledger.cases) codes.add(c.region);
  for (const f of ledger.frames) codes.add(f.region);
  const list = [...codes].sort();
  return list.length === 21 ? [RIKET, ...list] : list;
}

export interface YearMeasures {
  readonly year: number;
  readonly values: Readonly<Partial<Record<LedgerMeasure, number>>>;
}

/** The ledger's sums for one region (or Riket) by year: the same numbers the derived indicators use. */
export function measuresByYear(ledger: Ledger, region: string): YearMeasures[] {
  const byYear = new Map<number, Partial<Record<LedgerMeasure, number>>>();
  for (const row of ledgerMeasures(ledger)) {
    if (row.region !== region) continue;
    const values = byYear.get(row.year) ?? {};
    values[row.measure] = row.value;
    byYear.set(row.year, values);
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, values]) => ({ year, values }));
}

export interface CofinancingYear {
  readonly year: number;
  readonly granted: number;
  /** By COFINANCING_SOURCES. */
  readonly bySource: readonly number[];
  readonly inKind: number;
}

/** Granted 1:1 funds and the co-financing of the granted cases by source, per decision year. */
export function cofinancingByYear(cases: readonly LedgerCase[]): CofinancingYear[] {
  const years = new Map<number, { granted: number; bySource: number[]; inKind: number }>();
  for (const c of cases) {
    if (c.status !== 'beviljad' || c.year === undefined) continue;
    const y = years.get(c.year) ?? { granted: 0, bySource: COFINANCING_SOURCES.map(() => 0), inKind: 0 };
    y.granted += c.granted / MNKR;
    c.cofinancing.forEach((v, i) => {
      y.bySource[i] = (y.bySource[i] ?? 0) + v / MNKR;
    });
    y.inKind += c.inKind.reduce((s, v) => s + v, 0) / MNKR;
    years.set(c.year, y);
  }
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, y]) => ({ year, ...y }));
}

export interface CohortYear {
  readonly year: number;
  readonly granted: number;
  readonly paid: number;
  /** Paid ÷ granted in per cent; undefined when nothing was granted. */
  readonly share: number | undefined;
}

/**
 * Payments by decision-year cohort: what was granted in a year and how much of it is paid so far (a
 * case's payments of every year). Summed in whole kronor, which add exactly, and given in mnkr.
 */
export function paymentsByCohort(cases: readonly LedgerCase[]): CohortYear[] {
  const years = new Map<number, { granted: number; paid: number }>();
  for (const c of cases) {
    if (c.status !== 'beviljad' || c.year === undefined) continue;
    const y = years.get(c.year) ?? { granted: 0, paid: 0 };
    y.granted += c.granted;
    y.paid += c.paid;
    years.set(c.year, y);
  }
  return [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, y]) => ({
      year,
      granted: y.granted / MNKR,
      paid: y.paid / MNKR,
      share: y.granted > 0 ? (100 * y.paid) / y.granted : undefined,
    }));
}

export interface AreaAllocation {
  /** The area as the ledger or the plan writes it; "" for cases tied to no area. */
  readonly area: string;
  readonly granted: number;
  /** Share of the year's granted funds, per cent; undefined when nothing was granted. */
  readonly share: number | undefined;
  /** The planned share, per cent, when the county planned one for the area. */
  readonly planned: number | undefined;
}

/**
 * Granted funds by RUS priority area in a year against the planned shares — the "link to the
 * strategy" picture. Planned areas first (in the plan's order), then areas only the cases name, then
 * the funds tied to no area. For all counties the plan is the sum of the counties' planned shares
 * weighted by their frames, when every county with cases has a plan and a frame.
 */
export function rusAllocation(
  ledger: Ledger,
  cases: readonly LedgerCase[],
  region: string,
  year: number,
): AreaAllocation[] {
  const granted = new Map<string, { area: string; granted: number }>();
  let total = 0;
  for (const c of cases) {
    if (c.status !== 'beviljad' || c.year !== year) continue;
    const area = isTiedToRus(c) ? c.rus.trim() : '';
    const key = area === '' ? '' : foldName(area);
    const entry = granted.get(key) ?? { area, granted: 0 };
    entry.granted += c.granted / MNKR;
    granted.set(key, entry);
    total += c.granted / MNKR;
  }
  const planned = plannedShares(ledger, cases, region, year);
  const rows: AreaAllocation[] = [];
  const seen = new Set<string>();
  for (const [key, p] of planned) {
    const g = granted.get(key)?.granted ?? 0;
    rows.push({
      area: p.area,
      granted: g,
      share: total > 0 ? (100 * g) / total : undefined,
      planned: p.share,
    });
    seen.add(key);
  }
  const rest = [...granted.entries()]
    .filter(([key]) => !seen.has(key) && key !== '')
    .sort((a, b) => b[1].granted - a[1].granted);
  for (const [, g] of rest)
    rows.push({
      area: g.area,
      granted: g.granted,
      share: total > 0 ? (100 * g.granted) / total : undefined,
      planned: undefined,
    });
  const none = granted.get('');
  if (none)
    rows.push({
      area: '',
      granted: none.granted,
      share: total > 0 ? (100 * none.granted) / total : undefined,
      planned: undefined,
    });
  return rows;
}

function plannedShares(
  ledger: Ledger,
  cases: readonly LedgerCase[],
  region: string,
  year: number,
): Map<string, { area: string; share: number }> {
  const forYear = ledger.shares.filter((s) => s.year === year);
  const result = new Map<string, { area: string; share: number }>();
  if (region !== RIKET) {
    for (const s of forYear.filter((x) => x.region === region))
      result.set(foldName(s.area), { area: s.area, share: s.share });
    return result;
  }
  const counties = new Set(cases.filter((c) => c.year === year).map((c) => c.region));
  const frames = new Map(ledger.frames.filter((f) => f.year === year).map((f) => [f.region, f.amount]));
  const byCounty = new Map<string, PlannedShare[]>();
  for (const s of forYear) byCounty.set(s.region, [...(byCounty.get(s.region) ?? []), s]);
  if ([...counties].some((c) => !byCounty.has(c) || !frames.has(c))) return result;
  const totalFrame = [...counties].reduce((sum, c) => sum + (frames.get(c) ?? 0), 0);
  if (totalFrame <= 0) return result;
  for (const county of counties) {
    const weight = (frames.get(county) ?? 0) / totalFrame;
    for (const s of byCounty.get(county) ?? []) {
      const key = foldName(s.area);
      const entry = result.get(key) ?? { area: s.area, share: 0 };
      entry.share += s.share * weight;
      result.set(key, entry);
    }
  }
  return result;
}

export interface TagAllocation {
  /** The tag as written; "" for untagged cases. */
  readonly tag: string;
  readonly granted: number;
  readonly cases: number;
}

/** Granted funds by the effect-chain level the cases aim at, in the chain's order, untagged last. */
export function grantedByChainTag(cases: readonly LedgerCase[], year: number | undefined): TagAllocation[] {
  const tags = new Map<string, { tag: string; granted: number; cases: number }>();
  for (const c of cases) {
    if (c.status !== 'beviljad' || (year !== undefined && c.year !== year)) continue;
    const tag = c.chainTag.trim();
    const key = foldName(tag);
    const entry = tags.get(key) ?? { tag, granted: 0, cases: 0 };
    entry.granted += c.granted / MNKR;
    entry.cases += 1;
    tags.set(key, entry);
  }
  const order = CHAIN_LEVELS.map((level) => foldName(CHAIN_LEVEL_INFO[level].label.sv));
  const rank = (key: string): number => {
    if (key === '') return 1000;
    const i = order.findIndex((o) => o === key || o.replace(/ /g, '_') === key.replace(/ /g, '_'));
    return i < 0 ? 100 : i;
  };
  return [...tags.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))
    .map(([, t]) => t);
}

export interface CaseQuery {
  readonly status: CaseStatus | undefined;
  /** Words that must all occur in the case's id, owner, RUS area, tag or strategy area. */
  readonly text: string;
}

/** The cases a table shows: by status and free text, newest decision first. */
export function queryCases(cases: readonly LedgerCase[], query: CaseQuery): LedgerCase[] {
  const words = foldName(query.text)
    .split(' ')
    .filter((w) => w !== '');
  return cases
    .filter((c) => query.status === undefined || c.status === query.status)
    .filter((c) => {
      if (words.length === 0) return true;
      const hay = foldName([c.id, c.owner, c.rus, c.chainTag, c.strategyArea].join(' '));
      return words.every((w) => hay.includes(w));
    })
    .sort(
      (a, b) =>
        (b.year ?? 9999) - (a.year ?? 9999) || a.region.localeCompare(b.region) || a.id.localeCompare(b.id),
    );
}

/** The decision years the cases cover, ascending. */
export function caseYears(cases: readonly LedgerCase[]): number[] {
  return [...new Set(cases.flatMap((c) => (c.year === undefined ? [] : [c.year])))].sort((a, b) => a - b);
}
