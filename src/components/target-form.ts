import { parsePeriod, periodKey } from '../domain/period';
import { parseValue } from '../data/text/number-parse';
import type { UserTarget } from '../data/workspace/workspace';
import type { FieldProblem } from './use-problem-focus';

/** The fields a failed save can be about: the error describes that field, which gets focus. */
export type TargetField = 'period' | 'value' | 'basePeriod' | 'baseValue';

/** What the target form holds, as typed. */
export interface TargetDraft {
  readonly period: string;
  readonly value: string;
  readonly basePeriod: string;
  readonly baseValue: string;
}

function number(text: string): number | undefined {
  const parsed = parseValue(text.trim(), ',');
  return parsed.kind === 'number' ? parsed.value : undefined;
}

/** The target the form describes for a county and indicator, or what is wrong with it. */
export function readTargetDraft(
  draft: TargetDraft,
  region: string,
  indicator: string,
): { readonly target: UserTarget } | { readonly problem: FieldProblem<TargetField> } {
  const p = parsePeriod(draft.period);
  const v = number(draft.value);
  if (!p.ok || v === undefined)
    return { problem: { key: 'targetInvalid', field: p.ok ? 'value' : 'period' } };
  let baseline: UserTarget['baseline'];
  if (draft.basePeriod.trim() !== '' || draft.baseValue.trim() !== '') {
    const bp = parsePeriod(draft.basePeriod);
    const bv = number(draft.baseValue);
    if (!bp.ok || bv === undefined)
      return { problem: { key: 'targetBaselineInvalid', field: bp.ok ? 'baseValue' : 'basePeriod' } };
    baseline = { period: periodKey(bp.period), value: bv };
  }
  return { target: { region, indicator, period: periodKey(p.period), value: v, baseline } };
}
