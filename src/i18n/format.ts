import { clampDecimals } from '../domain/decimals';
import type { Lang } from '../domain/language';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Decimals are clamped to 0–10: Intl.NumberFormat throws outside 0–100, and a throw while drawing
 * takes the panel down. The import reports such a value; this keeps one that slipped through harmless.
 */
function numberFormat(lang: Lang, requested: number): Intl.NumberFormat {
  const decimals = clampDecimals(requested);
  const key = `${lang}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Swedish conventions in both languages' number style would confuse English readers: en uses en-GB.
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** `1 234,5` in Swedish (no-break space, decimal comma, U+2212 minus), `1,234.5` in English. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  return numberFormat(lang, decimals).format(value);
}

/** A value or the missing marker as the table shows it: `..` for missing, never 0. */
export function formatValue(
  value: number | null,
  marker: string | null,
  decimals: number,
  lang: Lang,
): string {
  if (value === null || !Number.isFinite(value)) return marker !== null && marker !== '' ? marker : '..';
  return formatNumber(value, decimals, lang);
}

const axisFormats = new Map<Lang, Intl.NumberFormat>();

/** Tick labels: as many decimals as the tick needs, at most two. */
export function formatAxisNumber(value: number, lang: Lang): string {
  let format = axisFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 });
    axisFormats.set(lang, format);
  }
  return format.format(value);
}

/**
 * Makes the number formats a first view uses (0–2 decimals, the axes') before it asks for them. The
 * first Intl.NumberFormat of a locale loads its data, 25–50 ms each in the page's first render here;
 * made while the page waits for its data, that time is off the first chart's way.
 */
export function warmNumberFormats(lang: Lang): void {
  for (const decimals of [0, 1, 2]) numberFormat(lang, decimals);
  formatAxisNumber(0, lang);
}
