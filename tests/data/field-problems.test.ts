import { describe, expect, it } from 'vitest';
import { FieldReaders } from '../../src/data/cells/field-readers';
import { IssueCollector } from '../../src/data/issues/issue';
import { ISSUE_CATALOG } from '../../src/data/issues/issue-messages';

/** The messages word for word, as the readers gave them when they wrote the details themselves. */
describe('cell and formula problems: codes the issue catalogue words', () => {
  it('period_invalid, for every reason a period cannot be read', () => {
    const cases = [
      ['bad_quarter', 'kvartal måste vara 1–4', 'the quarter must be 1–4'],
      ['bad_month', 'månad måste vara 01–12', 'the month must be 01–12'],
      [
        'split_year',
        'brutna år (2022/23) stöds inte; ange ett år, kvartal eller en månad',
        'split years (2022/23) are not supported; give a year, quarter or month',
      ],
      ['year_out_of_range', 'året ligger utanför 1900–2100', 'the year is outside 1900–2100'],
      [
        'unrecognised',
        'använd 2023, 2023K1, 2023Q1, 2023M01 eller 2023-01',
        'use 2023, 2023K1, 2023Q1, 2023M01 or 2023-01',
      ],
    ] as const;
    for (const [reason, sv, en] of cases) {
      expect(ISSUE_CATALOG.period_invalid.message({ value: 'x', reason })).toEqual({
        sv: `Perioden ”x” kan inte läsas: ${sv}.`,
        en: `Period ”x” cannot be read: ${en}.`,
      });
    }
  });

  it('value_invalid, for every reason a number cannot be read', () => {
    const cases = [
      ['not_a_number', 'inga siffror att läsa', 'no digits to read'],
      ['several_decimal_separators', 'flera decimaltecken', 'several decimal separators'],
      ['bad_grouping', 'siffergrupperna är inte tre och tre', 'the digit groups are not groups of three'],
      [
        'unit_or_text',
        'talet följs av text eller en enhet; ange bara talet',
        'the number is followed by text or a unit; give the number only',
      ],
      ['not_finite', 'talet är för stort', 'the number is too large'],
    ] as const;
    for (const [reason, sv, en] of cases) {
      expect(ISSUE_CATALOG.value_invalid.message({ value: '12 kr', reason })).toEqual({
        sv: `Värdet ”12 kr” är inte ett tal: ${sv}.`,
        en: `Value ”12 kr” is not a number: ${en}.`,
      });
    }
  });

  it('ledger_amount_invalid: an amount has units of its own and is never negative', () => {
    const cases = [
      ['not_a_number', 'inga siffror att läsa', 'no digits to read'],
      ['several_decimal_separators', 'flera decimaltecken', 'several decimal separators'],
      ['bad_grouping', 'siffergrupperna är inte tre och tre', 'the digit groups are not groups of three'],
      [
        'unit_or_text',
        'okänd enhet eller text; ange kronor, tkr eller mnkr',
        'unknown unit or text; give kronor, tkr or mnkr',
      ],
      ['not_finite', 'talet är för stort', 'the number is too large'],
      ['negative', 'ett belopp kan inte vara negativt', 'an amount cannot be negative'],
    ] as const;
    for (const [reason, sv, en] of cases) {
      expect(ISSUE_CATALOG.ledger_amount_invalid.message({ column: 'Sökt', value: '-5', reason })).toEqual({
        sv: `Beloppet ”-5” i ”Sökt” kan inte läsas: ${sv}. Raden avvisades.`,
        en: `The amount ”-5” in ”Sökt” cannot be read: ${en}. The row was rejected.`,
      });
    }
  });

  it('formula_problem, for every reason a formula cannot be computed', () => {
    const message = ISSUE_CATALOG.formula_problem.message;
    expect(message({ kind: 'unknown_input', indicator: 'kvot', input: 'saknas' })).toEqual({
      sv: 'Indikatorn ”kvot” kan inte beräknas: indikatorn saknas som formeln använder finns inte.',
      en: 'Indicator ”kvot” cannot be computed: indicator saknas, which the formula uses, does not exist.',
    });
    expect(message({ kind: 'cycle', indicator: 'kvot' })).toEqual({
      sv: 'Indikatorn ”kvot” kan inte beräknas: formeln använder sig själv, direkt eller via andra formler.',
      en: 'Indicator ”kvot” cannot be computed: the formula uses itself, directly or through other formulas.',
    });
    expect(message({ kind: 'wrong_arity', indicator: 'kvot' })).toEqual({
      sv: 'Indikatorn ”kvot” kan inte beräknas: formeln har fel antal indikatorer.',
      en: 'Indicator ”kvot” cannot be computed: the formula has the wrong number of indicators.',
    });
  });
});

describe('FieldReaders report a bad period or value with its reason', () => {
  it('gives each problem’s code to the catalogue, which words it', () => {
    const issues = new IssueCollector('f.csv');
    const readers = new FieldReaders(issues, ',');
    expect(readers.period('2023K5', 2, 3)).toBeUndefined();
    expect(readers.period('2022/23', 3, 3)).toBeUndefined();
    expect(readers.value('1,2,3', 4, 4)).toBeUndefined();
    expect(readers.value('12 kr', 5, 4)).toBeUndefined();
    expect(issues.finish().map((i) => [i.code, i.line, i.message.en])).toEqual([
      ['period_invalid', 2, 'Period ”2023K5” cannot be read: the quarter must be 1–4.'],
      [
        'period_invalid',
        3,
        'Period ”2022/23” cannot be read: split years (2022/23) are not supported; give a year, quarter or month.',
      ],
      ['value_invalid', 4, 'Value ”1,2,3” is not a number: several decimal separators.'],
      [
        'value_invalid',
        5,
        'Value ”12 kr” is not a number: the number is followed by text or a unit; give the number only.',
      ],
    ]);
  });
});
