import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import type { FileReport } from '../data/dataset/dataset';
import { linkName } from '../app/link-name';
import type { StorageError } from '../app/workspace-store';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from './i18n-context';
import { LinkField } from './LinkField';
import { LinkRow } from './LinkRow';
import { SourceRow } from './SourceRow';
import type { WorkspaceApi } from './use-workspace';
import { WorkspaceFileActions } from './WorkspaceFileActions';

interface SourcesPanelProps {
  readonly api: WorkspaceApi;
  readonly reports: readonly FileReport[];
  readonly links: readonly string[];
  readonly onRemoveLink: (url: string) => void;
  /** A link the user typed: fetched without asking again. */
  readonly onAddLink?: (url: string) => void;
  readonly onClose: () => void;
  readonly id: string;
}

const STORAGE_KEYS: Readonly<Record<StorageError['kind'], MessageKey>> = {
  unavailable: 'storageUnavailable',
  quota: 'storageQuota',
  failed: 'storageFailed',
  timeout: 'storageTimeout',
};

/** After a mapping is saved the form is gone: focus goes to that source's counts, the result. */
function useFocusAfterMapping(panelId: string): (source: string) => void {
  const [saved, setSaved] = useState<{ readonly source: string } | undefined>(undefined);
  useEffect(() => {
    if (!saved) return;
    const counts = document.getElementById(`${panelId}-${saved.source}-counts`);
    if (counts) counts.focus();
    else document.getElementById(`${panelId}-${saved.source}-name`)?.focus();
  }, [saved, panelId]);
  return (source) => setSaved({ source });
}

/** The added files and links: what each gave, when it came; remove, replace, map columns; the workspace file. */
export function SourcesPanel({
  api,
  reports,
  links,
  onRemoveLink,
  onAddLink,
  onClose,
  id,
}: SourcesPanelProps): ReactElement {
  const { t } = useI18n();
  const headingId = useId();
  const [mapping, setMapping] = useState<string | undefined>(undefined);
  const replaceInput = useRef<HTMLInputElement>(null);
  const replacing = useRef<string | undefined>(undefined);
  const focusCounts = useFocusAfterMapping(id);
  // A stored file's report by its id: two files of one name each show their own counts.
  const reportOf = (id: string): FileReport | undefined => reports.find((r) => r.sourceId === id);
  const reportFor = (name: string): FileReport | undefined =>
    reports.find((r) => r.sourceId === undefined && r.file === name);
  const onReplace = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (file && replacing.current) api.replaceSource(replacing.current, file);
    event.target.value = '';
  };
  const targetCount = api.workspace.targets.length;

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
        {api.workspace.sources.map((source) => (
          <SourceRow
            key={source.id}
            api={api}
            source={source}
            report={reportOf(source.id)}
            panelId={id}
            mapping={mapping === source.id}
            onToggleMapping={() => setMapping((m) => (m === source.id ? undefined : source.id))}
            onMappingDone={(saved) => {
              setMapping(undefined);
              if (saved) focusCounts(source.id);
            }}
            onReplace={() => {
              replacing.current = source.id;
              replaceInput.current?.click();
            }}
          />
        ))}
        {links.map((url) => (
          <LinkRow key={url} url={url} report={reportFor(linkName(url))} onRemove={onRemoveLink} />
        ))}
      </ul>
      {onAddLink ? <LinkField onAdd={onAddLink} /> : null}
      {targetCount > 0 ? (
        <p>{targetCount === 1 ? t('userTargetsCountOne') : t('userTargetsCount', { count: targetCount })}</p>
      ) : null}
      <WorkspaceFileActions api={api} />
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
