import type { ReactElement } from 'react';
import type { FileReport } from '../data/dataset/dataset';
import { useI18n } from './i18n-context';
import { sourceCountsText } from './source-counts';

interface LinkRowProps {
  readonly url: string;
  readonly report: FileReport | undefined;
  readonly onRemove: (url: string) => void;
}

/** A dataset loaded by link: its address, what it gave, and its remove button. */
export function LinkRow({ url, report, onRemove }: LinkRowProps): ReactElement {
  const { t, lang } = useI18n();
  return (
    <li className="source" data-testid="source-link">
      <div className="source-head">
        <strong>{url}</strong>
        <span className="source-meta">{t('sourceLink')}</span>
      </div>
      {report ? <p className="source-counts">{sourceCountsText(report, t, lang)}</p> : null}
      <div className="source-actions">
        <button type="button" className="link-button" onClick={() => onRemove(url)}>
          {t('sourceRemove', { name: url })}
        </button>
      </div>
    </li>
  );
}
