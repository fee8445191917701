import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/domain/indicator';
import type { Period } from '../../src/domain/period';
import {
  expectedValueAt,
  statusAgainstTarget,
  targetPath,
  type PathPoint,
  type Target,
  type TargetStatus,
} from '../../src/domain/target';

const year = (y: number): Period => ({ granularity: 'year', year: y, sub: 0 });
const quarter = (y: number, q: number): Period => ({ granularity: 'quarter', year: y, sub: q });

function target(y: number, value: number, baseline?: { year: number; value: number }): Target {
  return {
    region: '20',
    indicator: 'nyforetagande',
    period: year(y),
    value,
    baseline: baseline ? { period: year(baseline.year), value: baseline.value } : undefined,
    source: undefined,
  };
}

function status(
  value: number | null,
  y: number,
  direction: Direction,
  path: readonly PathPoint[],
): TargetStatus {
  return statusAgainstTarget(value, year(y), direction, path).status;
}

describe('targetPath', () => {
  it('is empty without targets, even with a fallback baseline', () => {
    expect(targetPath([], { period: year(2020), value: 1 })).toEqual([]);
  });

  it("starts at the earliest target's baseline and runs through the targets in time order", () => {
    const path = targetPath([target(2030, 20), target(2025, 15, { year: 2020, value: 10 })]);
    expect(path.map((p) => [p.kind, p.period.year, p.value])).toEqual([
      ['baseline', 2020, 10],
      ['target', 2025, 15],
      ['target', 2030, 20],
    ]);
    // Times are period midpoints.
    expect(path.map((p) => p.time)).toEqual([2020.5, 2025.5, 2030.5]);
  });

  it('without a baseline starts at the first target', () => {
    const path = targetPath([target(2030, 20)]);
    expect(path).toHaveLength(1);
    expect(path[0]).toMatchObject({ kind: 'target', value: 20 });
  });

  it('uses the fallback baseline when the targets give none and it lies before the first target', () => {
    const path = targetPath([target(2030, 20)], { period: year(2019), value: 8 });
    expect(path.map((p) => [p.kind, p.period.year, p.value])).toEqual([
      ['baseline', 2019, 8],
      ['target', 2030, 20],
    ]);
  });

  it('ignores a fallback baseline at or after the first target', () => {
    expect(targetPath([target(2030, 20)], { period: year(2030), value: 8 })).toHaveLength(1);
    expect(targetPath([target(2030, 20)], { period: year(2031), value: 8 })).toHaveLength(1);
  });

  it("prefers the target's own baseline over the fallback", () => {
    const path = targetPath([target(2030, 20, { year: 2020, value: 10 })], { period: year(2018), value: 5 });
    expect(path[0]).toMatchObject({ kind: 'baseline', value: 10, period: year(2020) });
  });
});

describe('expectedValueAt', () => {
  const path = targetPath([target(2030, 20, { year: 2020, value: 10 })]);

  it('interpolates linearly: baseline 2020 = 10, target 2030 = 20 → 2025 expects 15', () => {
    expect(expectedValueAt(path, 2025.5)).toBe(15);
    expect(expectedValueAt(path, 2022.5)).toBeCloseTo(12, 12);
  });

  it('is flat after the last target and before the first point', () => {
    expect(expectedValueAt(path, 2035.5)).toBe(20);
    expect(expectedValueAt(path, 2010)).toBe(10);
  });

  it('follows each segment of a path with several targets', () => {
    const twoStep = targetPath([target(2022, 100, { year: 2020, value: 0 }), target(2030, 110)]);
    expect(expectedValueAt(twoStep, 2021.5)).toBe(50);
    expect(expectedValueAt(twoStep, 2026.5)).toBe(105);
  });

  it('is undefined for an empty path', () => {
    expect(expectedValueAt([], 2025)).toBeUndefined();
  });
});

