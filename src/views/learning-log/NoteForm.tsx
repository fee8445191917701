import { useContext, useId, useState, type FormEvent, type ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { Announce } from '../../components/LiveStatus';
import { useWorkspaceApi } from '../../components/workspace-context';
import type { Note } from '../../domain/notes';
import { selectWidth } from '../../components/select-width';
import { AuthorField } from './AuthorField';
import type { Indicator } from '../../domain/indicator';

interface NoteFormProps {
  readonly indicator: Indicator;
  readonly region: string;
  readonly periodOptions: readonly { readonly value: string; readonly label: string }[];
  /** The name last written on a note or an assessment, offered again. */
  readonly defaultAuthor: string;
}

/** A new note on the indicator and region: its text, an optional period and who writes it. */
export function NoteForm(props: NoteFormProps): ReactElement | null {
  const { t } = useI18n();
  const api = useWorkspaceApi();
  const announce = useContext(Announce);
  const id = useId();
  const [text, setText] = useState('');
  const [period, setPeriod] = useState('');
  const [author, setAuthor] = useState(props.defaultAuthor);
  if (!api) return null;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (text.trim() === '') return;
    const note: Note = {
      id: crypto.randomUUID(),
      indicator: props.indicator.id,
      region: props.region,
      period: period || undefined,
      author: author.trim(),
      createdAt: new Date().toISOString(),
      text: text.trim(),
    };
    api.updateLearningLog((log) => ({ notes: [...log.notes, note] }));
    setText('');
    announce(t('noteAdded'));
  };
  return (
    <form className="note-form" onSubmit={submit} data-testid="note-form">
      <label htmlFor={`${id}-text`}>{t('noteText')}</label>
      <textarea id={`${id}-text`} value={text} required rows={3} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={`${id}-period`}>{t('notePeriod')}</label>
      <select
        id={`${id}-period`}
        value={period}
        style={selectWidth([t('notePeriodNone'), ...props.periodOptions.map((o) => o.label)])}
        onChange={(e) => setPeriod(e.target.value)}
      >
        <option value="">{t('notePeriodNone')}</option>
        {props.periodOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <AuthorField id={id} value={author} onChange={setAuthor} />
      <button type="submit">{t('noteAdd')}</button>
    </form>
  );
}
