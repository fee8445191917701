import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { Dataset } from '../../data/dataset/dataset';
import { pick } from '../../domain/language';
import type { Note } from '../../domain/notes';
import { parsePeriod, periodLabel } from '../../domain/period';
import { shortDate } from './briefing-text';

/** At most this many notes on the page, newest first; the page says how many more there are. */
export const MAX_BRIEFING_NOTES = 3;

/** Who wrote it and when, after a note or an assessment: "(Karin, 3 nov. 2026)". */
export function ByLine({ author, time }: { readonly author: string; readonly time: string }): ReactElement {
  const { t, lang } = useI18n();
  const date = shortDate(time, lang);
  return (
    <span className="briefing-note-by">({author === '' ? date : t('briefingNoteBy', { author, date })})</span>
  );
}

/** The learning log's notes for the region: what each is about, its text, who wrote it and when. */
export function BriefingNotes({
  notes,
  dataset,
}: {
  readonly notes: readonly Note[];
  readonly dataset: Dataset;
}): ReactElement {
  const { t, lang } = useI18n();
  if (notes.length === 0)
    return (
      <p className="hint" data-testid="briefing-no-notes">
        {t('briefingNotesNone')}
      </p>
    );
  const shown = notes.slice(0, MAX_BRIEFING_NOTES);
  const about = (note: Note): string => {
    const indicator = dataset.indicators.find((i) => i.id === note.indicator);
    const parsed = note.period === undefined ? undefined : parsePeriod(note.period);
    return [
      indicator ? pick(indicator.name, lang) : note.indicator,
      parsed?.ok ? periodLabel(parsed.period, lang) : note.period,
    ]
      .filter((s) => s !== undefined && s !== '')
      .join(', ');
  };
  return (
    <>
      <ul className="briefing-notes" data-testid="briefing-notes">
        {shown.map((note) => (
          <li key={note.id}>
            {about(note) !== '' ? <strong>{about(note)}: </strong> : null}
            {note.text} <ByLine author={note.author} time={note.createdAt} />
          </li>
        ))}
      </ul>
      {notes.length > shown.length ? (
        <p className="briefing-more">{t('briefingNotesMore', { count: notes.length - shown.length })}</p>
      ) : null}
    </>
  );
}
