import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Lang } from './language';

export type Granularity = 'year' | 'quarter' | 'month';

export const GRANULARITIES: readonly Granularity[] = ['year', 'quarter', 'month'];

/** A reporting period: a year, a quarter or a month. `sub` is 0 for a year, 1–4 or 1–12 otherwise. */
export interface Period {
  readonly granularity: Granularity;
  readonly year: number;
  readonly sub: number;
}

export type PeriodProblem = 'bad_quarter' | 'bad_month' | 'split_year' | 'year_out_of_range' | 'unrecognised';

export type PeriodParse =
  { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly problem: PeriodProblem };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})\s*-?\s*[KQkq](\d{1,2})$/;
const MONTH_M = /^(\d{4})\s*[Mm](\d{1,2})$/;
const MONTH_DASH = /^(\d{4})-(\d{1,2})$/;
const SPLIT_YEAR = /^(\d{4})\s*[/–-]\s*(\d{2}|\d{4})$/;

function build(granularity: Granularity, yearText: string, sub: number): PeriodParse {
  const year = Number(yearText);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: 'year_out_of_range' };
  return { ok: true, period: { granularity, year, sub } };
}

function isNextYear(first: string, second: string): boolean {
  const next = Number(first) + 1;
  return second.length === 4 ? Number(second) === next : Number(second) === next % 100;
}

/** Parses `2023`, `2023K1`, `2023Q1`, `2023-Q1`, `2023M01`, `2023-01`. */
export function parsePeriod(raw: string): PeriodParse {
  const text = raw.trim();
  let m = YEAR.exec(text);
  if (m) return build('year', m[1] ?? '', 0);
  m = QUARTER.exec(text);
  if (m) {
    const q = Number(m[2]);
    if (q < 1 || q > 4) return { ok: false, problem: 'bad_quarter' };
    return build('quarter', m[1] ?? '', q);
  }
  m = MONTH_M.exec(text) ?? MONTH_DASH.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return build('month', m[1] ?? '', month);
    // "2022-23" names the next year: a split year. "2023-13" or "2023-00" is a bad month.
    if (MONTH_DASH.test(text) && isNextYear(m[1] ?? '', m[2] ?? ''))
      return { ok: false, problem: 'split_year' };
    return { ok: false, problem: 'bad_month' };
  }
  if (SPLIT_YEAR.test(text)) return { ok: false, problem: 'split_year' };
  return { ok: false, problem: 'unrecognised' };
}

/** The normalised form: `2023`, `2023-Q1`, `2023-01`. */
export function periodKey(period: Period): string {
  switch (period.granularity) {
    case 'year':
      return String(period.year);
    case 'quarter':
      return `${period.year}-Q${period.sub}`;
    case 'month':
      return `${period.year}-${String(period.sub).padStart(2, '0')}`;
  }
}

const GRANULARITY_BITS: Readonly<Record<Granularity, number>> = { year: 0, quarter: 1, month: 2 };

/**
 * An integer that orders periods of the same granularity in time and keeps the granularity:
 * year × 64 + granularity × 16 + sub. Stored in the observation columns.
 */
export function periodCode(period: Period): number {
  return period.year * 64 + GRANULARITY_BITS[period.granularity] * 16 + period.sub;
}

export function periodFromCode(code: number): Period {
  const year = Math.floor(code / 64);
  const rest = code % 64;
  const granularity = GRANULARITIES[Math.floor(rest / 16)] ?? 'year';
  return { granularity, year, sub: rest % 16 };
}

export function comparePeriods(a: Period, b: Period): number {
  return periodMidpoint(a) - periodMidpoint(b) || periodCode(a) - periodCode(b);
}

/** The middle of the period in fractional years: 2023 → 2023.5, 2023-Q1 → 2023.125. Used to interpolate. */
export function periodMidpoint(period: Period): number {
  switch (period.granularity) {
    case 'year':
      return period.year + 0.5;
    case 'quarter':
      return period.year + (period.sub - 0.5) / 4;
    case 'month':
      return period.year + (period.sub - 0.5) / 12;
  }
}

/** The fractional-year time at which a period ends: 2023 → 2024, 2023-Q1 → 2023.25. */
export function periodEnd(period: Period): number {
  switch (period.granularity) {
    case 'year':
      return period.year + 1;
    case 'quarter':
      return period.year + period.sub / 4;
    case 'month':
      return period.year + period.sub / 12;
  }
}

function firstDay(period: Period): Date {
  const month =
    period.granularity === 'quarter'
      ? (period.sub - 1) * 3
      : period.granularity === 'month'
        ? period.sub - 1
        : 0;
  return new Date(period.year, month, 1);
}

/** A short label for axes and tables: `2023`, `2023 K1` / `2023 Q1`, `jan. 2023` / `Jan 2023`. */
export function periodLabel(period: Period, lang: Lang): string {
  switch (period.granularity) {
    case 'year':
      return String(period.year);
    case 'quarter':
      return `${period.year} ${lang === 'sv' ? 'K' : 'Q'}${period.sub}`;
    case 'month':
      return format(firstDay(period), 'LLL yyyy', { locale: lang === 'sv' ? sv : enGB });
  }
}

/** A full label for text: `2023`, `1:a kvartalet 2023`, `januari 2023`. */
export function periodLongLabel(period: Period, lang: Lang): string {
  const locale = lang === 'sv' ? sv : enGB;
  switch (period.granularity) {
    case 'year':
      return String(period.year);
    case 'quarter':
      return format(firstDay(period), 'QQQQ yyyy', { locale });
    case 'month':
      return format(firstDay(period), 'LLLL yyyy', { locale });
  }
}

export function previousPeriod(period: Period): Period {
  if (period.granularity === 'year') return { ...period, year: period.year - 1 };
  if (period.sub > 1) return { ...period, sub: period.sub - 1 };
  return { ...period, year: period.year - 1, sub: period.granularity === 'quarter' ? 4 : 12 };
}

/** The same period one year earlier. */
export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}
