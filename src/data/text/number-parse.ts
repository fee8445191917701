import { isMissingMarker } from '../../domain/missing-marker';

/** What the file's numbers are expected to use as decimal separator, from its delimiter. */
export type DecimalHint = ',' | '.' | undefined;

export type ValueParse =
  | { readonly kind: 'number'; readonly value: number; readonly note: NumberNote | undefined }
  | { readonly kind: 'marker'; readonly marker: string }
  | { readonly kind: 'invalid'; readonly reason: InvalidNumberReason };

/** Numbers that were read but deserve a look. */
export type NumberNote =
  /** One separator followed by exactly three digits where the file's decimal separator is the other one: `1.234` in a `;` file. */
  'ambiguous_separator';

export type InvalidNumberReason =
  'not_a_number' | 'several_decimal_separators' | 'bad_grouping' | 'unit_or_text' | 'not_finite';

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const COMMA = 44;
const DOT = 46;

/**
 * Reads a value cell: `12,5`, `12.5`, `1 234,5` (space, no-break space or narrow no-break space
 * between groups of three), `−3,2` (minus sign), `–3,2` (en dash), `-3,2`, `1,2E+05`. Missing-value
 * markers (`..`, `.`, `-`, empty …) come back as markers, never as 0. Anything else is invalid.
 */
export function parseValue(raw: string, hint: DecimalHint): ValueParse {
  const fast = parsePlain(raw, hint);
  if (fast !== undefined) return fast;
  return parseSlow(raw, hint);
}

/** Exact powers of ten (10^0 … 10^22 are exact doubles). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Fast path for the common `-123`, `12,5`, `12.5`; undefined sends the cell to the full parser.
 * The digits are read as one integer M (exact below 2^53) and divided by 10^k (exact for k ≤ 22):
 * one correctly rounded division, so the result is the same double `Number("12.5")` gives.
 */
function parsePlain(s: string, hint: DecimalHint): ValueParse | undefined {
  const n = s.length;
  // At most 15 characters, so at most 15 digits: the mantissa stays below 2^53 and every step is exact.
  if (n === 0 || n > 15) return undefined;
  const negative = s.charCodeAt(0) === MINUS;
  let i = negative ? 1 : 0;
  const digitsStart = i;
  let mantissa = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    mantissa = mantissa * 10 + (c - ZERO);
    i++;
  }
  if (i === digitsStart) return undefined;
  if (i === n) return { kind: 'number', value: (negative ? -mantissa : mantissa) + 0, note: undefined };
  const sep = s.charCodeAt(i);
  if (sep !== COMMA && sep !== DOT) return undefined;
  const fractionStart = ++i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < ZERO || c > NINE) return undefined;
    mantissa = mantissa * 10 + (c - ZERO);
    i++;
  }
  if (i === fractionStart) return undefined;
  const unsigned = mantissa / (POWERS_OF_TEN[n - fractionStart] ?? NaN);
  const value = (negative ? -unsigned : unsigned) + 0;
  const intDigits = fractionStart - 1 - digitsStart;
  const ambiguous =
    n - fractionStart === 3 &&
    hint !== String.fromCharCode(sep) &&
    intDigits <= 3 &&
    s.charCodeAt(digitsStart) !== ZERO;
  return { kind: 'number', value, note: ambiguous ? 'ambiguous_separator' : undefined };
}

const MINUS_SIGNS = /^[\u2212\u2013\u2012\u2010\u2011]/;
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/;
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;

function parseSlow(raw: string, hint: DecimalHint): ValueParse {
  const trimmed = raw.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
  if (isMissingMarker(trimmed)) return { kind: 'marker', marker: trimmed };

  let text = trimmed;
  let sign = '';
  if (text.startsWith('+')) text = text.slice(1);
  else if (text.startsWith('-') || MINUS_SIGNS.test(text)) {
    sign = '-';
    text = text.slice(1);
  }
  text = text.replace(/^[\s\u00a0\u202f]+/, '');
  if (text === '') return { kind: 'invalid', reason: 'not_a_number' };

  if (GROUP_SPACES.test(text)) {
    if (!GROUPED.test(text))
      return {
        kind: 'invalid',
        reason: /\d\s*(%|kr|st|tkr|mnkr)$/i.test(text) ? 'unit_or_text' : 'bad_grouping',
      };
    text = text.replace(/[ \u00a0\u202f\u2009]/g, '');
  }

  const mantissaMatch = /^(\d+(?:[.,]\d+)*)(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!mantissaMatch) {
    return { kind: 'invalid', reason: /^\d/.test(text) ? 'unit_or_text' : 'not_a_number' };
  }
  const mantissa = mantissaMatch[1] ?? '';
  const exponent = mantissaMatch[2];
  const commas = count(mantissa, ',');
  const dots = count(mantissa, '.');
  let normalised: string;
  let note: NumberNote | undefined;
  if (commas > 0 && dots > 0) {
    // Both: the last one is the decimal separator, the other must group by three (1.234,5 or 1,234.5).
    const decimal = mantissa.lastIndexOf(',') > mantissa.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (count(mantissa, decimal) > 1) return { kind: 'invalid', reason: 'several_decimal_separators' };
    const [intPart = '', fraction = ''] = mantissa.split(decimal);
    if (!new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})+$`).test(intPart))
      return { kind: 'invalid', reason: 'bad_grouping' };
    normalised = `${intPart.split(group).join('')}.${fraction}`;
  } else if (commas > 1 || dots > 1) {
    return { kind: 'invalid', reason: 'several_decimal_separators' };
  } else {
    const sep = commas === 1 ? ',' : dots === 1 ? '.' : undefined;
    normalised = sep === ',' ? mantissa.replace(',', '.') : mantissa;
    if (sep !== undefined) {
      const [intPart = '', fraction = ''] = mantissa.split(sep);
      if (
        fraction.length === 3 &&
        intPart.length <= 3 &&
        !intPart.startsWith('0') &&
        hint !== sep &&
        exponent === undefined
      ) {
        note = 'ambiguous_separator';
      }
    }
  }
  const value = Number(`${sign}${normalised}${exponent === undefined ? '' : `e${exponent}`}`) + 0;
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'not_finite' };
  return { kind: 'number', value, note };
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
