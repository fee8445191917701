import { parseValue, type DecimalHint, type InvalidNumberReason } from './number-parse';

/**
 * An amount in kronor as a region's case system or a spreadsheet writes it: `1234567`,
 * `1 234 567`, `1 234 567 kr`, `1,2 mnkr`, `1,2 Mkr`, `850 tkr`, `3,5 miljoner`. Empty is "not
 * given" (the caller decides whether that means 0). Anything else is invalid, with the reason.
 */
export type AmountParse =
  | { readonly kind: 'amount'; readonly kronor: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly reason: InvalidNumberReason | 'negative' };

const UNITS: readonly (readonly [RegExp, number])[] = [
  [/\s*(mnkr|mkr|msek|miljoner kronor|miljoner kr|miljoner|milj\.? kr|milj\.?)$/i, 1e6],
  [/\s*(tkr|tsek|tusen kronor|tusen kr|tusen)$/i, 1e3],
  [/\s*(kr|kronor|sek|:-)$/i, 1],
];

export function parseAmount(raw: string, hint: DecimalHint): AmountParse {
  let text = raw.trim();
  if (text === '') return { kind: 'empty' };
  let factor = 1;
  // A unit is letters (or `:-`) at the end: a cell that ends in a digit has none (most cells).
  const last = text.charCodeAt(text.length - 1);
  const unit = last >= 48 && last <= 57 ? undefined : UNITS.find(([pattern]) => pattern.test(text));
  if (unit) {
    text = text.replace(unit[0], '').trim();
    factor = unit[1];
  }
  const parsed = parseValue(text, hint);
  if (parsed.kind === 'marker') return { kind: 'empty' };
  if (parsed.kind === 'invalid') return { kind: 'invalid', reason: parsed.reason };
  if (parsed.value < 0) return { kind: 'invalid', reason: 'negative' };
  // Whole kronor after the unit: 1,2 mnkr is 1 200 000, and 0.1 + 0.2 style dust is rounded away.
  return { kind: 'amount', kronor: Math.round(parsed.value * factor * 100) / 100 };
}
