import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { DataTable } from '../components/DataTable';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import { SelectField } from '../components/SelectField';
import { usePrinting } from '../components/use-printing';
import { pick } from '../domain/language';
import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from '../domain/ledger';
import type { UrlState } from '../state/url-state';
import { CaseSearchField } from './CaseSearchField';
import type { FinanceModel } from './finance-model';
import { casesTable } from './finance-tables';

const ALL = '';
/**
 * Rows listed at first, and added by "Visa fler". The browser lays out every cell of the table at
 * once: 200 rows × 14 columns held the main thread 40–50 ms whenever the view opened.
 */
export const CASES_STEP = 50;
/** At most this many rows on the page (and on paper); the CSV holds every matching case. */
export const MAX_SHOWN_CASES = 200;

/** The cases of the selection, filterable by status and searchable; every matching case in the CSV. */
export function CaseTable({
  model,
  state,
  onChange,
}: {
  readonly model: FinanceModel;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  const labels = useMemo(
    () => ({
      caption: t('casesTitle'),
      id: t('colCase'),
      region: t('region'),
      supportType: t('supportType'),
      year: t('colDecisionYear'),
      status: t('caseStatus'),
      applied: t('colApplied'),
      granted: t('colGranted'),
      paid: t('colPaid'),
      cofinancing: t('colCofinancing'),
      rus: t('colRus'),
      chainTag: t('colChainTag'),
      owner: t('colOwner'),
      source: t('colSourceLine'),
    }),
    [t],
  );
  // How many rows to list: a new selection of cases starts again at one step; on paper, the most the page lists.
  const [more, setMore] = useState({ cases: model.cases, limit: CASES_STEP });
  const limit = usePrinting() ? MAX_SHOWN_CASES : more.cases === model.cases ? more.limit : CASES_STEP;
  const listed = Math.min(limit, model.cases.length);
  const shown = useMemo(
    () => casesTable(model.cases.slice(0, listed), labels, lang),
    [model.cases, listed, labels, lang],
  );
  const next = Math.min(CASES_STEP, MAX_SHOWN_CASES - listed, model.cases.length - listed);
  // A search (Enter or the button) moves focus to the count, which reads the result: the field is
  // rebuilt with the URL's words, and focus must not drop to <body>. Typing alone moves nothing.
  const count = useRef<HTMLParagraphElement>(null);
  const [searched, setSearched] = useState(0);
  useEffect(() => {
    if (searched > 0) count.current?.focus();
  }, [searched]);
  const search = (caseQuery: string): void => {
    onChange({ caseQuery });
    setSearched((n) => n + 1);
  };
  return (
    <section className="case-table" aria-labelledby="cases-heading" data-testid="case-table">
      <h2 id="cases-heading">{t('casesTitle')}</h2>
      <form
        className="controls"
        role="search"
        aria-label={t('casesFilter')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField<CaseStatus | typeof ALL>
          label={t('caseStatus')}
          value={state.caseStatus ?? ALL}
          options={[
            { value: ALL, label: t('allStatuses') },
            ...CASE_STATUSES.map((s) => ({ value: s, label: pick(CASE_STATUS_LABELS[s], lang) })),
          ]}
          onChange={(value) => onChange({ caseStatus: value === ALL ? undefined : value })}
          testId="case-status-select"
        />
        {/* Keyed by the URL's words, so back and forward refill the field. */}
        <CaseSearchField key={state.caseQuery} initial={state.caseQuery} onSearch={search} />
      </form>
      <p role="status" data-testid="case-count" ref={count} tabIndex={-1}>
        {model.cases.length > listed
          ? t('casesShowing', { shown: listed, total: model.cases.length, all: model.regionCases })
          : t('casesCount', { total: model.cases.length, all: model.regionCases })}{' '}
        <DownloadCsvButton title={t('casesTitle')} table={() => casesTable(model.cases, labels, lang)} />
        {next > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const limit = listed + next;
              setMore({ cases: model.cases, limit });
              // The last step takes the button away: focus goes to the count, which reads the rows listed.
              if (limit >= Math.min(MAX_SHOWN_CASES, model.cases.length)) setSearched((n) => n + 1);
            }}
            data-testid="cases-more"
          >
            {t('casesShowMore', { count: next })}
          </button>
        ) : null}
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('casesTitle')}>
        <DataTable table={shown} sortable testId="cases" />
      </div>
    </section>
  );
}
