/**
 * The per-case draws of the invented 1:1 ledger: sizes, support types, payments by cohort,
 * co-financing and its sources, and picking cases whose amounts add up to a target share.
 */
import type { SupportType } from '../../src/domain/ledger';
import type { Random } from './random';

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
export const thousands = (kr: number): number => Math.round(kr / 1000) * 1000;
export const thousandsUp = (kr: number): number => Math.ceil(kr / 1000) * 1000;
export const thousandsDown = (kr: number): number => Math.floor(kr / 1000) * 1000;

/** A case's relative size by support type: project support largest, commercial service small. */
export function size(rng: Random, type: SupportType): number {
  if (type === 'kommersiell_service') return 0.04 * (0.5 + rng.next());
  const root = 0.45 + 1.3 * rng.next();
  const spread = root * root;
  return type === 'projektstod' ? spread : 0.3 * spread;
}

export function drawType(rng: Random): SupportType {
  const r = rng.next();
  return r < 0.55 ? 'projektstod' : r < 0.95 ? 'foretagsstod' : 'kommersiell_service';
}

/** Indices whose amounts add up to about `target`: taken in the given order while they fit. */
export function pickForTarget(
  amounts: readonly number[],
  order: readonly number[],
  target: number,
): Set<number> {
  const chosen = new Set<number>();
  let sum = 0;
  for (const i of order) {
    const a = amounts[i] ?? 0;
    if (sum + a <= target + a / 2) {
      chosen.add(i);
      sum += a;
    }
  }
  return chosen;
}

/** Largest first, loosely: so that few, big cases carry the funds not tied to RUS. */
export function looselyLargestFirst(rng: Random, amounts: readonly number[]): number[] {
  const keys = amounts.map((a) => a * rng.uniform(0.5, 1.5));
  return amounts.map((_, i) => i).sort((a, b) => (keys[b] ?? 0) - (keys[a] ?? 0) || a - b);
}

/** Paid so far of a case granted `age` years before the last year: the decision-year cohort. */
export function paidShare(rng: Random, age: number): number {
  if (age <= 0) return rng.chance(0.4) ? 0 : rng.uniform(0.05, 0.3);
  if (age === 1) return rng.uniform(0.15, 0.65);
  if (age === 2) return rng.uniform(0.45, 0.95);
  return rng.chance(0.7) ? 1 : rng.uniform(0.75, 0.99);
}

/** Co-financing above the 1:1 krona itself, before scaling: company support brings the most. */
export function extraFinancing(rng: Random, type: SupportType): number {
  if (type === 'foretagsstod') return rng.uniform(1, 4);
  if (type === 'kommersiell_service') return rng.uniform(0.05, 0.6);
  return rng.uniform(0.1, 1.6);
}

/** A case's co-financing split over eu, statlig, regional, kommunal, privat (whole thousands, exact total). */
export function splitFinancing(rng: Random, type: SupportType, total: number): number[] {
  const w =
    type === 'projektstod'
      ? [
          rng.chance(0.55) ? rng.uniform(0.3, 0.6) : 0,
          rng.chance(0.2) ? rng.uniform(0.05, 0.2) : 0,
          rng.uniform(0.1, 0.35),
          rng.uniform(0.1, 0.35),
          rng.chance(0.3) ? rng.uniform(0.02, 0.15) : 0,
        ]
      : type === 'foretagsstod'
        ? [
            rng.chance(0.1) ? rng.uniform(0.05, 0.2) : 0,
            rng.chance(0.1) ? rng.uniform(0.05, 0.15) : 0,
            0,
            0,
            rng.uniform(0.9, 1),
          ]
        : [0, 0, 0, rng.uniform(0.3, 0.6), rng.uniform(0.4, 0.7)];
  const sum = w.reduce((s, v) => s + v, 0);
  const largest = w.indexOf(Math.max(...w));
  const parts = w.map((v) => thousandsDown((total * v) / sum));
  parts[largest] = total - parts.reduce((s, v, i) => (i === largest ? s : s + v), 0);
  return parts;
}
