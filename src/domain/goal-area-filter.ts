import type { GoalArea, Strategy } from './strategy';

/** A målområde chosen in the views: the goal area and the strategy indicators under it. */
export interface GoalAreaFilter {
  readonly goalArea: GoalArea;
  /** Ids of the strategy's indicators in this goal area, in strategy order. */
  readonly indicatorIds: ReadonlySet<string>;
  /** How many indicators the strategy has in all (the "av 12" of "4 av 12 indikatorer"). */
  readonly total: number;
}

/** The filter for the chosen goal area id; undefined when none is chosen or the strategy lacks it (ignored). */
export function goalAreaFilter(strategy: Strategy, chosen: string | undefined): GoalAreaFilter | undefined {
  if (chosen === undefined) return undefined;
  const goalArea = strategy.goalAreas.find((area) => area.id === chosen);
  if (goalArea === undefined) return undefined;
  const ids = strategy.indicators.filter((ind) => ind.goalAreas.includes(goalArea.id)).map((ind) => ind.id);
  return { goalArea, indicatorIds: new Set(ids), total: strategy.indicators.length };
}
