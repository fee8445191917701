import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaOrder, formulaText, type Formula } from '../../src/domain/formula';

const values = (map: Record<string, number | undefined>) => (id: string) => map[id];

describe('evaluateFormula (hand-computed)', () => {
  const ratio: Formula = { kind: 'ratio', of: ['sokt', 'ram'] };
  const share: Formula = { kind: 'share', of: ['utbetalt', 'beviljat'] };
  const sum: Formula = { kind: 'sum', of: ['beviljat', 'medfinansiering'] };

  it('ratio, share and sum', () => {
    expect(evaluateFormula(ratio, values({ sokt: 5.3, ram: 4 }))).toEqual({ ok: true, value: 1.325 });
    expect(evaluateFormula(share, values({ utbetalt: 1.5, beviljat: 2.5 }))).toEqual({ ok: true, value: 60 });
    expect(evaluateFormula(sum, values({ beviljat: 2.7, medfinansiering: 3.8 }))).toEqual({
      ok: true,
      value: 6.5,
    });
  });

  it('a zero denominator is no value, never Infinity or NaN — also 0 ÷ 0', () => {
    expect(evaluateFormula(ratio, values({ sokt: 1.2, ram: 0 }))).toEqual({
      ok: false,
      gap: 'zero_denominator',
      input: 'ram',
    });
    expect(evaluateFormula(share, values({ utbetalt: 0, beviljat: 0 }))).toEqual({
      ok: false,
      gap: 'zero_denominator',
      input: 'beviljat',
    });
  });

  it('a missing input (no observation, or a marker) is no value and names the input', () => {
    expect(evaluateFormula(ratio, values({ sokt: 1.2 }))).toEqual({
      ok: false,
      gap: 'input_missing',
      input: 'ram',
    });
    expect(evaluateFormula(sum, values({ beviljat: undefined, medfinansiering: 1 }))).toEqual({
      ok: false,
      gap: 'input_missing',
      input: 'beviljat',
    });
    expect(evaluateFormula(ratio, values({ sokt: NaN, ram: 2 }))).toEqual({
      ok: false,
      gap: 'input_missing',
      input: 'sokt',
    });
  });

  it('a zero numerator is a real 0', () => {
    expect(evaluateFormula(ratio, values({ sokt: 0, ram: 4 }))).toEqual({ ok: true, value: 0 });
  });
});

describe('formulaText', () => {
  const names: Record<string, string> = { a: 'Sökta medel', b: 'Ram', c: 'Medfinansiering' };
  it('says the formula in words with the inputs’ names', () => {
    expect(formulaText({ kind: 'ratio', of: ['a', 'b'] }, (id) => names[id] ?? id, 'sv')).toBe(
      'Sökta medel ÷ Ram',
    );
    expect(formulaText({ kind: 'share', of: ['a', 'b'] }, (id) => names[id] ?? id, 'sv')).toBe(
      'Sökta medel ÷ Ram × 100 (procent)',
    );
    expect(formulaText({ kind: 'sum', of: ['a', 'b', 'c'] }, (id) => names[id] ?? id, 'en')).toBe(
      'Sökta medel + Ram + Medfinansiering',
    );
  });
});

describe('formulaOrder', () => {
  it('computes inputs first, formulas of formulas included', () => {
    const formulas = new Map<string, Formula>([
      ['uppvaxling', { kind: 'ratio', of: ['total', 'beviljat'] }],
      ['total', { kind: 'sum', of: ['beviljat', 'medfin'] }],
    ]);
    const { order, problems } = formulaOrder(formulas, new Set(['beviljat', 'medfin']));
    expect(order).toEqual(['total', 'uppvaxling']);
    expect(problems).toEqual([]);
  });

  it('reports an unknown input, a cycle and a wrong arity, and leaves their dependants out', () => {
    const formulas = new Map<string, Formula>([
      ['a', { kind: 'ratio', of: ['b', 'x'] }],
      ['b', { kind: 'ratio', of: ['a', 'x'] }],
      ['c', { kind: 'ratio', of: ['okand', 'x'] }],
      ['d', { kind: 'share', of: ['x'] }],
      ['e', { kind: 'ratio', of: ['c', 'x'] }],
      ['f', { kind: 'ratio', of: ['x', 'x'] }],
    ]);
    const { order, problems } = formulaOrder(formulas, new Set(['x']));
    expect(order).toEqual(['f']);
    expect(problems).toContainEqual({ kind: 'cycle', indicator: 'a' });
    expect(problems).toContainEqual({ kind: 'unknown_input', indicator: 'c', input: 'okand' });
    expect(problems).toContainEqual({ kind: 'wrong_arity', indicator: 'd' });
  });
});
