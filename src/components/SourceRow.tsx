import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import type { ReactElement } from 'react';
import type { FileReport } from '../data/dataset/dataset';
import type { Source } from '../data/workspace/workspace';
import { useI18n } from './i18n-context';
import { LedgerCountyChoice } from './LedgerCountyChoice';
import { isLedgerPreview } from './ledger-mapping';
import { LedgerMappingForm } from './LedgerMappingForm';
import { selectWidth } from './select-width';
import { MappingForm } from './MappingForm';
import { sourceCountsText } from './source-counts';
import type { WorkspaceApi } from './use-workspace';

interface SourceRowProps {
  readonly api: WorkspaceApi;
  readonly source: Source;
  readonly report: FileReport | undefined;
  /** The panel's id: the prefix of the row's ids. */
  readonly panelId: string;
  /** Whether this row's column mapping form is open. */
  readonly mapping: boolean;
  readonly onToggleMapping: () => void;
  readonly onMappingDone: (saved: boolean) => void;
  /** Asks for a file to replace this one. */
  readonly onReplace: () => void;
}

/** One added file: what it gave and when it came; remove, replace, choose a sheet, map its columns. */
export function SourceRow({
  api,
  source,
  report,
  panelId,
  mapping,
  onToggleMapping,
  onMappingDone,
  onReplace,
}: SourceRowProps): ReactElement {
  const { t, lang } = useI18n();
  // A time the store holds but cannot be read (a tampered store) is said, never thrown on.
  const added = new Date(source.addedAt);
  const when = Number.isNaN(added.getTime())
    ? t('sourceAddedUnknown')
    : format(added, 'd MMM yyyy HH:mm', { locale: lang === 'sv' ? sv : enGB });
  const prefix = `${panelId}-${source.id}`;
  // A file the reader could not read offers its preview; one it read, what it chose (Välj kolumner).
  const tablePreview = report?.preview ?? report?.choice?.preview;
  return (
    <li className="source" data-testid="source">
      <div className="source-head">
        <strong id={`${prefix}-name`} tabIndex={-1}>
          {source.name}
        </strong>
        <span className="source-meta">
          {report ? `${report.format} · ` : ''}
          {t('sourceAdded', { when })}
        </span>
      </div>
      {report ? (
        // A live region: the counts after a new mapping are read out when the import is done.
        <p
          className="source-counts"
          id={`${prefix}-counts`}
          tabIndex={-1}
          aria-live="polite"
          data-testid="source-counts"
        >
          {sourceCountsText(report, t, lang)}
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
        <button type="button" className="link-button" onClick={onReplace} data-testid="source-replace">
          {t('sourceReplace', { name: source.name })}
        </button>
        {report?.preview || report?.choice || source.options?.columns || source.options?.ledgerColumns ? (
          <button
            type="button"
            className="link-button"
            aria-expanded={mapping}
            onClick={onToggleMapping}
            data-testid="source-map"
          >
            {t('sourceMap', { name: source.name })}
          </button>
        ) : null}
      </div>
      {report?.sheets ? (
        <div className="control sheet-choice">
          <label htmlFor={`${prefix}-sheet`}>{t('sourceSheet')}</label>
          <select
            id={`${prefix}-sheet`}
            value={report.sheets.read}
            style={selectWidth(report.sheets.names)}
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
      <LedgerCountyChoice api={api} source={source} report={report} prefix={prefix} />
      {mapping && report?.preview && isLedgerPreview(report.preview, source.options) ? (
        <LedgerMappingForm
          preview={report.preview}
          initial={source.options}
          onCancel={() => onMappingDone(false)}
          onSave={(options) => {
            api.setSourceOptions(source.id, options, report.preview?.shape);
            onMappingDone(true);
          }}
        />
      ) : mapping && tablePreview ? (
        <MappingForm
          preview={tablePreview}
          initial={source.options}
          read={report?.choice?.columns}
          onCancel={() => onMappingDone(false)}
          onSave={(options, indicator) => {
            if (indicator) api.addIndicator(indicator);
            const sheet = source.options?.sheet;
            api.setSourceOptions(source.id, { ...options, ...(sheet ? { sheet } : {}) }, tablePreview.shape);
            onMappingDone(true);
          }}
        />
      ) : null}
    </li>
  );
}
