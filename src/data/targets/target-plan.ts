import type { UserTarget } from '../workspace/workspace';

/** What adding one target does to the user's targets. */
export type TargetChangeKind = 'new' | 'replace' | 'same';

export interface TargetChange {
  readonly target: UserTarget;
  readonly kind: TargetChangeKind;
  /** The user's target of the same region, indicator and period that this one replaces. */
  readonly previous: UserTarget | undefined;
}

/** One target per region, indicator and period: the key the workspace replaces by. */
export function targetKey(target: UserTarget): string {
  return `${target.region}\u0000${target.indicator}\u0000${target.period}`;
}

function sameTarget(a: UserTarget, b: UserTarget): boolean {
  return (
    a.value === b.value &&
    a.baseline?.period === b.baseline?.period &&
    a.baseline?.value === b.baseline?.value
  );
}

/** For each target to add: new, replacing the user's target of its region, indicator and year, or the same as it. */
export function planTargets(
  adding: readonly UserTarget[],
  existing: readonly UserTarget[],
): readonly TargetChange[] {
  const byKey = new Map(existing.map((t) => [targetKey(t), t]));
  return adding.map((target) => {
    const previous = byKey.get(targetKey(target));
    const kind: TargetChangeKind =
      previous === undefined ? 'new' : sameTarget(previous, target) ? 'same' : 'replace';
    return { target, kind, previous };
  });
}
