import { useId, type ChangeEvent, type ReactElement } from 'react';
import { useI18n } from './i18n-context';

interface FilePickerProps {
  readonly onFiles: (files: File[]) => void;
}

/** Adds the user's own CSV or JSON files (or drop them anywhere); they are read in the browser only. */
export function FilePicker({ onFiles }: FilePickerProps): ReactElement {
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
        accept=".csv,.tsv,.txt,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
    </div>
  );
}
