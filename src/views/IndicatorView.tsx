import { useMemo, type ReactElement } from 'react';
import { buildMapOption, valueLegend } from '../charts/map-option';
import { buildRankingOption } from '../charts/ranking-option';
import { trendTable } from '../charts/tables';
import { buildTrendOption, trendRows } from '../charts/trend-option';
import { ChartFigure } from '../components/ChartFigure';
import { CompareChooser } from '../components/CompareChooser';
import { DataTable } from '../components/DataTable';
import { EChart, type ChartEvents } from '../components/EChart';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { RegionSelect } from '../components/RegionSelect';
import { SelectField } from '../components/SelectField';
import { StatusLegend } from '../components/StatusLegend';
import { pick } from '../domain/language';
import { periodKey, periodLabel, periodLongLabel, type Granularity } from '../domain/period';
import { rankEntries } from '../domain/ranking';
import { inScope, LAN_SCOPE } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import type { MessageKey } from '../i18n/dictionary';
import { formatNumber } from '../i18n/format';
import type { GenderChoice, MapMode, UrlState } from '../state/url-state';
import { buildIndicatorModel } from './indicator-model';
import { IndicatorHeader } from './IndicatorHeader';
import { IndicatorSelect } from './IndicatorSelect';

const GRANULARITY_KEY: Readonly<Record<Granularity, MessageKey>> = {
  year: 'granularityYear',
  quarter: 'granularityQuarter',
  month: 'granularityMonth',
};
const GENDER_KEY: Readonly<Record<GenderChoice, MessageKey>> = {
  T: 'genderT',
  K: 'genderK',
  M: 'genderM',
  KM: 'genderKM',
};
const ALL = '';

interface IndicatorViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/**
 * One indicator: the chosen regions over time against their target paths, all län ranked, the map,
 * and the exact values in a sortable table.
 */
