import { useEffect, useId, useMemo, useRef, useState, type ReactElement } from 'react';
import { barLineTable, buildBarLineOption, type BarLineInput } from '../charts/bar-line-option';
import { buildRankingOption } from '../charts/ranking-option';
import { rankingTable, trendTable } from '../charts/tables';
import { buildTrendOption, trendRows } from '../charts/trend-option';
import { ChartFigure } from '../components/ChartFigure';
import { DataTable } from '../components/DataTable';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { EChart } from '../components/EChart';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { SelectField } from '../components/SelectField';
import { StateLink } from '../components/StateLink';
import { pick } from '../domain/language';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  SUPPORT_TYPES,
  SUPPORT_TYPE_LABELS,
  type CaseStatus,
  type SupportType,
} from '../domain/ledger';
import { LAN_SCOPE } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import { formatValue } from '../i18n/format';
import type { UrlState } from '../state/url-state';
import { buildFinanceModel, type FinanceModel } from './finance-model';
import { casesTable } from './finance-tables';

const ALL = '';
/** Rows listed on the page; the CSV holds every matching case. */
const SHOWN_CASES = 200;

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
  return <FinanceContent model={model} state={state} onChange={onChange} />;
}

function FinanceContent({
  model,
  state,
  onChange,
}: {
  readonly model: FinanceModel;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  const yearLabel = model.year === undefined ? '–' : String(model.year);
  const span =
    model.years.length > 0 ? `${model.years[0] ?? ''}–${model.years[model.years.length - 1] ?? ''}` : '–';
  const { source } = model;
  const supportNote = model.supportType
    ? pick(SUPPORT_TYPE_LABELS[model.supportType], lang)
    : t('allSupportTypes');

  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('region')}
          value={model.region}
          options={model.regions}
          onChange={(region) => onChange({ region })}
          testId="region-select"
        />
        <SelectField<SupportType | typeof ALL>
          label={t('supportType')}
          value={model.supportType ?? ALL}
          options={[
            { value: ALL, label: t('allSupportTypes') },
            ...SUPPORT_TYPES.map((s) => ({ value: s, label: pick(SUPPORT_TYPE_LABELS[s], lang) })),
          ]}
          onChange={(value) => onChange({ supportType: value === ALL ? undefined : value })}
          testId="support-type-select"
        />
        <SelectField
          label={t('financeYear')}
          value={yearLabel}
          options={model.years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(at) => onChange({ at })}
          testId="finance-year-select"
        />
      </form>

      <section className="finance-intro" aria-labelledby="finance-heading">
        <h2 id="finance-heading">{t('financeHeading', { region: model.regionName })}</h2>
        <p>{t('financeIntro')}</p>
        <p className="privacy-note" data-testid="privacy-note">
          {t('financePrivacy')}
        </p>
        {model.supportType ? <p className="hint">{t('financeSupportNote', { type: supportNote })}</p> : null}
      </section>

      <section className="finance-figures" aria-labelledby="figures-heading" data-testid="finance-figures">
        <h2 id="figures-heading">{t('figuresTitle', { region: model.regionName, year: yearLabel })}</h2>
        <ul className="figure-cards">
          {model.figures.map((f) => (
            <li key={f.id} className="figure-card" data-testid={`figure-${f.id}`}>
              <h3>{f.name}</h3>
              <p className="big-number">
                <span data-testid="figure-value">{formatValue(f.value, f.marker, f.decimals, lang)}</span>{' '}
                <span className="unit">{f.unit}</span>
              </p>
              {f.value === null ? <p className="hint">{t('figureNoValue')}</p> : null}
              {f.formula ? (
                <p className="formula">
                  <span className="question-label">{t('formulaLabel')}:</span> {f.formula}
                </p>
              ) : null}
              <StateLink
                state={state}
                change={{
                  view: 'indikator',
                  indicator: f.id,
                  region: model.region,
                  at: undefined,
                  from: undefined,
                  to: undefined,
                  compare: [],
                }}
                onChange={onChange}
              >
                {t('openIndicator', { indicator: f.name })}
              </StateLink>
            </li>
          ))}
        </ul>
      </section>

      <div className="chart-grid">
        <BarLineFigure
          input={model.pressure}
          title={t('pressureTitle', { region: model.regionName })}
          caption={t('chartCaption', { source, unit: t('unitMnkr'), period: span })}
          categoryHeader={t('financeYear')}
          testId="pressure-figure"
        />
        <BarLineFigure
          input={model.pressureRatio}
          title={t('pressureRatioTitle', { region: model.regionName })}
          caption={t('chartCaption', { source, unit: t('unitRatio'), period: span })}
          categoryHeader={t('financeYear')}
          testId="pressure-ratio-figure"
        />
        {model.leverage ? <LeverageFigures model={model} /> : null}
        <BarLineFigure
          input={model.cofinancing}
          title={t('cofinancingTitle', { region: model.regionName })}
          caption={`${t('chartCaption', { source, unit: t('unitMnkr'), period: span })} ${t('supportTypeCaption', { type: supportNote })}`}
          categoryHeader={t('financeYear')}
          testId="cofinancing-figure"
        />
        <BarLineFigure
          input={model.cohort}
          title={t('cohortTitle', { region: model.regionName })}
          caption={`${t('chartCaption', { source, unit: t('unitMnkr'), period: span })} ${t('cohortCaption')} ${t('supportTypeCaption', { type: supportNote })}`}
          categoryHeader={t('colDecisionYear')}
          testId="cohort-figure"
        />
        <BarLineFigure
          input={model.cohortShare}
          title={t('cohortShareTitle', { region: model.regionName })}
          caption={`${t('chartCaption', { source, unit: '%', period: span })} ${t('cohortCaption')} ${t('supportTypeCaption', { type: supportNote })}`}
          categoryHeader={t('colDecisionYear')}
          testId="cohort-share-figure"
        />
        <BarLineFigure
          input={model.rus}
          title={t(model.supportType ? 'rusTitleFiltered' : 'rusTitle', {
            region: model.regionName,
            year: yearLabel,
          })}
          caption={`${t('chartCaption', { source, unit: '%', period: yearLabel })} ${t(model.supportType ? 'rusPlanHidden' : 'rusCaption')} ${t('supportTypeCaption', { type: supportNote })}`}
          categoryHeader={t('colRus')}
          testId="rus-figure"
          empty={model.rus.categories.length === 0}
        />
        <BarLineFigure
          input={model.chain}
          title={t('chainTitle', { region: model.regionName, year: yearLabel })}
          caption={`${t('chartCaption', { source, unit: t('unitMnkr'), period: yearLabel })} ${t('supportTypeCaption', { type: supportNote })}`}
          categoryHeader={t('colChainTag')}
          testId="chain-figure"
          empty={model.chain.categories.length === 0}
        />
      </div>

      <CaseTable model={model} state={state} onChange={onChange} />
    </>
  );
}

