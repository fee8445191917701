import { useMemo, type ReactElement } from 'react';
import { buildMapOption, COUNTY_MAP, valueLegend } from '../charts/map-option';
import { ChartFigure } from '../components/ChartFigure';
import { EChart, type ChartEvents } from '../components/EChart';
import { useStructural } from '../components/use-structural';
import { useI18n } from '../components/i18n-context';
import { SelectField } from '../components/SelectField';
import { StatusLegend } from '../components/StatusLegend';
import { pick } from '../domain/language';
import { inScope, type RegionScope } from '../domain/region-scope';
import { formatNumber } from '../i18n/format';
import type { MapMode, UrlState } from '../state/url-state';
import type { IndicatorModel } from './indicator-model';

interface MapFigureProps {
  readonly model: IndicatorModel;
  readonly scope: RegionScope;
  /** The mapped period, as the caption names it. */
  readonly atLabel: string;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** The län coloured by value or by status, with its legend; clicking a county puts it in focus. */
export function MapFigure({ model, scope, atLabel, onChange }: MapFigureProps): ReactElement {
  const { t, lang } = useI18n();
  const map = useStructural(model.map);
  const option = useMemo(() => buildMapOption(map), [map]);
  const events = useMemo<ChartEvents>(
    () => ({
      click: (params) => {
        const code = params.name ?? '';
        if (inScope(scope, code)) onChange({ region: code });
      },
    }),
    [scope, onChange],
  );
  const { indicator } = model.listed;
  const unit = pick(indicator.unit, lang);
  return (
    <ChartFigure
      testId="map-figure"
      title={model.map.description}
      caption={t('chartCaption', { source: model.sources.all, unit: unit || '–', period: atLabel })}
      about={{ source: model.sources.all, unit, period: atLabel }}
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
          option={option}
          label={model.map.description}
          height={560}
          testId="map-chart"
          events={events}
          map={model.map.map ?? COUNTY_MAP}
        />
      }
      footer={
        <>
          {model.map.mode === 'status' ? <StatusLegend /> : <ValueLegend model={model} />}
          <p className="attribution">{t('mapAttribution')}</p>
        </>
      }
      table={model.table}
    />
  );
}

/** The value steps of the map's colours, and the colour of a missing value. */
function ValueLegend({ model }: { readonly model: IndicatorModel }): ReactElement {
  const { t, lang } = useI18n();
  const { decimals } = model.listed.indicator;
  return (
    <ul className="legend value-legend" aria-label={t('mapLegend')}>
      {valueLegend(model.map.entries).map((step) => (
        <li key={step.colour}>
          <span className="swatch" style={{ background: step.colour }} aria-hidden="true" />
          {formatNumber(step.from, decimals, lang)}–{formatNumber(step.to, decimals, lang)}
        </li>
      ))}
      <li>
        <span className="swatch swatch-missing" aria-hidden="true" />
        {t('missingValue')} (..)
      </li>
    </ul>
  );
}
