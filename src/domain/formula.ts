import type { Lang } from './language';

/**
 * An indicator defined as a formula over other indicators, declared in the catalogue:
 * - ratio: a ÷ b (ansökningstryck = sökta medel ÷ tillgängliga medel);
 * - share: 100 × a ÷ b, in per cent (utbetalningsgrad = utbetalt ÷ beviljat);
 * - sum: a + b + … (projektens totala finansiering = beviljade medel + medfinansiering).
 * Values are computed per region, period and kön from the inputs' values for the same key.
 */
export type FormulaKind = 'ratio' | 'share' | 'sum';

export interface Formula {
  readonly kind: FormulaKind;
  /** Indicator ids: [numerator, denominator] for ratio and share, the terms for sum. */
  readonly of: readonly string[];
}

export const FORMULA_KINDS: readonly FormulaKind[] = ['ratio', 'share', 'sum'];

export function isFormulaKind(value: string): value is FormulaKind {
  return (FORMULA_KINDS as readonly string[]).includes(value);
}

/** Why a formula gave no value for a key. */
export type FormulaGap = 'input_missing' | 'zero_denominator';

export type FormulaResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly gap: FormulaGap; readonly input: string };

/**
 * The formula's value from its inputs' values (undefined: no value for that key). A missing input
 * or a zero denominator gives no value and says why: never Infinity, never NaN.
 */
export function evaluateFormula(
  formula: Formula,
  valueOf: (id: string) => number | undefined,
): FormulaResult {
  const values = formula.of.map((id) => valueOf(id));
  const missing = formula.of.findIndex((_, i) => {
    const v = values[i];
    return v === undefined || !Number.isFinite(v);
  });
  if (missing >= 0) return { ok: false, gap: 'input_missing', input: formula.of[missing] ?? '' };
  if (formula.kind === 'sum') return { ok: true, value: values.reduce<number>((s, v) => s + (v ?? 0), 0) };
  const [a = 0, b = 0] = values as number[];
  if (b === 0) return { ok: false, gap: 'zero_denominator', input: formula.of[1] ?? '' };
  const value = formula.kind === 'share' ? (100 * a) / b : a / b;
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, gap: 'zero_denominator', input: formula.of[1] ?? '' };
}

/** The formula in words, with the inputs' names: "Sökta 1:1-medel ÷ Tillgängliga 1:1-medel". */
export function formulaText(formula: Formula, nameOf: (id: string) => string, lang: Lang): string {
  const names = formula.of.map(nameOf);
  if (formula.kind === 'sum') return names.join(' + ');
  const [a = '', b = ''] = names;
  if (formula.kind === 'share')
    return lang === 'sv' ? `${a} ÷ ${b} × 100 (procent)` : `${a} ÷ ${b} × 100 (per cent)`;
  return `${a} ÷ ${b}`;
}

/** Structural problems of a set of formulas: an input that is not an indicator, or a cycle. */
export type FormulaProblem =
  | { readonly kind: 'unknown_input'; readonly indicator: string; readonly input: string }
  | { readonly kind: 'wrong_arity'; readonly indicator: string }
  | { readonly kind: 'cycle'; readonly indicator: string };

/**
 * The formulas in an order where every input is computed before it is used, and the problems of
 * those that cannot be computed (each left out, with its dependants).
 */
export function formulaOrder(
  formulas: ReadonlyMap<string, Formula>,
  known: ReadonlySet<string>,
): { order: string[]; problems: FormulaProblem[] } {
  const problems: FormulaProblem[] = [];
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done' | 'bad'>();
  const visit = (id: string): boolean => {
    const s = state.get(id);
    if (s === 'done') return true;
    if (s === 'bad') return false;
    if (s === 'visiting') {
      problems.push({ kind: 'cycle', indicator: id });
      state.set(id, 'bad');
      return false;
    }
    const formula = formulas.get(id);
    if (!formula) return known.has(id);
    state.set(id, 'visiting');
    const arityOk = formula.kind === 'sum' ? formula.of.length >= 2 : formula.of.length === 2;
    if (!arityOk) {
      problems.push({ kind: 'wrong_arity', indicator: id });
      state.set(id, 'bad');
      return false;
    }
    for (const input of formula.of) {
      if (!formulas.has(input) && !known.has(input)) {
        problems.push({ kind: 'unknown_input', indicator: id, input });
        state.set(id, 'bad');
        return false;
      }
      if (!visit(input)) {
        if (state.get(id) !== 'bad') state.set(id, 'bad');
        return false;
      }
    }
    state.set(id, 'done');
    order.push(id);
    return true;
  };
  for (const id of formulas.keys()) visit(id);
  return { order, problems };
}

/** The ids in `base` and every formula indicator that uses one of them, directly or through others. */
export function formulaUsers(formulas: ReadonlyMap<string, Formula>, base: ReadonlySet<string>): Set<string> {
  const users = new Set(base);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, formula] of formulas) {
      if (!users.has(id) && formula.of.some((input) => users.has(input))) {
        users.add(id);
        grew = true;
      }
    }
  }
  return users;
}
