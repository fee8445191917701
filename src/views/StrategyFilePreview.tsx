import type { ReactElement } from 'react';
import type { Lang } from '../domain/language';
import type { StrategyFile, StrategyPartProblem } from '../data/strategy/strategy-file';
import { useI18n } from '../components/i18n-context';
import { PreviewDialog } from '../components/PreviewDialog';
import { holdsLines, strategyProblemLine } from './strategy-file-text';

interface StrategyFilePreviewProps {
  readonly name: string;
  readonly file: StrategyFile;
  readonly problems: readonly StrategyPartProblem[];
  readonly fromList: boolean;
  /** The strategy's name comes from the list's title line. */
  readonly nameFromTitle?: boolean;
  /** The user's own strategy's indicator count; undefined: none yet. */
  readonly ownCount: number | undefined;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/**
 * What an opened strategy file holds and every part that could not be read, before anything is
 * applied; then the user's word: replace the strategy or cancel. Focus moves in; Escape cancels.
 */
export function StrategyFilePreview(props: StrategyFilePreviewProps): ReactElement {
  const { name, file, problems, fromList, nameFromTitle, ownCount, onReplace, onCancel } = props;
  const { t, lang } = useI18n();
  const readable = file.strategy.indicators.length + file.targets.length > 0;
  return (
    <PreviewDialog
      title={t('sfPreviewTitle', { name })}
      intro={readable ? t('sfPreviewIntro') : t('sfPreviewNothing')}
      level={4}
      testId="strategy-file-preview"
      onCancel={onCancel}
    >
      {fromList ? <p>{t('sfPreviewFromList')}</p> : null}
      {nameFromTitle ? (
        <p data-testid="strategy-file-title-name">
          {t('chainStrategyNameFromTitle', { name: file.strategy.name })}
        </p>
      ) : null}
      <h5>{t('sfPreviewHolds')}</h5>
      <ul data-testid="strategy-file-holds">
        {holdsLines(file, t, lang).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Problems
        items={problems.filter((p) => p.severity === 'error')}
        lang={lang}
        testId="strategy-file-unread"
        kind="unread"
      />
      <Problems
        items={problems.filter((p) => p.severity !== 'error')}
        lang={lang}
        testId="strategy-file-notes"
        kind="notes"
      />
      {readable ? (
        <p>{ownCount === undefined ? t('sfReplaceNoOwn') : t('sfReplaceNote', { count: ownCount })}</p>
      ) : null}
      <div className="workspace-preview-actions">
        {readable ? (
          <button type="button" onClick={onReplace} data-testid="strategy-file-replace">
            {t('sfReplace')}
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={onCancel} data-testid="strategy-file-cancel">
          {t('sfCancel')}
        </button>
      </div>
    </PreviewDialog>
  );
}

interface ProblemsProps {
  readonly items: readonly StrategyPartProblem[];
  readonly lang: Lang;
  readonly testId: string;
  readonly kind: 'unread' | 'notes';
}

/** A list of the file's problems under its heading; nothing when there are none. */
export function Problems({ items, lang, testId, kind }: ProblemsProps): ReactElement | null {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const count = items.length;
  return (
    <>
      <h5>{kind === 'unread' ? t('sfPreviewUnread', { count }) : t('sfPreviewNotes', { count })}</h5>
      <ul data-testid={testId}>
        {items.map((p, i) => (
          <li key={i}>{strategyProblemLine(p, lang)}</li>
        ))}
      </ul>
    </>
  );
}
