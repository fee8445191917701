import { useMemo, useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import { pick } from '../domain/language';
import { serializeWorkspace, type Workspace } from '../data/workspace/workspace';
import { identicalSourceIds, planMerge, replacement } from '../data/workspace/workspace-merge';
import type { WorkspacePartProblem } from '../data/workspace/workspace-parts';
import { readWorkspaceFile } from '../data/workspace/workspace-read';
import { downloadBlob } from './download';
import { useI18n } from './i18n-context';
import { FileOpenLink } from './FileOpenLink';
import type { WorkspaceApi } from './use-workspace';
import { WorkspaceFilePreview } from './WorkspaceFilePreview';

interface WorkspaceFileActionsProps {
  readonly api: WorkspaceApi;
}

/** An opened workspace file, waiting for the user's word. */
interface Opened {
  readonly name: string;
  readonly incoming: Workspace;
  readonly problems: readonly WorkspacePartProblem[];
  /** The file's files the user already has; undefined while they are compared. */
  readonly identical: ReadonlySet<string> | undefined;
  /** When it was opened (ms): the time its files are added at, in the preview. */
  readonly at: number;
}

const newId = (): string => crypto.randomUUID();
/** Ids for the preview's plan, which shows names only: the plan applied gets fresh ones. */
const previewIds = (): (() => string) => {
  let n = 0;
  return () => `preview-${++n}`;
};

/**
 * Saves the workspace as one file, and opens one: what it holds is shown first, and nothing is
 * applied until the user chooses to add it or to replace the workspace. An unreadable file says why
 * and changes nothing.
 */
export function WorkspaceFileActions({ api }: WorkspaceFileActionsProps): ReactElement {
  const { t, lang } = useI18n();
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const exportWorkspace = async (): Promise<void> => {
    const text = await serializeWorkspace(api.workspace, new Date().toISOString());
    downloadBlob('regionala-resultat-arbetsyta.json', new Blob([text], { type: 'application/json' }));
  };
  const onImportWorkspace = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice('');
    const read = readWorkspaceFile(await file.text(), newId);
    if (!read.ok) {
      setOpened(undefined);
      setError(`${t('workspaceFileInvalid', { detail: pick(read.refusal.text, lang) })} ${t('wsUnchanged')}`);
      return;
    }
    setError(undefined);
    const next: Opened = {
      at: Date.now(),
      name: file.name,
      incoming: read.workspace,
      problems: read.problems,
      identical: undefined,
    };
    setOpened(next);
    // Files that cannot be compared are taken as different: kept apart, never lost.
    const identical = await identicalSourceIds(api.workspace, read.workspace).catch(() => new Set<string>());
    setOpened((now) => (now === next ? { ...next, identical } : now));
  };
  const plan = useMemo(
    () =>
      opened?.identical
        ? planMerge(api.workspace, opened.incoming, opened.identical, opened.at, previewIds())
        : undefined,
    [api.workspace, opened],
  );
  const close = (message: string): void => {
    setOpened(undefined);
    setNotice(message);
    input.current?.focus();
  };

  return (
    <>
      <div className="workspace-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => void exportWorkspace()}
          data-testid="workspace-export"
        >
          {t('workspaceExport')}
        </button>
        <FileOpenLink
          label={t('workspaceImport')}
          accept=".json,application/json"
          onChange={(e) => void onImportWorkspace(e)}
          inputRef={input}
          testId="workspace-input"
          labelTestId="workspace-import-label"
        />
      </div>
      {error ? (
        <p role="alert" className="error-text" data-testid="workspace-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="hint" data-testid="workspace-notice">
        {notice}
      </p>
      {opened ? (
        <WorkspaceFilePreview
          name={opened.name}
          incoming={opened.incoming}
          problems={opened.problems}
          current={api.workspace}
          plan={plan}
          onMerge={() => {
            // Planned again at the moment of the choice, against the workspace as it is then.
            const identical = opened.identical ?? new Set<string>();
            api.replaceAll(planMerge(api.workspace, opened.incoming, identical, Date.now(), newId).workspace);
            close(t('wsMerged', { name: opened.name }));
          }}
          onReplace={() => {
            api.replaceAll(replacement(opened.incoming));
            close(t('wsReplaced', { name: opened.name }));
          }}
          onCancel={() => close(t('wsCancelled', { name: opened.name }))}
        />
      ) : null}
    </>
  );
}
