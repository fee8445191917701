import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import type { FileReport } from '../data/dataset/dataset';
import { pick } from '../domain/language';
import { linkName } from '../app/link-name';
import {
  parseWorkspace,
  serializeWorkspace,
  WorkspaceFileError,
  type Source,
} from '../data/workspace/workspace';
import type { StorageError } from '../app/workspace-store';
import { formatNumber } from '../i18n/format';
import type { MessageKey } from '../i18n/dictionary';
import { downloadBlob } from './download';
import { useI18n } from './i18n-context';
import { MappingForm } from './MappingForm';
import type { WorkspaceApi } from './use-workspace';

interface SourcesPanelProps {
  readonly api: WorkspaceApi;
  readonly reports: readonly FileReport[];
  readonly links: readonly string[];
  readonly onRemoveLink: (url: string) => void;
  readonly onClose: () => void;
  readonly id: string;
}

const STORAGE_KEYS: Readonly<Record<StorageError['kind'], MessageKey>> = {
  unavailable: 'storageUnavailable',
  quota: 'storageQuota',
  failed: 'storageFailed',
};

/** The added files and links: what each gave, when it came; remove, replace, map columns; the workspace file. */
export function SourcesPanel({
  api,
  reports,
  links,
  onRemoveLink,
  onClose,
  id,
}: SourcesPanelProps): ReactElement {
  const { t, lang } = useI18n();
  const headingId = useId();
  const [mapping, setMapping] = useState<string | undefined>(undefined);
  const [workspaceError, setWorkspaceError] = useState<string | undefined>(undefined);
  const replaceInput = useRef<HTMLInputElement>(null);
  const replacing = useRef<string | undefined>(undefined);
  const workspaceInput = useRef<HTMLInputElement>(null);
  // After a mapping is saved the form is gone: focus goes to that source's counts, the result.
  const [saved, setSaved] = useState<{ readonly source: string } | undefined>(undefined);
  useEffect(() => {
    if (!saved) return;
    const counts = document.getElementById(`${id}-${saved.source}-counts`);
    if (counts) counts.focus();
    else document.getElementById(`${id}-${saved.source}-name`)?.focus();
  }, [saved, id]);
  const n = (value: number): string => formatNumber(value, 0, lang);
  const reportFor = (name: string): FileReport | undefined => reports.find((r) => r.file === name);
  const when = (iso: string): string =>
    format(new Date(iso), 'd MMM yyyy HH:mm', { locale: lang === 'sv' ? sv : enGB });

  const onReplace = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (file && replacing.current) api.replaceSource(replacing.current, file);
    event.target.value = '';
  };
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
      setWorkspaceError(undefined);
    } catch (error) {
      setWorkspaceError(
        error instanceof WorkspaceFileError
          ? t('workspaceFileInvalid', { detail: pick(error.text, lang) })
          : String(error),
      );
    }
  };

  const row = (source: Source): ReactElement => {
    const report = reportFor(source.name);
    return (
      <li key={source.id} className="source" data-testid="source">
        <div className="source-head">
          <strong id={`${id}-${source.id}-name`} tabIndex={-1}>
            {source.name}
          </strong>
          <span className="source-meta">
            {report ? `${report.format} · ` : ''}
            {t('sourceAdded', { when: when(source.addedAt) })}
          </span>
        </div>
        {report ? (
          // A live region: the counts after a new mapping are read out when the import is done.
          <p
            className="source-counts"
            id={`${id}-${source.id}-counts`}
            tabIndex={-1}
            aria-live="polite"
            data-testid="source-counts"
          >
            {t('sourceCounts', {
              records: n(report.records),
              accepted: n(report.accepted),
              rejected: n(report.rejected),
              skipped: n(report.skipped),
            })}
          </p>
        ) : null}
        <div className="source-actions">
          <button
            type="button"
            className="link-button"
            onClick={() => api.removeSource(source.id)}
            data-testid="source-remove"
          >
            {t('sourceRemove', { name: source.name })}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              replacing.current = source.id;
              replaceInput.current?.click();
            }}
            data-testid="source-replace"
          >
            {t('sourceReplace', { name: source.name })}
          </button>
          {report?.preview || source.options?.columns ? (
            <button
              type="button"
              className="link-button"
              aria-expanded={mapping === source.id}
              onClick={() => setMapping((m) => (m === source.id ? undefined : source.id))}
              data-testid="source-map"
            >
              {t('sourceMap', { name: source.name })}
            </button>
          ) : null}
        </div>
        {report?.sheets ? (
          <div className="control sheet-choice">
            <label htmlFor={`${id}-${source.id}-sheet`}>{t('sourceSheet')}</label>
            <select
              id={`${id}-${source.id}-sheet`}
              value={report.sheets.read}
              onChange={(e) =>
                api.setSourceOptions(source.id, { ...source.options, sheet: e.target.value }, undefined)
              }
              data-testid="source-sheet"
            >
              {report.sheets.names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {mapping === source.id && report?.preview ? (
          <MappingForm
            preview={report.preview}
            initial={source.options}
            onCancel={() => setMapping(undefined)}
            onSave={(options, indicator) => {
              if (indicator) api.addIndicator(indicator);
              api.setSourceOptions(source.id, options, report.preview?.shape);
              setMapping(undefined);
              setSaved({ source: source.id });
            }}
          />
        ) : null}
      </li>
    );
  };

  return (
    <section
      id={id}
      className="summary-panel sources-panel"
      aria-labelledby={headingId}
      data-testid="sources-panel"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="summary-panel-head">
        <h2 id={headingId}>{t('sourcesTitle')}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('sourcesHide')}
        </button>
      </div>
      <p className="hint" data-testid="storage-status">
        {api.storageProblem
          ? t(STORAGE_KEYS[api.storageProblem.kind])
          : api.persistent
            ? t('storageKept')
            : t('storageUnavailable')}
      </p>
      {api.workspace.sources.length === 0 && links.length === 0 ? <p>{t('sourcesNone')}</p> : null}
      <ul className="source-list">
        {api.workspace.sources.map(row)}
        {links.map((url) => {
          const report = reports.find((r) => r.file === linkName(url));
          return (
            <li key={url} className="source" data-testid="source-link">
              <div className="source-head">
                <strong>{url}</strong>
                <span className="source-meta">{t('sourceLink')}</span>
              </div>
              {report ? (
                <p className="source-counts">
                  {t('sourceCounts', {
                    records: n(report.records),
                    accepted: n(report.accepted),
                    rejected: n(report.rejected),
                    skipped: n(report.skipped),
                  })}
                </p>
              ) : null}
              <div className="source-actions">
                <button type="button" className="link-button" onClick={() => onRemoveLink(url)}>
                  {t('sourceRemove', { name: url })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {api.workspace.targets.length > 0 ? (
        <p>
          {api.workspace.targets.length === 1
            ? t('userTargetsCountOne')
            : t('userTargetsCount', { count: api.workspace.targets.length })}
        </p>
      ) : null}
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
          id={`${id}-workspace`}
          ref={workspaceInput}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          onChange={(e) => void onImportWorkspace(e)}
          data-testid="workspace-input"
        />
        <label className="link-button" htmlFor={`${id}-workspace`} data-testid="workspace-import-label">
          {t('workspaceImport')}
        </label>
      </div>
      {workspaceError ? (
        <p role="alert" className="error-text">
          {workspaceError}
        </p>
      ) : null}
      <input
        ref={replaceInput}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        accept=".csv,.tsv,.txt,.json,.xlsx"
        onChange={onReplace}
      />
    </section>
  );
}