function BarLineFigure({
  input,
  title,
  caption,
  categoryHeader,
  testId,
  empty = false,
}: {
  readonly input: BarLineInput;
  readonly title: string;
  readonly caption: string;
  readonly categoryHeader: string;
  readonly testId: string;
  readonly empty?: boolean;
}): ReactElement {
  const { t } = useI18n();
  const option = useMemo(() => buildBarLineOption(input), [input]);
  const table = useMemo(() => barLineTable(input, title, categoryHeader), [input, title, categoryHeader]);
  const height = input.horizontal ? Math.max(240, 110 + input.categories.length * 52) : 360;
  return (
    <ChartFigure
      testId={testId}
      title={title}
      caption={caption}
      table={table}
      chart={
        empty ? (
          <p className="hint">{t('noDataForYear')}</p>
        ) : (
          <EChart option={option} label={title} height={height} />
        )
      }
    />
  );
}

function LeverageFigures({ model }: { readonly model: FinanceModel }): ReactElement | null {
  const { t } = useI18n();
  const leverage = model.leverage;
  const rankingOption = useMemo(
    () => (leverage ? buildRankingOption(leverage.ranking) : undefined),
    [leverage],
  );
  const trendOption = useMemo(() => (leverage ? buildTrendOption(leverage.trend) : undefined), [leverage]);
  if (!leverage || !rankingOption || !trendOption) return null;
  const yearLabel = model.year === undefined ? '–' : String(model.year);
  const rankingTitle = t('leverageRankingTitle', { year: yearLabel });
  const trendTitle = t('leverageTrendTitle', { region: model.regionName });
  const rows = trendRows(leverage.trend);
  const span = rows.length > 0 ? `${rows[0]?.label ?? ''}–${rows[rows.length - 1]?.label ?? ''}` : '–';
  const rankingTableModel = rankingTable(leverage.ranking, rankingTitle, {
    rank: t('colRank'),
    county: t('colRegion'),
    value: t('colValue'),
  });
  return (
    <>
      <ChartFigure
        testId="leverage-ranking-figure"
        title={rankingTitle}
        caption={t('chartCaption', {
          source: leverage.source || '–',
          unit: leverage.unit,
          period: yearLabel,
        })}
        swedish={leverage.catalogueSource}
        table={rankingTableModel}
        chart={<EChart option={rankingOption} label={rankingTitle} height={520} />}
      />
      <ChartFigure
        testId="leverage-trend-figure"
        title={trendTitle}
        caption={t('chartCaption', { source: leverage.source || '–', unit: leverage.unit, period: span })}
        swedish={leverage.catalogueSource}
        table={trendTable(leverage.trend, rows, trendTitle, { period: t('colPeriod') })}
        chart={<EChart option={trendOption} label={trendTitle} height={340} />}
      />
    </>
  );
}

function CaseTable({
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
        <SearchField key={state.caseQuery} initial={state.caseQuery} onSearch={search} />
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

/** The search words, applied when the user presses Enter or the button (one history entry a search). */
function SearchField({
  initial,
  onSearch,
}: {
  readonly initial: string;
  readonly onSearch: (words: string) => void;
}): ReactElement {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState(initial);
  return (
    <>
      <div className="control">
        <label htmlFor={id}>{t('caseSearch')}</label>
        <input
          id={id}
          type="search"
          value={query}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSearch(query);
            }
          }}
          data-testid="case-search"
        />
      </div>
      <div className="control control-button">
        <button type="button" onClick={() => onSearch(query)} data-testid="case-search-submit">
          {t('search')}
        </button>
      </div>
    </>
  );
}
