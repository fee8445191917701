import { useId, useMemo, type ReactElement } from 'react';
import type { ChartEvents } from '../components/EChart';
import { buildRankingOption, rankEntries } from '../charts/ranking-option';
import { buildTrendOption, trendRows } from '../charts/trend-option';
import { ChartFigure } from '../components/ChartFigure';
import { EChart } from '../components/EChart';
import { useI18n } from '../components/i18n-context';
import { RankingTable } from '../components/RankingTable';
import { SelectField } from '../components/SelectField';
import { StatusBadge } from '../components/StatusBadge';
import { TrendTable } from '../components/TrendTable';
import { CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import type { Gender } from '../domain/gender';
import { pick } from '../domain/language';
import { periodLongLabel, type Granularity } from '../domain/period';
import { RIKET, RIKET_AND_COUNTIES, regionName } from '../domain/regions';
import type { Dataset } from '../data/dataset';
import type { MessageKey } from '../i18n/dictionary';
import { formatValue } from '../i18n/format';
import type { UrlState } from '../state/url-state';
import { buildIndicatorModel } from './indicator-model';

const GRANULARITY_KEY: Readonly<Record<Granularity, MessageKey>> = { year: 'granularityYear', quarter: 'granularityQuarter', month: 'granularityMonth' };
const GENDER_KEY: Readonly<Record<Gender, MessageKey>> = { T: 'genderT', K: 'genderK', M: 'genderM' };

interface IndicatorViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** The first screen: one indicator for one county over time against its target path, and all län ranked. */
export function IndicatorView({ dataset, state, onChange }: IndicatorViewProps): ReactElement {
  const { t, lang } = useI18n();
  const model = useMemo(() => buildIndicatorModel(dataset, state, lang, t), [dataset, state, lang, t]);
  const trendOption = useMemo(() => (model ? buildTrendOption(model.trend) : undefined), [model]);
  const rankingOption = useMemo(() => (model ? buildRankingOption(model.ranking) : undefined), [model]);
  const ranked = useMemo(() => (model ? rankEntries(model.ranking) : []), [model]);
  // Clicking a county's bar selects it.
  const rankingEvents = useMemo<ChartEvents>(
    () => ({
      click: (params) => {
        const entry = ranked[params.dataIndex ?? -1];
        if (entry) onChange({ region: entry.code });
      },
    }),
    [ranked, onChange],
  );
  const ids = { indicator: useId(), question: useId() };

  if (!model || !trendOption || !rankingOption) return <p role="status">{t('loadFailed')}</p>;

  const indicator = model.indicator;
  const indicatorName = pick(indicator.name, lang);
  const unit = pick(indicator.unit, lang);
  const decimals = indicator.decimals;
  const latestPeriod = model.latest ? periodLongLabel(model.latest.period, lang) : undefined;
  const rows = trendRows(model.trend);
  const firstLabel = rows[0]?.label ?? '';
  const lastLabel = rows[rows.length - 1]?.label ?? '';
  const rankingPeriod = model.rankingPeriod ? periodLongLabel(model.rankingPeriod, lang) : '–';
  const target = model.status.target;

  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('region')}
          value={model.regionCode}
          options={RIKET_AND_COUNTIES.map((r) => ({ value: r.code, label: regionName(r, lang) }))}
          onChange={(region) => onChange({ region })}
          testId="region-select"
        />
        <div className="control control-wide">
          <label htmlFor={ids.indicator}>{t('indicator')}</label>
          <select id={ids.indicator} value={indicator.id} onChange={(e) => onChange({ indicator: e.target.value })} data-testid="indicator-select">
            {model.groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {model.granularities.length > 1 ? (
          <SelectField
            label={t('granularity')}
            value={model.granularity}
            options={model.granularities.map((g) => ({ value: g, label: t(GRANULARITY_KEY[g]) }))}
            onChange={(granularity) => onChange({ granularity })}
            testId="granularity-select"
          />
        ) : null}
        {model.genders.length > 1 ? (
          <SelectField
            label={t('gender')}
            value={model.gender}
            options={model.genders.map((g) => ({ value: g, label: t(GENDER_KEY[g]) }))}
            onChange={(gender) => onChange({ gender })}
            testId="gender-select"
          />
        ) : null}
      </form>

      <section className="indicator-card" aria-labelledby={ids.question} data-testid="indicator-card">
        <div className="indicator-card-main">
          <p className="chain-level">
            {t('chainLevel')}: <strong>{pick(CHAIN_LEVEL_INFO[indicator.chainLevel].label, lang)}</strong>
            {CHAIN_LEVEL_INFO[indicator.chainLevel].horizon ? ` (${pick(CHAIN_LEVEL_INFO[indicator.chainLevel].horizon ?? { sv: '', en: '' }, lang)})` : ''}
          </p>
          <h2 id={ids.question} className="indicator-name">
            {indicatorName}
          </h2>
          {model.inCatalogue ? (
            <p className="question">
              <span className="question-label">
                {t('evaluationQuestion')} ({indicator.question.kind === 'process' ? t('questionProcess') : t('questionSummative')}):
              </span>{' '}
              {pick(indicator.question.text, lang)}
            </p>
          ) : null}
          <p className="meta">
            {unit ? `${t('unit')}: ${unit}. ` : ''}
            {indicator.source ? `${t('source')}: ${indicator.source}.` : ''}
          </p>
        </div>
        <dl className="indicator-figures">
          <div>
            <dt>
              {t('latestValue')}, {model.regionName}
            </dt>
            <dd className="big-number" data-testid="latest-value">
              {model.latest ? formatValue(model.latest.value, model.latest.marker, decimals, lang) : '..'} <span className="unit">{unit}</span>
            </dd>
            <dd className="period">{latestPeriod ?? t('missingValue')}</dd>
          </div>
          <div>
            <dt>{t('colStatus')}</dt>
            <dd data-testid="status">
              <StatusBadge status={model.status.status} />
            </dd>
            {target && model.status.expected !== undefined && model.latest ? (
              <dd className="status-explanation">
                {t('statusExplanation', {
                  expected: formatValue(model.status.expected, null, decimals, lang),
                  period: latestPeriod ?? '',
                  target: formatValue(target.value, null, decimals, lang),
                  targetPeriod: periodLongLabel(target.period, lang),
                })}
              </dd>
            ) : null}
          </div>
          {model.riketAtRankingPeriod && model.regionCode !== '00' ? (
            <div>
              <dt>
                {indicator.aggregation === 'sum' ? t('riketTotal') : regionName(RIKET, lang)}, {rankingPeriod}
              </dt>
              <dd className="big-number secondary">
                {formatValue(model.riketAtRankingPeriod.value, model.riketAtRankingPeriod.marker, decimals, lang)} <span className="unit">{unit}</span>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <div className="chart-grid">
        <ChartFigure
          testId="trend-figure"
          title={model.trend.description}
          caption={t('chartCaption', { source: indicator.source || '–', unit: unit || '–', period: `${firstLabel}–${lastLabel}` })}
          chart={
            <>
              {model.latest === undefined ? (
                <p className="no-data" role="status">
                  {t('noDataForSelection', { indicator: indicatorName, region: model.regionName })}
                </p>
              ) : null}
              <EChart option={trendOption} label={model.trend.description} height={480} testId="trend-chart" />
            </>
          }
          table={
            <TrendTable
              rows={rows}
              caption={t('tableCaptionTrend', { region: model.regionName })}
              regionName={model.regionName}
              riketName={model.trend.riket?.name}
              decimals={decimals}
              hasPath={model.path.length > 0}
            />
          }
        />
        <ChartFigure
          testId="ranking-figure"
          title={t('rankingTitle', { indicator: indicatorName, period: rankingPeriod })}
          caption={t('chartCaption', { source: indicator.source || '–', unit: unit || '–', period: rankingPeriod })}
          chart={<EChart option={rankingOption} label={model.ranking.description} height={480} testId="ranking-chart" events={rankingEvents} />}
          table={<RankingTable entries={ranked} caption={t('tableCaptionRanking', { period: rankingPeriod })} decimals={decimals} riket={model.riketAtRankingPeriod && model.ranking.riket ? { name: model.ranking.riket.name, ...model.riketAtRankingPeriod } : undefined} />}
        />
      </div>
    </>
  );
}
