import type { ChainLevel } from './chain-levels';
import type { Formula } from './formula';
import type { LocalizedText } from './language';

/** Which way is good for an indicator. Decides how status against a target is read. */
export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';

export const DIRECTIONS: readonly Direction[] = ['higher_is_better', 'lower_is_better', 'neutral'];

/** Process questions follow implementation; summative questions follow results on a chain level. */
export type QuestionKind = 'process' | 'summative';

export interface EvaluationQuestion {
  readonly kind: QuestionKind;
  readonly text: LocalizedText;
}

export interface Indicator {
  /** Lowercase ASCII words: `nyforetagande`, `ansokningstryck`. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly unit: LocalizedText;
  readonly chainLevel: ChainLevel;
  readonly direction: Direction;
  readonly question: EvaluationQuestion;
  readonly source: string;
  /** Decimals to show. */
  readonly decimals: number;
  /**
   * How Riket relates to the län: 'mean' for rates, shares and averages (Riket is comparable with a
   * county), 'sum' for amounts and counts (Riket is the sum and is not drawn on a county's scale).
   */
  readonly aggregation: Aggregation;
  readonly description: LocalizedText | undefined;
  /** Set for an indicator computed from others (a ratio, share or sum), shown to the user. */
  readonly formula: Formula | undefined;
  /**
   * False for an input that exists to feed formulas (the ledger's sums): it can be chosen in the
   * Indikator and Finansiering views but has no card on Län, no column in Jämför.
   */
  readonly listed: boolean;
  /**
   * True for a cohort measure whose value for a period keeps growing after it (utbetalningsgrad by
   * decision year): a change between periods compares cohorts of different ages and is not shown.
   */
  readonly cohort: boolean;
  /**
   * The levels of the results matrix at which the indicator is followed (nationell, regional,
   * lokal); undefined when the catalogue does not say.
   */
  readonly followUpLevels?: readonly FollowUpLevel[];
}

/** The three levels of the results matrix (resultatmatrisen): the country, the county, the kommun. */
export type FollowUpLevel = 'nationell' | 'regional' | 'lokal';

export const FOLLOW_UP_LEVELS: readonly FollowUpLevel[] = ['nationell', 'regional', 'lokal'];

export type Aggregation = 'mean' | 'sum';

export const INDICATOR_ID_PATTERN = /^[a-z][a-z0-9_]*$/;

export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}
