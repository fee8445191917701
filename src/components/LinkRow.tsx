import type { ReactElement } from 'react';
import type { FileReport } from '../data/dataset/dataset';
import { useI18n } from './i18n-context';
import { LinkStatusLine } from './LinkStatus';
import { sourceCountsText } from './source-counts';
import { useLinkActions, useLinkLoad } from './use-link-loads';

interface LinkRowProps {
  readonly url: string;
  readonly report: FileReport | undefined;
  readonly onRemove: (url: string) => void;
}

/** A dataset loaded by link: its address, where its download stands or what it gave, retry and remove. */
export function LinkRow({ url, report, onRemove }: LinkRowProps): ReactElement {
  const { t, lang } = useI18n();
  const load = useLinkLoad(url);
  const { allow, retry } = useLinkActions();
  return (
    <li className="source" data-testid="source-link" data-link-phase={load.phase}>
      <div className="source-head">
        <strong>{url}</strong>
        <span className="source-meta">{t('sourceLink')}</span>
      </div>
      {load.phase === 'done' && report ? (
        <p className="source-counts">{sourceCountsText(report, t, lang)}</p>
      ) : (
        <p className="source-counts">
          <LinkStatusLine load={load} />
        </p>
      )}
      <div className="source-actions">
        {load.phase === 'ask' ? (
          <button type="button" className="link-button" onClick={() => allow(url)}>
            {t('linkAllow')}
          </button>
        ) : null}
        {load.phase === 'failed' ? (
          <button
            type="button"
            className="link-button"
            onClick={() => retry(url)}
            aria-label={t('linkRetryNamed', { name: load.name })}
            data-testid="source-link-retry"
          >
            {t('linkRetry')}
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={() => onRemove(url)}>
          {t('sourceRemove', { name: url })}
        </button>
      </div>
    </li>
  );
}
