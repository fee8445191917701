import { useId, useState, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';

/** The search words, applied when the user presses Enter or the button (one history entry a search). */
export function CaseSearchField({
  initial,
  onSearch,
}: {
  readonly initial: string;
  readonly onSearch: (words: string) => void;
}): ReactElement {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState(initial);
  return (
    <>
      <div className="control">
        <label htmlFor={id}>{t('caseSearch')}</label>
        <input
          id={id}
          type="search"
          value={query}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSearch(query);
            }
          }}
          data-testid="case-search"
        />
      </div>
      <div className="control control-button">
        <button type="button" onClick={() => onSearch(query)} data-testid="case-search-submit">
          {t('search')}
        </button>
      </div>
    </>
  );
}
