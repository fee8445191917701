import { useId, useMemo, type ReactElement } from 'react';
import { trendTable } from '../charts/tables';
import { buildTrendOption, trendRows, type TrendAnnotations } from '../charts/trend-option';
import { ChartFigure } from '../components/ChartFigure';
import { EChart } from '../components/EChart';
import { useStructural } from '../components/use-structural';
import { useI18n } from '../components/i18n-context';
import { pick } from '../domain/language';
import type { IndicatorModel } from './indicator-model';
import { TrendNotes } from './learning-log/TrendNotes';

/** The chosen regions over time against their target paths, with the values as a table. */
export function TrendFigure({
  model,
  annotations,
}: {
  readonly model: IndicatorModel;
  /** The learning log's notes, marked on their periods. */
  readonly annotations?: TrendAnnotations;
}): ReactElement {
  const { t, lang } = useI18n();
  // The same figures as before (a file added that does not touch them): the same option, not drawn again.
  const trend = useStructural(model.trend);
  const notes = useStructural(annotations);
  const option = useMemo(() => buildTrendOption({ ...trend, annotations: notes }), [trend, notes]);
  const sentenceId = useId();
  const { indicator } = model.listed;
  const unit = pick(indicator.unit, lang);
  const rows = trendRows(model.trend);
  const span = rows.length > 0 ? `${rows[0]?.label ?? ''}–${rows[rows.length - 1]?.label ?? ''}` : '–';
  return (
    <ChartFigure
      testId="trend-figure"
      title={model.trend.description}
      caption={t('chartCaption', { source: model.sources.trend, unit: unit || '–', period: span })}
      about={{ source: model.sources.trend, unit, note: model.trend.note }}
      swedish={indicator.source}
      chart={
        <>
          {model.summary.latest === undefined ? (
            <p className="no-data" role="status">
              {t('noDataForSelection', { indicator: pick(indicator.name, lang), region: model.regionName })}
            </p>
          ) : null}
          <EChart
            option={option}
            label={
              model.trend.note ? `${model.trend.description} ${model.trend.note}` : model.trend.description
            }
            describedBy={model.sentence ? sentenceId : undefined}
            height={440}
            testId="trend-chart"
          />
          {model.sentence ? (
            <p id={sentenceId} className="chart-sentence" data-testid="trend-sentence">
              {model.sentence}
            </p>
          ) : null}
        </>
      }
      footer={
        <>
          {model.trend.lines.some((l) => l.path.length > 0) ? (
            <p className="attribution">
              {t('pathNote')}
              {model.statusNote ? ` ${model.statusNote}` : ''}
            </p>
          ) : null}
          {annotations ? <TrendNotes annotations={annotations} /> : null}
        </>
      }
      table={trendTable(model.trend, rows, t('tableCaptionTrend', { region: model.regionName }), {
        period: t('colPeriod'),
      })}
    />
  );
}
