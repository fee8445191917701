import { useMemo, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { pick } from '../domain/language';
import { periodKey, periodLabel, periodLongLabel } from '../domain/period';
import type { Dataset } from '../data/dataset/dataset';
import { scopeOf, type UrlState } from '../state/url-state';
import { CountiesTable } from './CountiesTable';
import { buildIndicatorModel } from './indicator-model';
import { IndicatorControls } from './IndicatorControls';
import { IndicatorHeader } from './IndicatorHeader';
import { MapFigure } from './MapFigure';
import { RankingFigure } from './RankingFigure';
import { TrendFigure } from './TrendFigure';

interface IndicatorViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/**
 * One indicator: the chosen regions over time against their target paths, the län (or a county's
 * kommuner) ranked, the map,
 * and the exact values in a sortable table.
 */
export function IndicatorView({ dataset, state, onChange }: IndicatorViewProps): ReactElement {
  const { t, lang } = useI18n();
  // The län, or the kommuner of the county in focus (a kommun in focus: its county's kommuner).
  const scope = useMemo(
    () => scopeOf({ region: state.region, level: state.level }),
    [state.region, state.level],
  );
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
  if (!model) return <p role="status">{t('noIndicators')}</p>;

  const atLabel = model.at ? periodLongLabel(model.at, lang) : '–';
  const periodOptions = model.periods.map((p) => ({ value: periodKey(p), label: periodLabel(p, lang) }));
  return (
    <>
      <IndicatorControls
        model={model}
        scope={scope}
        state={state}
        periodOptions={periodOptions}
        onChange={onChange}
      />
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
        <TrendFigure model={model} />
        <RankingFigure model={model} atLabel={atLabel} periodOptions={periodOptions} onChange={onChange} />
      </div>
      <div className="chart-grid map-grid">
        <MapFigure model={model} scope={scope} atLabel={atLabel} onChange={onChange} />
        <CountiesTable table={model.table} atLabel={atLabel} all={model.scopeText.all} />
      </div>
    </>
  );
}
