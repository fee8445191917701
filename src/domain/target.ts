import type { Direction } from './indicator';
import type { SourceRef } from './observation';
import { periodMidpoint, type Period } from './period';

/** A value set for a region and indicator at a period, on the indicator's chain level. */
export interface Target {
  /** SCB code of the region ("00" for Riket). */
  readonly region: string;
  readonly indicator: string;
  readonly period: Period;
  readonly value: number;
  /** Where the path to the target starts, if the target says. */
  readonly baseline: { readonly period: Period; readonly value: number } | undefined;
  readonly source: SourceRef | undefined;
}

export type TargetStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_target' | 'no_data';

export const TARGET_STATUSES: readonly TargetStatus[] = [
  'on_track',
  'at_risk',
  'off_track',
  'no_target',
  'no_data',
];

export interface PathPoint {
  /** Fractional year (period midpoint). */
  readonly time: number;
  readonly value: number;
  readonly period: Period;
  readonly kind: 'baseline' | 'target';
}

/**
 * The path from the baseline through each target, in time order. The baseline is the earliest
 * target's own baseline; failing that, `fallbackBaseline` (the series' first observation) when it
 * lies before the first target; failing that, the path starts at the first target.
 */
export function targetPath(
  targets: readonly Target[],
  fallbackBaseline?: { readonly period: Period; readonly value: number },
): PathPoint[] {
  if (targets.length === 0) return [];
  const points: PathPoint[] = targets
    .map((t) => ({
      time: periodMidpoint(t.period),
      value: t.value,
      period: t.period,
      kind: 'target' as const,
    }))
    .sort((a, b) => a.time - b.time);
  const first = points[0];
  const earliest = [...targets].sort((a, b) => periodMidpoint(a.period) - periodMidpoint(b.period))[0];
  const baseline = earliest?.baseline ?? fallbackBaseline;
  if (first && baseline && periodMidpoint(baseline.period) < first.time) {
    points.unshift({
      time: periodMidpoint(baseline.period),
      value: baseline.value,
      period: baseline.period,
      kind: 'baseline',
    });
  }
  return points;
}

/** The value the path expects at `time`: interpolated between points, flat after the last target. */
export function expectedValueAt(path: readonly PathPoint[], time: number): number | undefined {
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last) return undefined;
  if (time >= last.time) return last.value;
  if (time <= first.time) return first.value;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    if (a && b && time <= b.time) {
      const share = (time - a.time) / (b.time - a.time);
      return a.value + (b.value - a.value) * share;
    }
  }
  return last.value;
}

export interface StatusOptions {
  /**
   * Share of the planned change (previous path point to the target in effect) that a value may lag
   * the path and still count as "at risk" rather than "off track". Default 0.1 (10 %).
   */
  readonly tolerance?: number;
}

export interface StatusResult {
  readonly status: TargetStatus;
  /** What the path expects at the observation's period. */
  readonly expected: number | undefined;
  /** The target in effect: the next target at or after the period, or the last one. */
  readonly target: PathPoint | undefined;
}

/**
 * Status of one observed value against its target path, aware of the indicator's direction.
 * On track: at or beyond the path in the good direction (for neutral indicators: within the band).
 * At risk: behind the path by no more than the tolerance band. Off track: further behind.
 */
export function statusAgainstTarget(
  value: number | null,
  period: Period,
  direction: Direction,
  path: readonly PathPoint[],
  options: StatusOptions = {},
): StatusResult {
  const targets = path.filter((p) => p.kind === 'target');
  if (targets.length === 0) return { status: 'no_target', expected: undefined, target: undefined };
  const time = periodMidpoint(period);
  const target = targets.find((p) => p.time >= time) ?? targets[targets.length - 1];
  const expected = expectedValueAt(path, time);
  if (value === null || !Number.isFinite(value)) return { status: 'no_data', expected, target };
  if (expected === undefined || target === undefined) return { status: 'no_target', expected, target };

  const index = path.indexOf(target);
  const from = index > 0 ? path[index - 1] : undefined;
  const plannedChange = Math.abs(target.value - (from?.value ?? target.value));
  const band = Math.max((options.tolerance ?? 0.1) * plannedChange, 0.01 * Math.abs(target.value));
  const diff = value - expected;
  // Interpolation is floating point: a value exactly on the path must not fall behind it by rounding.
  const epsilon = 1e-9 * Math.max(1, Math.abs(expected));

  let status: TargetStatus;
  if (direction === 'neutral') {
    const distance = Math.abs(diff);
    status =
      distance <= band + epsilon ? 'on_track' : distance <= 2 * band + epsilon ? 'at_risk' : 'off_track';
  } else {
    const ahead = direction === 'higher_is_better' ? diff : -diff;
    status = ahead >= -epsilon ? 'on_track' : ahead >= -band - epsilon ? 'at_risk' : 'off_track';
  }
  return { status, expected, target };
}
