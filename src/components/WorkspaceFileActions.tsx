import { useState, type ChangeEvent, type ReactElement } from 'react';
import { pick } from '../domain/language';
import { parseWorkspace, serializeWorkspace, WorkspaceFileError } from '../data/workspace/workspace';
import { downloadBlob } from './download';
import { useI18n } from './i18n-context';
import type { WorkspaceApi } from './use-workspace';

interface WorkspaceFileActionsProps {
  readonly api: WorkspaceApi;
  /** The panel's id: the prefix of the file input's id. */
  readonly panelId: string;
}

/** Saves the workspace as one file, and opens one; an unreadable file says why. */
export function WorkspaceFileActions({ api, panelId }: WorkspaceFileActionsProps): ReactElement {
  const { t, lang } = useI18n();
  const [error, setError] = useState<string | undefined>(undefined);
  const exportWorkspace = async (): Promise<void> => {
    const text = await serializeWorkspace(api.workspace, new Date().toISOString());
    downloadBlob('regionala-resultat-arbetsyta.json', new Blob([text], { type: 'application/json' }));
  };
  const onImportWorkspace = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      api.replaceAll(parseWorkspace(await file.text()));
      setError(undefined);
    } catch (caught) {
      setError(
        caught instanceof WorkspaceFileError
          ? t('workspaceFileInvalid', { detail: pick(caught.text, lang) })
          : String(caught),
      );
    }
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
        {/* The input before its label, so that the label can show the input's keyboard focus (styles.css). */}
        <input
          id={`${panelId}-workspace`}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          onChange={(e) => void onImportWorkspace(e)}
          data-testid="workspace-input"
        />
        <label className="link-button" htmlFor={`${panelId}-workspace`} data-testid="workspace-import-label">
          {t('workspaceImport')}
        </label>
      </div>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </>
  );
}
