/** The shape of one indicator definition in data/indicators.json, as src/data/catalogue.ts reads it. */
import type { ChainLevel } from '../../src/domain/chain-levels';
import type { FormulaKind } from '../../src/domain/formula';
import type { Direction, FollowUpLevel, QuestionKind } from '../../src/domain/indicator';

export interface Text {
  readonly sv: string;
  readonly en: string;
}

export interface IndicatorDefinition {
  readonly id: string;
  readonly name: Text;
  readonly unit: Text;
  readonly chainLevel: ChainLevel;
  readonly direction: Direction;
  readonly question: { readonly kind: QuestionKind } & Text;
  readonly source: string;
  readonly decimals: number;
  /** 'sum': Riket is the sum of the län (amounts, counts), not comparable on a county's scale. */
  readonly aggregation?: 'sum';
  /** An indicator the app computes from others: ratio a ÷ b, share 100 × a ÷ b, or the sum of the terms. */
  readonly formula?: { readonly kind: FormulaKind; readonly of: readonly string[] };
  /** false: an input of formulas (a ledger sum), with no card of its own. Written only when false. */
  readonly listed?: false;
  /** true: a cohort measure (its latest periods still grow), not compared period to period. Written only when true. */
  readonly cohort?: true;
  readonly description: Text;
  /** The levels of the results matrix the indicator is followed at (see FOLLOW_UP in catalogue.ts). */
  readonly followUpLevels?: readonly FollowUpLevel[];
}

const INVENTED = 'Exempeldata (påhittad)';

/** The source text of an invented series: "Exempeldata (påhittad), förebild: …". */
export const source = (model: string): string => `${INVENTED}, förebild: ${model}`;
