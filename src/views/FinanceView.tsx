import { useMemo, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { PanelBoundary } from '../components/PanelBoundary';
import { pick } from '../domain/language';
import { SUPPORT_TYPE_LABELS } from '../domain/ledger';
import { LAN_SCOPE } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import type { UrlState } from '../state/url-state';
import { CaseTable } from './CaseTable';
import { FinanceCharts } from './FinanceCharts';
import { FinanceControls } from './FinanceControls';
import { FinanceFigureCards } from './FinanceFigureCards';
import { GoalAreaFundsPanel } from './GoalAreaFundsPanel';
import { buildFinanceModel, type FinanceModel } from './finance-model';

interface FinanceViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/**
 * Anslag 1:1 from the case ledger: application pressure, what was decided and paid, the leverage
 * across the län and over time, co-financing by source, the allocation against the RUS priorities
 * and the effect chain, and the cases themselves.
 */
export function FinanceView({ dataset, state, onChange }: FinanceViewProps): ReactElement {
  const { t, lang } = useI18n();
  // The URL has no region level yet: the view compares the län.
  const model = useMemo(
    () => buildFinanceModel(dataset, LAN_SCOPE, state, lang, t),
    [dataset, state, lang, t],
  );
  usePageTitle(model ? t('pageTitleFinansiering', { region: model.regionName }) : t('viewFinansiering'));
  if (!model) {
    return (
      <section className="finance-empty" data-testid="finance-empty">
        <h2>{t('viewFinansiering')}</h2>
        <p>{t('financeNoLedger')}</p>
      </section>
    );
  }
  return <FinanceContent model={model} dataset={dataset} state={state} onChange={onChange} />;
}

function FinanceContent({
  model,
  dataset,
  state,
  onChange,
}: {
  readonly model: FinanceModel;
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  const yearLabel = model.year === undefined ? '–' : String(model.year);
  const supportNote = model.supportType
    ? pick(SUPPORT_TYPE_LABELS[model.supportType], lang)
    : t('allSupportTypes');
  return (
    <>
      <FinanceControls model={model} yearLabel={yearLabel} onChange={onChange} />
      <section className="finance-intro" aria-labelledby="finance-heading">
        <h2 id="finance-heading">{t('financeHeading', { region: model.regionName })}</h2>
        <p>{t('financeIntro')}</p>
        <p className="privacy-note" data-testid="privacy-note">
          {t('financePrivacy')}
        </p>
        {model.supportType ? <p className="hint">{t('financeSupportNote', { type: supportNote })}</p> : null}
        {model.realOnly ? (
          <p className="hint" data-testid="finance-real-only">
            {model.realOnly}
          </p>
        ) : null}
      </section>
      <PanelBoundary name={t('panelFinanceFigures')} resetKeys={[model]}>
        <FinanceFigureCards model={model} yearLabel={yearLabel} state={state} onChange={onChange} />
      </PanelBoundary>
      <FinanceCharts model={model} yearLabel={yearLabel} supportNote={supportNote} />
      <PanelBoundary name={t('gafPanel')} resetKeys={[model]}>
        <GoalAreaFundsPanel dataset={dataset} state={state} source={model.source} />
      </PanelBoundary>
      <PanelBoundary name={t('panelCaseTable')} resetKeys={[model]}>
        <CaseTable model={model} state={state} onChange={onChange} />
      </PanelBoundary>
    </>
  );
}
