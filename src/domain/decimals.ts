/**
 * How many decimals a value is shown with. A file says it (JSON-stat's `unit.decimals`, the
 * catalogue's `decimals`); the import accepts 0–10 and reports anything else. Intl.NumberFormat and
 * toFixed throw outside 0–100, so the formatters clamp too: a bad number that slipped past the import
 * never takes a view down.
 */
export const MAX_DECIMALS = 10;

/** The shown decimals when a file gives none, or none that can be used. */
export const DEFAULT_DECIMALS = 1;

export function isValidDecimals(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DECIMALS;
}

/** Any number as a usable count of decimals: rounded into 0–10, the default for NaN. */
export function clampDecimals(decimals: number): number {
  if (!Number.isFinite(decimals))
    return Number.isNaN(decimals) ? DEFAULT_DECIMALS : decimals > 0 ? MAX_DECIMALS : 0;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.round(decimals)));
}
