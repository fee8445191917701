import { useId, type ChangeEvent, type ReactElement } from 'react';
import { useI18n } from './i18n-context';

interface FilePickerProps {
  readonly onFiles: (files: File[]) => void;
  readonly count: number;
  readonly onClear: () => void;
}

/** Adds the user's own CSV or JSON files (or drop them anywhere); they are read in the browser only. */
export function FilePicker({ onFiles, count, onClear }: FilePickerProps): ReactElement {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = event.target.files ? [...event.target.files] : [];
    if (files.length > 0) onFiles(files);
    event.target.value = '';
  };
  return (
    <div className="file-picker">
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
        {t('addFilesShort')}
      </label>
      <span id={hintId} className="sr-only">
        {t('addFilesHint')}
      </span>
      {count > 0 ? (
        <button type="button" className="header-link" onClick={onClear} data-testid="remove-user-files">
          {t('removeUserFiles', { count })}
        </button>
      ) : null}
    </div>
  );
}
