import { format } from 'date-fns/format';
import type { Assessment } from '../../domain/assessment';
import type { Indicator } from '../../domain/indicator';
import { pick, type Lang } from '../../domain/language';
import type { Note } from '../../domain/notes';
import { parsePeriod, periodLabel } from '../../domain/period';
import { regionByCode, regionName } from '../../domain/regions';
import { text, type TableModel } from '../../domain/table';
import type { Translate } from '../../i18n/dictionary';

/** A saved time as the log shows it: `2026-01-10 09:30`, local time, the same in both languages. */
export function logTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'yyyy-MM-dd HH:mm');
}

/** A period key (`2024`, `2024-Q1`) as the views label it; the key itself when it is none. */
export function periodKeyLabel(key: string | undefined, lang: Lang, t: Translate): string {
  if (key === undefined) return t('noteAllPeriods');
  const parsed = parsePeriod(key);
  return parsed.ok ? periodLabel(parsed.period, lang) : key;
}

export function regionLabel(code: string | undefined, lang: Lang): string {
  if (code === undefined) return '–';
  const region = regionByCode(code);
  return region ? regionName(region, lang) : code;
}

export function indicatorLabel(id: string | undefined, indicators: readonly Indicator[], lang: Lang): string {
  if (id === undefined) return '–';
  const indicator = indicators.find((i) => i.id === id);
  return indicator ? pick(indicator.name, lang) : id;
}

const header = (h: string): { header: string; numeric: boolean } => ({ header: h, numeric: false });

const NOTE_COLUMNS = [
  'colNoteIndicator',
  'colNoteRegion',
  'colNotePeriod',
  'colNoteAuthor',
  'colNoteWhen',
  'colNoteText',
] as const;

/** Every note, as a table for its CSV (written with formula neutralisation by the CSV writer). */
export function notesTable(
  notes: readonly Note[],
  indicators: readonly Indicator[],
  lang: Lang,
  t: Translate,
): TableModel {
  return {
    caption: t('notesCsvTitle'),
    columns: NOTE_COLUMNS.map((k) => header(t(k))),
    rows: notes.map((n) => [
      text(indicatorLabel(n.indicator, indicators, lang)),
      text(regionLabel(n.region, lang)),
      text(n.period === undefined ? '' : periodKeyLabel(n.period, lang, t)),
      text(n.author),
      text(logTime(n.createdAt)),
      text(n.text),
    ]),
    rowHeader: 0,
  };
}

/** Every assessment, as a table for its CSV. */
export function assessmentsTable(
  assessments: readonly Assessment[],
  indicators: readonly Indicator[],
  lang: Lang,
  t: Translate,
): TableModel {
  const keys = [
    'colNoteRegion',
    'colQuestionKind',
    'colQuestion',
    'colAnswer',
    'colMotivation',
    'colRestsOn',
    'colNoteAuthor',
    'colNoteWhen',
  ] as const;
  return {
    caption: t('assessmentsCsvTitle'),
    columns: keys.map((k) => header(t(k))),
    rows: assessments.map((a) => [
      text(regionLabel(a.region, lang)),
      text(a.question.kind === 'process' ? t('questionProcess') : t('questionSummative')),
      text(a.question.text),
      text(t(`answer_${a.answer}`)),
      text(a.motivation),
      text(a.indicators.map((id) => indicatorLabel(id, indicators, lang)).join('; ')),
      text(a.author),
      text(logTime(a.savedAt)),
    ]),
    rowHeader: 2,
  };
}
