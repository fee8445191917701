import type { ReactElement } from 'react';
import type { Lang } from '../domain/language';
import type { Workspace } from '../data/workspace/workspace';
import type { MergePlan } from '../data/workspace/workspace-merge';
import type { WorkspacePartProblem } from '../data/workspace/workspace-parts';
import { useI18n } from './i18n-context';
import { PreviewDialog } from './PreviewDialog';
import { logCount, logCounts, mergeNotes, problemLine, replaceNote } from './workspace-preview-text';

interface WorkspaceFilePreviewProps {
  /** The opened file's name. */
  readonly name: string;
  /** What could be read of it. */
  readonly incoming: Workspace;
  readonly problems: readonly WorkspacePartProblem[];
  /** The user's workspace now: what replacing removes. */
  readonly current: Workspace;
  /** What adding does; undefined while the files are being compared. */
  readonly plan: MergePlan | undefined;
  readonly onMerge: () => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/**
 * What an opened workspace file holds and every part that could not be read, before anything is
 * applied; then the user's word: add, replace or cancel. Focus moves in; Escape cancels.
 */
export function WorkspaceFilePreview({
  name,
  incoming,
  problems,
  current,
  plan,
  onMerge,
  onReplace,
  onCancel,
}: WorkspaceFilePreviewProps): ReactElement {
  const { t, lang } = useI18n();
  const unread = problems.filter((p) => p.severity === 'error');
  const notes = problems.filter((p) => p.severity !== 'error');
  const { sources, indicators, targets, mappings } = incoming;
  // A file that holds only a strategy has something to apply too.
  const readable =
    sources.length + indicators.length + targets.length + mappings.length > 0 ||
    incoming.strategy !== undefined ||
    logCount(incoming) > 0;

  return (
    <PreviewDialog
      title={t('wsPreviewTitle', { name })}
      intro={readable ? t('wsPreviewIntro') : t('wsPreviewNothing')}
      level={3}
      testId="workspace-preview"
      onCancel={onCancel}
    >
      <h4>{t('wsPreviewHolds')}</h4>
      <ul data-testid="workspace-preview-holds">
        <li>
          {t('wsPreviewFiles', { count: sources.length })}
          {sources.length > 0 ? `: ${sources.map((s) => s.name).join(', ')}` : ''}
        </li>
        <li>{t('wsPreviewIndicators', { count: indicators.length })}</li>
        <li>{t('wsPreviewTargets', { count: targets.length })}</li>
        <li>{t('wsPreviewMappings', { count: mappings.length })}</li>
        {incoming.strategy ? (
          <li>
            {t('wsPreviewStrategy', {
              name: incoming.strategy.name || t('wsStrategyUnnamed'),
              count: incoming.strategy.indicators.length,
            })}
          </li>
        ) : null}
        {logCount(incoming) > 0 ? <li>{t('wsPreviewLog', logCounts(incoming))}</li> : null}
      </ul>
      <ProblemList
        title={t('wsPreviewUnread', { count: unread.length })}
        items={unread}
        lang={lang}
        testId="workspace-unread"
      />
      <ProblemList
        title={t('wsPreviewNotes', { count: notes.length })}
        items={notes}
        lang={lang}
        testId="workspace-notes"
      />
      {readable ? (
        <>
          <div data-testid="workspace-merge-notes">
            {plan ? mergeNotes(plan, t).map((note) => <p key={note}>{note}</p>) : null}
          </div>
          <p data-testid="workspace-replace-note">{replaceNote(current, t)}</p>
        </>
      ) : null}
      <div className="workspace-preview-actions">
        {readable ? (
          <>
            <button type="button" onClick={onMerge} disabled={!plan} data-testid="workspace-merge">
              {t('wsMerge')}
            </button>
            <button type="button" onClick={onReplace} data-testid="workspace-replace">
              {t('wsReplace')}
            </button>
          </>
        ) : null}
        <button type="button" className="link-button" onClick={onCancel} data-testid="workspace-cancel">
          {t('wsCancel')}
        </button>
      </div>
    </PreviewDialog>
  );
}

interface ProblemListProps {
  readonly title: string;
  readonly items: readonly WorkspacePartProblem[];
  readonly lang: Lang;
  readonly testId: string;
}

function ProblemList({ title, items, lang, testId }: ProblemListProps): ReactElement | null {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul data-testid={testId}>
        {items.map((p, i) => (
          <li key={i}>{problemLine(p, lang)}</li>
        ))}
      </ul>
    </>
  );
}
