import { useId, type ChangeEvent, type ReactElement } from 'react';
import { useI18n } from './i18n-context';

interface FilePickerProps {
  readonly onFiles: (files: File[]) => void;
  readonly count: number;
  readonly onClear: () => void;
}

/** Adds the user's own CSV or JSON files; they are read in the browser only. */
export function FilePicker({ onFiles, count, onClear }: FilePickerProps): ReactElement {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const titleId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = event.target.files ? [...event.target.files] : [];
    if (files.length > 0) onFiles(files);
    event.target.value = '';
  };
  return (
    <section className="file-picker" aria-labelledby={titleId}>
      <h2 id={titleId} className="file-picker-label">
        {t('addFiles')}
      </h2>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        aria-describedby={hintId}
        onChange={onChange}
        data-testid="file-input"
      />
      <label htmlFor={inputId} className="file-button">
        {t('chooseFiles')}
      </label>
      <p id={hintId} className="hint">
        {t('addFilesHint')}
      </p>
      {count > 0 ? (
        <p>
          {t('userFilesLoaded', { count })}{' '}
          <button type="button" className="link-button" onClick={onClear}>
            {t('removeUserFiles')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
