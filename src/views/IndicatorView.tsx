import { useDeferredValue, useMemo, type ReactElement, type ReactNode } from 'react';
import { useI18n } from '../components/i18n-context';
import { PanelBoundary } from '../components/PanelBoundary';
import { usePageTitle } from '../components/page-title';
import { useDeferredBusy } from '../components/view-busy';
import { useWorkspaceApi } from '../components/workspace-context';
import { pick } from '../domain/language';
import { periodKey, periodLabel, periodLongLabel } from '../domain/period';
import type { Dataset } from '../data/dataset/dataset';
import type { MessageKey } from '../i18n/dictionary';
import { scopeOf, type UrlState } from '../state/url-state';
import { askedWithoutData, ChainIndicatorNoData } from './ChainIndicatorNoData';
import { CountiesTable } from './CountiesTable';
import { buildIndicatorModel } from './indicator-model';
import { IndicatorControls } from './IndicatorControls';
import { IndicatorHeader } from './IndicatorHeader';
import { indicatorsWithData } from './indicator-list';
import { EAGER_OPTIONS } from './IndicatorSelect';
import { MapFigure } from './MapFigure';
import { indicatorFiles } from './panel-files';
import { RankingFigure } from './RankingFigure';
import { TrendFigure } from './TrendFigure';
import { NotesPanel } from './learning-log/NotesPanel';
import { useTrendAnnotations } from './learning-log/use-trend-annotations';

interface IndicatorViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/**
 * One indicator: the chosen regions over time against their target paths, the län (or a county's
 * kommuner) ranked, the map,
 * and the exact values in a sortable table.
 *
 * With a long list of indicators, opening the view removes the view before it (two thousand cards on
 * Län) in the task of the click, and the view's own elements are made afterwards, in a render React
 * splits into slices of a few milliseconds (a deferred value): the two never add up to one long task.
 * A short list draws the view at once.
 */
export function IndicatorView(props: IndicatorViewProps): ReactElement {
  const { t } = useI18n();
  const long = indicatorsWithData(props.dataset, t).length > EAGER_OPTIONS;
  const shown = useDeferredValue(true, long ? false : undefined);
  return shown ? <IndicatorBody {...props} /> : <div className="view-pending" aria-busy="true" />;
}

const indicatorOf = (state: UrlState): string | undefined => state.indicator;

function IndicatorBody({ dataset, state: current, onChange }: IndicatorViewProps): ReactElement {
  const { t, lang } = useI18n();
  // Another indicator is drawn in a later render React may cut into slices (its model and every
  // panel are new: one task of 30–60 ms on a 2-core machine, with the example data too); meanwhile
  // the view shows the indicator before, `main` busy, and the choice shows the new one. A county or a
  // period is drawn at once (its charts follow in turns).
  const state = useDeferredBusy(current, indicatorOf);
  // The län, or the kommuner of the county in focus (a kommun in focus: its county's kommuner).
  const scope = useMemo(
    () => scopeOf({ region: state.region, level: state.level }),
    [state.region, state.level],
  );
  const model = useMemo(
    () => buildIndicatorModel(dataset, scope, state, lang, t),
    [dataset, scope, state, lang, t],
  );
  const annotations = useTrendAnnotations(model?.listed.indicator.id ?? '', model?.regionCode ?? '');
  const own = useWorkspaceApi()?.workspace.strategy;
  const noData = askedWithoutData(own, state.indicator, model?.listed.indicator.id);
  usePageTitle(
    noData
      ? t('chainNoDataTitle', { name: noData.name })
      : model
        ? t('pageTitleIndikator', {
            indicator: pick(model.listed.indicator.name, lang),
            region: model.regionName,
          })
        : t('viewIndikator'),
  );
  if (noData) return <ChainIndicatorNoData indicator={noData} region={model?.regionCode ?? own?.region} />;
  if (!model) return <p role="status">{t('noIndicators')}</p>;

  const indicatorId = model.listed.indicator.id;
  // Each panel fails on its own, naming the files behind the indicator; a new selection or dataset redraws it.
  const panel = (name: MessageKey, child: ReactNode): ReactElement => (
    <PanelBoundary
      name={t(name)}
      files={() => indicatorFiles(dataset, indicatorId)}
      resetKeys={[dataset, state]}
    >
      {child}
    </PanelBoundary>
  );
  const atLabel = model.at ? periodLongLabel(model.at, lang) : '–';
  const periodOptions = model.periods.map((p) => ({ value: periodKey(p), label: periodLabel(p, lang) }));
  return (
    <>
      {panel(
        'panelControls',
        <IndicatorControls
          model={model}
          scope={scope}
          state={current}
          indicator={
            state === current ? model.listed.indicator.id : (current.indicator ?? model.listed.indicator.id)
          }
          periodOptions={periodOptions}
          onChange={onChange}
        />,
      )}
      {panel(
        'panelSummary',
        <IndicatorHeader
          listed={model.listed}
          summary={model.summary}
          regionName={model.regionName}
          formula={model.formula}
          source={model.sources.region}
          statusNote={model.statusNote}
          referenceLabel={model.referenceLabel}
        />,
      )}
      <div className="chart-grid">
        {panel('panelTrend', <TrendFigure model={model} annotations={annotations} />)}
        {panel(
          'panelRanking',
          <RankingFigure model={model} atLabel={atLabel} periodOptions={periodOptions} onChange={onChange} />,
        )}
      </div>
      <div className="chart-grid map-grid">
        {panel('panelMap', <MapFigure model={model} scope={scope} atLabel={atLabel} onChange={onChange} />)}
        {panel(
          'panelCountiesTable',
          <CountiesTable table={model.table} atLabel={atLabel} all={model.scopeText.all} />,
        )}
      </div>
      {panel(
        'notesHeading',
        <NotesPanel
          indicator={model.listed.indicator}
          region={model.regionCode}
          regionName={model.regionName}
          periodOptions={periodOptions}
          indicators={dataset.indicators}
        />,
      )}
    </>
  );
}
