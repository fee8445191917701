import { isTiedToRus, type LedgerCase } from './ledger';
import type { GoalArea } from './strategy';
import { foldName } from './text-match';

/**
 * Where a year's granted 1:1 funds go in the strategy's terms: per goal area (målområde), the funds
 * of the cases in the RUS priority areas tied to it. Amounts in kronor, summed exactly.
 */

export interface FundsSum {
  /** Granted kronor. */
  readonly granted: number;
  /** Share of the year's granted funds, per cent; undefined when nothing was granted. */
  readonly share: number | undefined;
  readonly cases: number;
}

export interface GoalAreaFundsRow extends FundsSum {
  readonly goalArea: GoalArea;
}

/** A RUS area tied to more than one goal area: its funds are in each of their rows. */
export interface SharedRusArea {
  readonly area: string;
  readonly goalAreas: readonly string[];
}

export interface FundsByGoalArea {
  readonly rows: readonly GoalAreaFundsRow[];
  /**
   * The funds no goal area gets: cases in RUS areas tied to none, and cases tied to no RUS area.
   * `areas` names those RUS areas as the ledger writes them ("" for no RUS area), largest first.
   */
  readonly unlinked: FundsSum & { readonly areas: readonly string[] };
  /** Every granted case of the year, each once: never the sum of the rows, which may overlap. */
  readonly total: FundsSum;
  readonly shared: readonly SharedRusArea[];
}

/**
 * The year's granted cases by goal area. A case counts once in a goal area (whatever the
 * spelling of its RUS area), and in every goal area its RUS area is tied to; the total counts it once.
 */
export function fundsByGoalArea(
  cases: readonly LedgerCase[],
  year: number,
  goalAreas: readonly GoalArea[],
): FundsByGoalArea {
  const granted = cases.filter((c) => c.status === 'beviljad' && c.year === year);
  const keysOf = goalAreas.map((g) => new Set(g.rusAreas.map(foldName).filter((k) => k !== '')));
  const totalKr = granted.reduce((s, c) => s + c.granted, 0);
  const sum = (list: readonly LedgerCase[]): FundsSum => {
    const kr = list.reduce((s, c) => s + c.granted, 0);
    return { granted: kr, share: totalKr > 0 ? (100 * kr) / totalKr : undefined, cases: list.length };
  };
  const areaKey = (c: LedgerCase): string => (isTiedToRus(c) ? foldName(c.rus) : '');
  const rows = goalAreas.map((goalArea, k) => ({
    goalArea,
    ...sum(granted.filter((c) => keysOf[k]?.has(areaKey(c)))),
  }));
  const linked = (c: LedgerCase): boolean => keysOf.some((keys) => keys.has(areaKey(c)));
  const rest = granted.filter((c) => !linked(c));
  return {
    rows,
    unlinked: { ...sum(rest), areas: areasBySize(rest) },
    total: sum(granted),
    shared: sharedAreas(goalAreas),
  };
}

/** The RUS areas of these cases as written ("" for none), the largest sum first. */
function areasBySize(cases: readonly LedgerCase[]): string[] {
  const byKey = new Map<string, { area: string; granted: number }>();
  for (const c of cases) {
    const area = isTiedToRus(c) ? c.rus.trim() : '';
    const key = foldName(area);
    const entry = byKey.get(key) ?? { area, granted: 0 };
    entry.granted += c.granted;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.granted - a.granted).map((e) => e.area);
}

/** The RUS areas more than one goal area names, with the names of those goal areas. */
function sharedAreas(goalAreas: readonly GoalArea[]): SharedRusArea[] {
  const byKey = new Map<string, { area: string; goalAreas: string[] }>();
  for (const g of goalAreas)
    for (const area of g.rusAreas) {
      const key = foldName(area);
      const entry = byKey.get(key) ?? { area, goalAreas: [] };
      if (!entry.goalAreas.includes(g.name)) entry.goalAreas.push(g.name);
      byKey.set(key, entry);
    }
  return [...byKey.values()].filter((e) => e.goalAreas.length > 1);
}

/** The RUS areas a ledger's cases name (each once, by folded name), in Swedish alphabetical order. */
export function ledgerRusAreas(cases: readonly LedgerCase[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of cases)
    if (isTiedToRus(c) && !byKey.has(foldName(c.rus))) byKey.set(foldName(c.rus), c.rus.trim());
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'sv'));
}
