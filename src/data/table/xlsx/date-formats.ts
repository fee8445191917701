/**
 * Which number formats show a date: a numeric cell in such a format is a date serial and is read as
 * an ISO day. The rules are those read-excel-file 9 kept (the reader this one replaced), so that a
 * workbook reads as it did: Excel's built-in date and time formats by id, and a custom format whose
 * every token is a date or time token.
 */

/** Built-in ids: 14–22 and 45–47 everywhere, and those East Asian and Thai locales use for dates. */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54,
  55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

const DATE_TOKENS = new Set([
  's',
  'ss',
  'm',
  'mm',
  'h',
  'hh',
  'am',
  'pm',
  'a',
  'p',
  'd',
  'dd',
  'ddd',
  'dddd',
  'aaa',
  'aaaa',
  'aaaaa',
  'mmm',
  'mmmm',
  'mmmmm',
  'y',
  'yy',
  'yyyy',
  'e',
  'ee',
  'eeee',
]);

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_IDS.has(id)) return true;
  return code !== undefined && isDateFormatCode(code);
}

/** True when one of the format's sections (`;`) holds only date and time tokens. */
export function isDateFormatCode(code: string): boolean {
  const sections = code.toLowerCase().replace(/;@$/, '').replace(/\\./g, ' ').split(';');
  return sections.some((section) => {
    const tokens = section
      .replace(/"[^"]*"/g, ' ')
      .replace(/(\[?[smhd]{1,2}\]?)[.,]00?0?/g, '$1')
      .replace(/\[([smhd]{1,2})\]/g, '$1')
      .replace(/\[[^\]]*\]/g, '')
      .split(/[^a-z0#?%]+/)
      .filter((t) => t !== '');
    return tokens.length > 0 && tokens.every((t) => DATE_TOKENS.has(t));
  });
}

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (with its 29 February 1900) to 1 January 1970. */
const EPOCH_1900 = 25_569;
/** The 1904 date system (old Mac Excel) counts from 1 January 1904: 1 462 days later. */
const EPOCH_1904_SHIFT = 1_462;

/** A date serial as an ISO day (UTC, time of day dropped); '' when out of JavaScript's date range. */
export function serialToIsoDay(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? EPOCH_1904_SHIFT : 0) - EPOCH_1900;
  const date = new Date(Math.floor(days * DAY_MS));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
