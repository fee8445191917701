import { useId, type KeyboardEvent, type ReactElement, type RefObject } from 'react';
import type { FileReport } from '../data/dataset/dataset';
import type { Severity } from '../data/issues/issue';
import { pick } from '../domain/language';
import type { MessageKey } from '../i18n/dictionary';
import { formatNumber } from '../i18n/format';
import { FORMAT_LABEL } from './format-label';
import { useI18n } from './i18n-context';

const SEVERITY_KEY: Readonly<Record<Severity, MessageKey>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};
const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '✕', warning: '!', info: 'i' };
const SHOWN_ISSUES = 500;

function totals(reports: readonly FileReport[]): {
  records: number;
  accepted: number;
  rejected: number;
  skipped: number;
} {
  return reports.reduce(
    (sum, r) => ({
      records: sum.records + r.records,
      accepted: sum.accepted + r.accepted,
      rejected: sum.rejected + r.rejected,
      skipped: sum.skipped + r.skipped,
    }),
    { records: 0, accepted: 0, rejected: 0, skipped: 0 },
  );
}

interface ButtonProps {
  readonly reports: readonly FileReport[];
  readonly open: boolean;
  readonly panelId: string;
  readonly onToggle: () => void;
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
}

/** The accounting — accepted, rejected, skipped — always in sight; one click opens the details. */
export function ImportSummaryButton({
  reports,
  open,
  panelId,
  onToggle,
  buttonRef,
}: ButtonProps): ReactElement {
  const { t, lang } = useI18n();
  const sum = totals(reports);
  const n = (value: number): string => formatNumber(value, 0, lang);
  const hasErrors = reports.some((r) => r.issues.some((i) => i.severity === 'error'));
  return (
    <button
      ref={buttonRef}
      type="button"
      className={`summary-toggle${hasErrors ? ' has-errors' : ''}`}
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
      data-testid="import-summary-toggle"
    >
      <span className="summary-title">{t('importSummary')}</span>
      <span className="summary-counts">
        {t('importSummaryCounts', {
          accepted: n(sum.accepted),
          rejected: n(sum.rejected),
          skipped: n(sum.skipped),
        })}
      </span>
    </button>
  );
}

interface PanelProps {
  readonly reports: readonly FileReport[];
  readonly id: string;
  readonly onClose: () => void;
}

/** Every file's accounting (records read = accepted + rejected + skipped) and every issue by line. */
export function ImportSummaryPanel({ reports, id, onClose }: PanelProps): ReactElement {
  const { t, lang } = useI18n();
  const n = (value: number): string => formatNumber(value, 0, lang);
  const headingId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape') onClose();
  };
  return (
    <section
      id={id}
      className="summary-panel"
      aria-labelledby={headingId}
      data-testid="import-summary-panel"
      onKeyDown={onKeyDown}
    >
      <div className="summary-panel-head">
        <h2 id={headingId}>{t('importSummary')}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('importSummaryHide')}
        </button>
      </div>
      <table className="data-table">
        <caption>{t('importFiles')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importFile')}</th>
            <th scope="col">{t('importFormat')}</th>
            <th scope="col">{t('importEncoding')}</th>
            <th scope="col">{t('importDelimiter')}</th>
            <th scope="col" className="num">
              {t('importRecords')}
            </th>
            <th scope="col" className="num">
              {t('importAccepted')}
            </th>
            <th scope="col" className="num">
              {t('importRejected')}
            </th>
            <th scope="col" className="num">
              {t('importSkipped')}
            </th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r, index) => (
            <tr key={`${r.file}:${index}`}>
              <th scope="row">{r.file}</th>
              <td>{t(FORMAT_LABEL[r.format])}</td>
              <td>{r.encoding ?? '–'}</td>
              <td>{r.delimiter === '\t' ? t('delimiterTab') : (r.delimiter ?? '–')}</td>
              <td className="num">{n(r.records)}</td>
              <td className="num">{n(r.accepted)}</td>
              <td className="num">{n(r.rejected)}</td>
              <td className="num">{n(r.skipped)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {reports.map((r, index) => (
        <div key={`${r.file}:${index}:issues`} className="file-issues">
          <h3>
            {t('importIssues')}: {r.file}
          </h3>
          {r.issues.length === 0 ? (
            <p>{t('importNoIssues')}</p>
          ) : (
            <table className="data-table issues-table">
              <thead>
                <tr>
                  <th scope="col">{t('issueSeverity')}</th>
                  <th scope="col" className="num">
                    {t('issueLine')}
                  </th>
                  <th scope="col" className="num">
                    {t('issueColumn')}
                  </th>
                  <th scope="col">{t('issueMessage')}</th>
                </tr>
              </thead>
              <tbody>
                {r.issues.slice(0, SHOWN_ISSUES).map((issue, k) => (
                  <tr key={k} className={`issue-${issue.severity}`}>
                    <td>
                      <span aria-hidden="true" className="severity-icon">
                        {SEVERITY_ICON[issue.severity]}
                      </span>{' '}
                      {t(SEVERITY_KEY[issue.severity])}
                    </td>
                    <td className="num">{issue.line}</td>
                    <td className="num">{issue.column ?? ''}</td>
                    <td>{pick(issue.message, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {r.issues.length > SHOWN_ISSUES ? (
            <p>{t('moreIssues', { count: n(r.issues.length - SHOWN_ISSUES) })}</p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
