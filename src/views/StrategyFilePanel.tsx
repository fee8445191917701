import { useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import { pick } from '../domain/language';
import type { Strategy } from '../domain/strategy';
import type { StrategyFileRead } from '../data/strategy/strategy-file';
import { downloadBlob, fileNameFor } from '../components/download';
import { useI18n } from '../components/i18n-context';
import { FileOpenLink } from '../components/FileOpenLink';
import type { WorkspaceApi } from '../components/use-workspace';
import { strategyFileOf } from './strategy-file-actions';
import { StrategyFilePreview } from './StrategyFilePreview';

interface StrategyFilePanelProps {
  readonly api: WorkspaceApi;
  /** The strategy the view shows: the user's own, or the catalogue's chain when there is none. */
  readonly strategy: Strategy;
}

type Opened = { readonly name: string; readonly read: Extract<StrategyFileRead, { ok: true }> };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The strategy as a file: downloaded as a workbook or as JSON, and opened — what the file holds and
 * every part that could not be read are shown first, and nothing changes until the user replaces the
 * strategy. An unreadable file says why and changes nothing.
 */
export function StrategyFilePanel({ api, strategy }: StrategyFilePanelProps): ReactElement {
  const { t, lang } = useI18n();
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const file = (): ReturnType<typeof strategyFileOf> => strategyFileOf(strategy, api.workspace.targets);
  const base = fileNameFor(`strategi ${strategy.name}`, 'x').replace(/\.x$/, '');
  const downloadXlsx = async (): Promise<void> => {
    const { writeStrategyXlsx } = await import('../data/strategy/strategy-xlsx');
    downloadBlob(`${base}.xlsx`, new Blob([writeStrategyXlsx(file())], { type: XLSX_TYPE }));
  };
  const downloadJson = async (): Promise<void> => {
    const { writeStrategyJson } = await import('../data/strategy/strategy-json');
    downloadBlob(`${base}.json`, new Blob([writeStrategyJson(file())], { type: 'application/json' }));
  };
  const onOpen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setNotice('');
    const { readStrategyFile } = await import('../data/strategy/strategy-open');
    const read = readStrategyFile(new Uint8Array(await chosen.arrayBuffer()));
    if (!read.ok) {
      setOpened(undefined);
      return setError(t('sfFileInvalid', { name: chosen.name, detail: pick(read.text, lang) }));
    }
    setError(undefined);
    setOpened({ name: chosen.name, read });
  };
  const close = (message: string): void => {
    setOpened(undefined);
    setNotice(message);
    input.current?.focus();
  };
  const own = api.workspace.strategy;
  return (
    <div className="strategy-file-panel" data-testid="strategy-file-panel">
      <p className="hint">{t('sfHint')}</p>
      <div className="workspace-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => void downloadXlsx()}
          data-testid="strategy-download-xlsx"
        >
          {t('sfDownloadXlsx')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => void downloadJson()}
          data-testid="strategy-download-json"
        >
          {t('sfDownloadJson')}
        </button>
        <FileOpenLink
          label={t('sfOpen')}
          accept=".xlsx,.json,application/json"
          onChange={(e) => void onOpen(e)}
          inputRef={input}
          testId="strategy-file-input"
        />
      </div>
      {error ? (
        <p role="alert" className="error-text" data-testid="strategy-file-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="hint" data-testid="strategy-file-notice">
        {notice}
      </p>
      {opened ? (
        <StrategyFilePreview
          name={opened.name}
          file={opened.read.file}
          problems={opened.read.problems}
          fromList={opened.read.fromList}
          nameFromTitle={opened.read.nameFromTitle}
          ownCount={own?.indicators.length}
          onReplace={() => {
            api.setStrategy(opened.read.file.strategy);
            if (opened.read.file.targets.length > 0) api.addTargets(opened.read.file.targets);
            close(t('sfReplaced', { name: opened.name }));
          }}
          onCancel={() => close(t('sfCancelled', { name: opened.name }))}
        />
      ) : null}
    </div>
  );
}
