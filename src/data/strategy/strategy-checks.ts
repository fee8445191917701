import { INDICATOR_ID_PATTERN } from '../../domain/indicator';
import { parsePeriod, periodKey } from '../../domain/period';
import { resolveRegion } from '../../domain/region-resolver';
import { isWellFormed } from '../text/well-formed';

/**
 * The checks a strategy file's values pass, from JSON or from a workbook alike: a value that fails one
 * never reaches the strategy.
 */

/** Text that may be shown and stored: a string of well-formed Unicode. */
export function wellFormedText(value: unknown): string | undefined {
  return typeof value === 'string' && isWellFormed(value) ? value : undefined;
}

export const isStrategyId = (value: string): boolean => INDICATOR_ID_PATTERN.test(value);

/** A region's code from a code or a name (`20`, `Dalarna`, `Region Dalarna`, `2080`). */
export function regionCode(raw: string): string | undefined {
  const resolved = resolveRegion(raw);
  return resolved.ok ? resolved.region.code : undefined;
}

/** A period's normalised key (`2030`, `2030-Q1`) from a text or a whole number. */
export function periodKeyOf(raw: unknown): string | undefined {
  const text = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw;
  if (typeof text !== 'string') return undefined;
  const parsed = parsePeriod(text);
  return parsed.ok ? periodKey(parsed.period) : undefined;
}

export const MAX_DECIMALS = 10;
export const DEFAULT_DECIMALS = 1;

export function decimalsOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_DECIMALS ? n : undefined;
}

/** A value as it reads in a message. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '—';
  return JSON.stringify(value) ?? String(value);
}

/**
 * Ids made from names: ASCII, lowercase words joined by `_`, a letter first, unique among `taken`
 * (a number is added when needed). `Nyföretagande (per 1 000 inv.)` → `nyforetagande_per_1_000_inv`.
 */
export function idFromName(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60)
      .replace(/_+$/, '') || fallback;
  const start = /^[a-z]/.test(base) ? base : `${fallback}_${base}`;
  if (!taken.has(start)) return start;
  for (let n = 2; ; n++) if (!taken.has(`${start}_${n}`)) return `${start}_${n}`;
}
