import { useContext, useId, type ReactElement } from 'react';
import { downloadTable } from '../../components/download';
import { useI18n } from '../../components/i18n-context';
import { Announce } from '../../components/LiveStatus';
import { useWorkspaceApi } from '../../components/workspace-context';
import type { Indicator } from '../../domain/indicator';
import { pick } from '../../domain/language';
import { notesFor, type Note } from '../../domain/notes';
import { lastAuthor } from './last-author';
import { NoteForm } from './NoteForm';
import { logTime, notesTable, periodKeyLabel } from './log-text';

interface NotesPanelProps {
  readonly indicator: Indicator;
  readonly region: string;
  readonly regionName: string;
  /** The indicator's periods, for the optional period of a note. */
  readonly periodOptions: readonly { readonly value: string; readonly label: string }[];
  readonly indicators: readonly Indicator[];
}

/** "Anteckningar": the learning log's notes on this indicator and region — add, list, remove, CSV. */
export function NotesPanel(props: NotesPanelProps): ReactElement | null {
  const { t, lang } = useI18n();
  const api = useWorkspaceApi();
  const announce = useContext(Announce);
  const headingId = useId();
  const { indicator, region } = props;
  if (!api) return null;
  const notes = notesFor(api.workspace.notes, indicator.id, region);
  const remove = (note: Note): void => {
    api.updateLearningLog((log) => ({ notes: log.notes.filter((n) => n.id !== note.id) }));
    announce(t('noteRemoved'));
  };
  return (
    <section className="learning-log notes-panel" aria-labelledby={headingId} data-testid="notes-panel">
      <h2 id={headingId}>{t('notesHeading')}</h2>
      <p className="hint">
        {t('notesIntro', { indicator: pick(indicator.name, lang), region: props.regionName })}
      </p>
      {notes.length === 0 ? (
        <p className="hint">{t('notesNone')}</p>
      ) : (
        <ul className="note-list" data-testid="note-list">
          {notes.map((n) => (
            <li key={n.id} className="note-item">
              <p className="note-meta">
                <strong>{periodKeyLabel(n.period, lang, t)}</strong> —{' '}
                {t('noteMeta', { author: n.author || t('noteNoAuthor'), date: logTime(n.createdAt) })}
              </p>
              <p className="note-text">{n.text}</p>
              <button
                type="button"
                className="link-button"
                aria-label={t('noteRemoveLabel', { date: logTime(n.createdAt) })}
                onClick={() => remove(n)}
              >
                {t('noteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <NoteForm {...props} defaultAuthor={lastAuthor(api.workspace)} />
      <button
        type="button"
        className="link-button"
        data-testid="notes-csv"
        onClick={() =>
          void downloadTable(t('notesCsvTitle'), notesTable(api.workspace.notes, props.indicators, lang, t))
        }
      >
        {t('notesCsv')}
      </button>
    </section>
  );
}
