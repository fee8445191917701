import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { Lang } from '../../domain/language';

const LOCALES = { sv, en: enGB } as const;

/** "30 november 2026": the day the briefing was made. */
export function longDate(date: Date, lang: Lang): string {
  return format(date, 'd MMMM yyyy', { locale: LOCALES[lang] });
}

/** "12 nov. 2026": when a note was written; a time that does not parse is shown as written. */
export function shortDate(iso: string, lang: Lang): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : format(new Date(time), 'd MMM yyyy', { locale: LOCALES[lang] });
}