export function IndicatorView({ dataset, state, onChange }: IndicatorViewProps): ReactElement {
  const { t, lang } = useI18n();
  // The URL has no region level yet: the view compares the län.
  const scope = LAN_SCOPE;
  const model = useMemo(
    () => buildIndicatorModel(dataset, scope, state, lang, t),
    [dataset, scope, state, lang, t],
  );
  usePageTitle(
    model
      ? t('pageTitleIndikator', {
          indicator: pick(model.listed.indicator.name, lang),
          region: model.regionName,
        })
      : t('viewIndikator'),
  );
  const trendOption = useMemo(() => (model ? buildTrendOption(model.trend) : undefined), [model]);
  const rankingOption = useMemo(() => (model ? buildRankingOption(model.ranking) : undefined), [model]);
  const mapOption = useMemo(() => (model ? buildMapOption(model.map) : undefined), [model]);
  const ranked = useMemo(
    () => (model ? rankEntries(model.ranking.entries, model.ranking.direction, model.ranking.selected) : []),
    [model],
  );
  // Clicking a county's bar or its shape on the map puts it in focus.
  const rankingEvents = useMemo<ChartEvents>(
    () => ({
      click: (params) => {
        const entry = ranked[params.dataIndex ?? -1];
        if (entry) onChange({ region: entry.code });
      },
    }),
    [ranked, onChange],
  );
  const mapEvents = useMemo<ChartEvents>(
    () => ({
      click: (params) => {
        const code = params.name ?? '';
        if (inScope(scope, code)) onChange({ region: code });
      },
    }),
    [scope, onChange],
  );

  if (!model || !trendOption || !rankingOption || !mapOption) return <p role="status">{t('noIndicators')}</p>;

  const { indicator } = model.listed;
  const indicatorName = pick(indicator.name, lang);
  const unit = pick(indicator.unit, lang);
  const rows = trendRows(model.trend);
  const span = rows.length > 0 ? `${rows[0]?.label ?? ''}–${rows[rows.length - 1]?.label ?? ''}` : '–';
  const atLabel = model.at ? periodLongLabel(model.at, lang) : '–';
  const periodOptions = model.periods.map((p) => ({ value: periodKey(p), label: periodLabel(p, lang) }));
  const counties = model.table;
  const legend =
    model.map.mode === 'status' ? (
      <StatusLegend />
    ) : (
      <ul className="legend value-legend" aria-label={t('mapLegend')}>
        {valueLegend(model.map.entries).map((step) => (
          <li key={step.colour}>
            <span className="swatch" style={{ background: step.colour }} aria-hidden="true" />
            {formatNumber(step.from, indicator.decimals, lang)}–
            {formatNumber(step.to, indicator.decimals, lang)}
          </li>
        ))}
        <li>
          <span className="swatch swatch-missing" aria-hidden="true" />
          {t('missingValue')} (..)
        </li>
      </ul>
    );

  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <RegionSelect
          scope={scope}
          value={model.regionCode}
          onChange={(region) => onChange({ region, compare: state.compare.filter((c) => c !== region) })}
        />
        <CompareChooser
          scope={scope}
          focus={model.regionCode}
          chosen={model.compare}
          onChange={(compare) => onChange({ compare })}
        />
        <IndicatorSelect
          groups={model.groups}
          value={indicator.id}
          onChange={(id) => onChange({ indicator: id, at: undefined, from: undefined, to: undefined })}
        />
        {model.granularities.length > 1 ? (
          <SelectField
            label={t('granularity')}
            value={model.granularity}
            options={model.granularities.map((g) => ({ value: g, label: t(GRANULARITY_KEY[g]) }))}
            onChange={(granularity) =>
              onChange({ granularity, at: undefined, from: undefined, to: undefined })
            }
            testId="granularity-select"
          />
        ) : null}
        {model.genderChoices.length > 1 ? (
          <SelectField
            label={t('gender')}
            value={model.gender}
            options={model.genderChoices.map((g) => ({ value: g, label: t(GENDER_KEY[g]) }))}
            onChange={(gender) => onChange({ gender })}
            testId="gender-select"
          />
        ) : null}
        <SelectField
          label={t('fromPeriod')}
          value={model.trend.from ? periodKey(model.trend.from) : ALL}
          options={[{ value: ALL, label: t('firstPeriod') }, ...periodOptions]}
          onChange={(from) => onChange({ from: from === ALL ? undefined : from })}
          testId="from-select"
        />
        <SelectField
          label={t('toPeriod')}
          value={model.trend.to ? periodKey(model.trend.to) : ALL}
          options={[{ value: ALL, label: t('lastPeriod') }, ...periodOptions]}
          onChange={(to) => onChange({ to: to === ALL ? undefined : to })}
          testId="to-select"
        />
      </form>

      <IndicatorHeader
        listed={model.listed}
        summary={model.summary}
        regionName={model.regionName}
        formula={model.formula}
        source={model.sources.region}
        statusNote={model.statusNote}
        referenceLabel={model.referenceLabel}
      />

      <div className="chart-grid">
        <ChartFigure
          testId="trend-figure"
          title={model.trend.description}
          caption={t('chartCaption', { source: model.sources.trend, unit: unit || '–', period: span })}
          swedish={indicator.source}
          chart={
            <>
              {model.summary.latest === undefined ? (
                <p className="no-data" role="status">
                  {t('noDataForSelection', { indicator: indicatorName, region: model.regionName })}
                </p>
              ) : null}
              <EChart
                option={trendOption}
                label={
                  model.trend.note
                    ? `${model.trend.description} ${model.trend.note}`
                    : model.trend.description
                }
                height={440}
                testId="trend-chart"
              />
            </>
          }
          footer={
            model.trend.lines.some((l) => l.path.length > 0) ? (
              <p className="attribution">
                {t('pathNote')}
                {model.statusNote ? ` ${model.statusNote}` : ''}
              </p>
            ) : null
          }
          table={trendTable(model.trend, rows, t('tableCaptionTrend', { region: model.regionName }), {
            period: t('colPeriod'),
          })}
        />
        <ChartFigure
          testId="ranking-figure"
          title={t('rankingTitle', { indicator: indicatorName, period: atLabel })}
          caption={t('chartCaption', { source: model.sources.all, unit: unit || '–', period: atLabel })}
          swedish={indicator.source}
          controls={
            periodOptions.length > 1 ? (
              <SelectField
                label={t('atPeriod')}
                value={model.at ? periodKey(model.at) : ALL}
                options={periodOptions}
                onChange={(at) => onChange({ at })}
                testId="at-select"
              />
            ) : null
          }
          chart={
            <EChart
              option={rankingOption}
              label={model.ranking.description}
              height={480}
              testId="ranking-chart"
              events={rankingEvents}
            />
          }
          table={counties}
        />
      </div>

      <div className="chart-grid map-grid">
        <ChartFigure
          testId="map-figure"
          title={model.map.description}
          caption={t('chartCaption', { source: model.sources.all, unit: unit || '–', period: atLabel })}
          swedish={indicator.source}
          controls={
            <SelectField<MapMode>
              label={t('mapMode')}
              value={model.map.mode}
              options={[
                { value: 'value', label: t('mapModeValue') },
                { value: 'status', label: t('mapModeStatus') },
              ]}
              onChange={(mapMode) => onChange({ mapMode })}
              testId="map-mode"
            />
          }
          chart={
            <EChart
              option={mapOption}
              label={model.map.description}
              height={560}
              testId="map-chart"
              events={mapEvents}
              needsMap
            />
          }
          footer={
            <>
              {legend}
              <p className="attribution">{t('mapAttribution')}</p>
            </>
          }
          table={counties}
        />
        <section
          className="chart-figure"
          aria-labelledby="counties-table-heading"
          data-testid="counties-table"
        >
          <h2 id="counties-table-heading">{t('countiesTableTitle', { period: atLabel })}</h2>
          <p className="hint">{t('countiesTableHint')}</p>
          <div
            className="table-wrap tall"
            tabIndex={0}
            role="region"
            aria-labelledby="counties-table-heading"
          >
            <DataTable table={counties} sortable testId="counties-data-table" />
          </div>
        </section>
      </div>
    </>
  );
}