describe('statusAgainstTarget', () => {
  // Planned change 10, so the band is max(10 % of 10, 1 % of 20) = 1; 2025 expects 15.
  const rising = targetPath([target(2030, 20, { year: 2020, value: 10 })]);
  // Planned change 10 downwards: band max(1, 1 % of 10) = 1; 2025 expects 15.
  const falling = targetPath([target(2030, 10, { year: 2020, value: 20 })]);

  it('higher is better: on the path or above is on track, up to one band behind at risk, further off track', () => {
    expect(status(15, 2025, 'higher_is_better', rising)).toBe('on_track');
    expect(status(18, 2025, 'higher_is_better', rising)).toBe('on_track');
    expect(status(14.5, 2025, 'higher_is_better', rising)).toBe('at_risk');
    expect(status(14, 2025, 'higher_is_better', rising)).toBe('at_risk');
    expect(status(13.99, 2025, 'higher_is_better', rising)).toBe('off_track');
  });

  it('lower is better: the mirror image', () => {
    expect(status(15, 2025, 'lower_is_better', falling)).toBe('on_track');
    expect(status(12, 2025, 'lower_is_better', falling)).toBe('on_track');
    expect(status(15.5, 2025, 'lower_is_better', falling)).toBe('at_risk');
    expect(status(16, 2025, 'lower_is_better', falling)).toBe('at_risk');
    expect(status(16.01, 2025, 'lower_is_better', falling)).toBe('off_track');
    // Above the path is good for "higher", bad for "lower".
    expect(status(17, 2025, 'higher_is_better', falling)).toBe('on_track');
  });

  it('neutral: within one band either side on track, within two at risk, beyond off track', () => {
    expect(status(16, 2025, 'neutral', rising)).toBe('on_track');
    expect(status(14, 2025, 'neutral', rising)).toBe('on_track');
    expect(status(16.5, 2025, 'neutral', rising)).toBe('at_risk');
    expect(status(13, 2025, 'neutral', rising)).toBe('at_risk');
    expect(status(17.01, 2025, 'neutral', rising)).toBe('off_track');
    expect(status(12.99, 2025, 'neutral', rising)).toBe('off_track');
  });

  it('reports the expected value and the target in effect', () => {
    const result = statusAgainstTarget(15, year(2025), 'higher_is_better', rising);
    expect(result.expected).toBe(15);
    expect(result.target).toMatchObject({ kind: 'target', value: 20, period: year(2030) });
  });

  it('the band is at least 1 % of |target| when the planned change is small', () => {
    // 100 → 100.5: 10 % of 0.5 is 0.05, 1 % of 100.5 is 1.005; 2025 expects 100.25.
    const flat = targetPath([target(2030, 100.5, { year: 2020, value: 100 })]);
    expect(status(99.25, 2025, 'higher_is_better', flat)).toBe('at_risk');
    expect(status(99.2, 2025, 'higher_is_better', flat)).toBe('off_track');
  });

  it('the band comes from the segment of the target in effect', () => {
    // 0 → 100 by 2022, then 100 → 110 by 2030. In 2026 the 2030 target is in effect: band max(1, 1.1) = 1.1, expected 105.
    const twoStep = targetPath([target(2022, 100, { year: 2020, value: 0 }), target(2030, 110)]);
    expect(status(103.9, 2026, 'higher_is_better', twoStep)).toBe('at_risk');
    expect(status(103.8, 2026, 'higher_is_better', twoStep)).toBe('off_track');
    expect(statusAgainstTarget(103.9, year(2026), 'higher_is_better', twoStep).target?.value).toBe(110);
  });

  it('a custom tolerance widens the band', () => {
    expect(statusAgainstTarget(12, year(2025), 'higher_is_better', rising, { tolerance: 0.3 }).status).toBe(
      'at_risk',
    );
    expect(statusAgainstTarget(12, year(2025), 'higher_is_better', rising).status).toBe('off_track');
  });

  it('after the last target the path is flat at the target', () => {
    expect(statusAgainstTarget(20, year(2033), 'higher_is_better', rising)).toMatchObject({
      status: 'on_track',
      expected: 20,
    });
    expect(status(19, 2033, 'higher_is_better', rising)).toBe('at_risk');
    expect(status(18.9, 2033, 'higher_is_better', rising)).toBe('off_track');
  });

  it('a lone target without baseline: band 1 % of the target', () => {
    const lone = targetPath([target(2030, 20)]);
    expect(statusAgainstTarget(20, year(2025), 'higher_is_better', lone)).toMatchObject({
      status: 'on_track',
      expected: 20,
    });
    expect(status(19.8, 2025, 'higher_is_better', lone)).toBe('at_risk');
    expect(status(19.7, 2025, 'higher_is_better', lone)).toBe('off_track');
  });

  it('a value exactly on the path is on track despite floating point', () => {
    // 0.1 in 2020 to 0.4 in 2023: 2022 lies two thirds of the way, so the path is at 0.3 exactly,
    // but the interpolation computes 0.30000000000000004: 0.3 looks a hair behind for "higher is better".
    const rising3 = targetPath([target(2023, 0.4, { year: 2020, value: 0.1 })]);
    expect(expectedValueAt(rising3, 2022.5)).not.toBe(0.3);
    expect(status(0.3, 2022, 'higher_is_better', rising3)).toBe('on_track');
    // 0.1 in 2020 to 0.7 in 2024: 2023 is at 0.55 exactly, computed as 0.5499999999999999: 0.55 looks a
    // hair behind for "lower is better".
    const rising4 = targetPath([target(2024, 0.7, { year: 2020, value: 0.1 })]);
    expect(expectedValueAt(rising4, 2023.5)).not.toBe(0.55);
    expect(status(0.55, 2023, 'lower_is_better', rising4)).toBe('on_track');
    expect(status(0.55, 2023, 'neutral', rising4)).toBe('on_track');
  });

  it('works with quarterly periods against yearly targets', () => {
    // 2025-Q1 is centred on 2025.125: expected 10 + 10 × (2025.125 − 2020.5) / 10 = 14.625.
    const result = statusAgainstTarget(14.625, quarter(2025, 1), 'higher_is_better', rising);
    expect(result.expected).toBeCloseTo(14.625, 12);
    expect(result.status).toBe('on_track');
  });

  it('no_target without targets, no_data without a value', () => {
    expect(statusAgainstTarget(5, year(2025), 'higher_is_better', [])).toEqual({
      status: 'no_target',
      expected: undefined,
      target: undefined,
    });
    const noValue = statusAgainstTarget(null, year(2025), 'higher_is_better', rising);
    expect(noValue.status).toBe('no_data');
    expect(noValue.expected).toBe(15);
    expect(status(Number.NaN, 2025, 'higher_is_better', rising)).toBe('no_data');
  });
});
