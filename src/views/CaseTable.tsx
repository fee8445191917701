import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { DataTable } from '../components/DataTable';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import { SelectField } from '../components/SelectField';
import { pick } from '../domain/language';
import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseStatus } from '../domain/ledger';
import type { UrlState } from '../state/url-state';
import { CaseSearchField } from './CaseSearchField';
import type { FinanceModel } from './finance-model';
import { casesTable } from './finance-tables';

const ALL = '';
/** Rows listed on the page; the CSV holds every matching case. */
const SHOWN_CASES = 200;

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
  const shown = useMemo(
    () => casesTable(model.cases.slice(0, SHOWN_CASES), labels, lang),
    [model.cases, labels, lang],
  );
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
        {model.cases.length > SHOWN_CASES
          ? t('casesShowing', { shown: SHOWN_CASES, total: model.cases.length, all: model.regionCases })
          : t('casesCount', { total: model.cases.length, all: model.regionCases })}{' '}
        <DownloadCsvButton title={t('casesTitle')} table={() => casesTable(model.cases, labels, lang)} />
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('casesTitle')}>
        <DataTable table={shown} sortable testId="cases" />
      </div>
    </section>
  );
}
