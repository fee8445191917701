import { MAX_YEAR, MIN_YEAR } from '../../domain/period';
import { foldName } from '../../domain/text-match';

/** Months by name, folded: Swedish and English, long and short ("januari", "jan", "Jan.", "MARS"). */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['januari', 'jan', 'january'],
    ['februari', 'feb', 'february'],
    ['mars', 'mar', 'march'],
    ['april', 'apr'],
    ['maj', 'may'],
    ['juni', 'jun', 'june'],
    ['juli', 'jul', 'july'],
    ['augusti', 'aug', 'august'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt', 'oct', 'october'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
);

const MONTH_NUMBER = /^0?(\d{1,2})$/;
const QUARTER_PART = /^(?:k|q|kvartal|quarter)?\s*0?(\d)$/;

/** A month on its own: 1–12 (or 01) or a month's name in any case; undefined otherwise. */
export function monthPart(raw: string): number | undefined {
  const text = foldName(raw);
  const named = MONTHS.get(text);
  if (named !== undefined) return named;
  const m = MONTH_NUMBER.exec(text);
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** A quarter on its own: 1–4, K1–K4, Q1–Q4, "kvartal 1"; undefined otherwise. */
export function quarterPart(raw: string): number | undefined {
  const m = QUARTER_PART.exec(foldName(raw));
  const quarter = m ? Number(m[1]) : 0;
  return quarter >= 1 && quarter <= 4 ? quarter : undefined;
}

/** A plausible year on its own (MIN_YEAR–MAX_YEAR, 1900–2100): what a column of years holds, and what a region never is. */
export function plainYear(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}
