import type { FormulaProblem } from '../../domain/formula';
import type { LocalizedText } from '../../domain/language';
import type { PeriodProblem } from '../../domain/period';
import type { AmountParse } from '../text/amount-parse';
import type { InvalidNumberReason } from '../text/number-parse';

/**
 * Why a cell (a period, a number, an amount) or a formula could not be read, as the codes the
 * readers give: the issue catalogue words them inside its messages.
 */

export const PERIOD_PROBLEMS: Readonly<Record<PeriodProblem, LocalizedText>> = {
  bad_quarter: { sv: 'kvartal måste vara 1–4', en: 'the quarter must be 1–4' },
  bad_month: { sv: 'månad måste vara 01–12', en: 'the month must be 01–12' },
  split_year: {
    sv: 'brutna år (2022/23) stöds inte; ange ett år, kvartal eller en månad',
    en: 'split years (2022/23) are not supported; give a year, quarter or month',
  },
  year_out_of_range: { sv: 'året ligger utanför 1900–2100', en: 'the year is outside 1900–2100' },
  unrecognised: {
    sv: 'använd 2023, 2023K1, 2023Q1, 2023M01 eller 2023-01',
    en: 'use 2023, 2023K1, 2023Q1, 2023M01 or 2023-01',
  },
};

export const NUMBER_PROBLEMS: Readonly<Record<InvalidNumberReason, LocalizedText>> = {
  not_a_number: { sv: 'inga siffror att läsa', en: 'no digits to read' },
  several_decimal_separators: { sv: 'flera decimaltecken', en: 'several decimal separators' },
  bad_grouping: { sv: 'siffergrupperna är inte tre och tre', en: 'the digit groups are not groups of three' },
  unit_or_text: {
    sv: 'talet följs av text eller en enhet; ange bara talet',
    en: 'the number is followed by text or a unit; give the number only',
  },
  not_finite: { sv: 'talet är för stort', en: 'the number is too large' },
};

export type AmountProblem = Extract<AmountParse, { readonly kind: 'invalid' }>['reason'];

/** An amount is a number with a unit of its own (kr, tkr, mnkr), and never below 0. */
export const AMOUNT_PROBLEMS: Readonly<Record<AmountProblem, LocalizedText>> = {
  ...NUMBER_PROBLEMS,
  unit_or_text: {
    sv: 'okänd enhet eller text; ange kronor, tkr eller mnkr',
    en: 'unknown unit or text; give kronor, tkr or mnkr',
  },
  negative: { sv: 'ett belopp kan inte vara negativt', en: 'an amount cannot be negative' },
};

/** Why an indicator's formula cannot be computed. */
export function formulaProblem(p: FormulaProblem): LocalizedText {
  switch (p.kind) {
    case 'unknown_input':
      return {
        sv: `indikatorn ${p.input} som formeln använder finns inte`,
        en: `indicator ${p.input}, which the formula uses, does not exist`,
      };
    case 'cycle':
      return {
        sv: 'formeln använder sig själv, direkt eller via andra formler',
        en: 'the formula uses itself, directly or through other formulas',
      };
    case 'wrong_arity':
      return {
        sv: 'formeln har fel antal indikatorer',
        en: 'the formula has the wrong number of indicators',
      };
  }
}
