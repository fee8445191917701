import type { ChainLevel } from './chain-levels';
import type { Direction, FollowUpLevel, QuestionKind } from './indicator';

/**
 * A region's own strategy (its regional development strategy, RUS, as the tool follows it): its goal
 * areas (målområden) and its indicators on the six levels of the effect chain, each with its
 * evaluation question. Targets are kept beside it, as the user's targets (per region and period).
 *
 * The strategy exists before the data does: an indicator with no values yet is part of the chain.
 * Texts are as the region wrote them, in one language (a region's strategy is written in Swedish);
 * the app shows them as they are in both interface languages.
 */
export interface Strategy {
  /** The strategy's name as the region uses it: "Dalastrategin 2030". */
  readonly name: string;
  /** The region whose strategy it is: a county code ("20"), Riket ("00") or a kommun; undefined: not said. */
  readonly region: string | undefined;
  readonly goalAreas: readonly GoalArea[];
  /** In the order the region wants them shown (within a level and goal area). */
  readonly indicators: readonly StrategyIndicator[];
}

/** A goal area (målområde) of the strategy: "Klimatsmart", "Konkurrenskraftigt". */
export interface GoalArea {
  /** Lowercase ASCII words, unique within the strategy: `klimatsmart`. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /**
   * The RUS priority areas (the `rus` of 1:1 ledger cases) whose funds go to this goal area, as the
   * region writes them; empty by default. One area may fund two goal areas.
   */
  readonly rusAreas: readonly string[];
}

export interface StrategyQuestion {
  readonly kind: QuestionKind;
  readonly text: string;
}

/** An indicator as the region defines it. Its id is the indicator id the data use. */
export interface StrategyIndicator {
  /** Lowercase ASCII words (INDICATOR_ID_PATTERN): the id in the data files. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly chainLevel: ChainLevel;
  readonly direction: Direction;
  /** Ids of the strategy's goal areas the indicator follows; may be empty. */
  readonly goalAreas: readonly string[];
  /** The evaluation question the indicator helps answer; undefined: none yet. */
  readonly question: StrategyQuestion | undefined;
  /** Where the values come from, as the region writes it: "SCB", "Tillväxtverket". */
  readonly source: string;
  readonly decimals: number;
  /** Empty: not said. */
  readonly followUpLevels: readonly FollowUpLevel[];
  /** The region expects values for women and men. */
  readonly genderSplit: boolean;
  /** Kolada's KPI id (`N00999`), when the indicator is one. */
  readonly koladaId: string | undefined;
  /** SCB's table or content id, when the indicator is one. */
  readonly scbId: string | undefined;
}

export const EMPTY_STRATEGY: Strategy = { name: '', region: undefined, goalAreas: [], indicators: [] };
