import { useId, useMemo, type ReactElement } from 'react';
import { trendTable } from '../../charts/tables';
import { buildTrendOption, trendRows } from '../../charts/trend-option';
import { DataTable } from '../../components/DataTable';
import { EChart } from '../../components/EChart';
import { useI18n } from '../../components/i18n-context';
import { StatusBadge } from '../../components/StatusBadge';
import { pick } from '../../domain/language';
import { periodLabel } from '../../domain/period';
import { formatValue } from '../../i18n/format';
import type { FigureSlide } from './meeting-model';
import { changeFigure, targetParts } from './slide-text';
import { useSlideChartSize } from './use-viewport';

/** The value, the change and the status in large figures, beside the trend against the target. */
export function FigureSlideBody({
  slide,
  regionName,
}: {
  readonly slide: FigureSlide;
  readonly regionName: string;
}): ReactElement {
  const { t, lang } = useI18n();
  const { height, scale } = useSlideChartSize();
  const option = useMemo(() => buildTrendOption({ ...slide.trend, scale }), [slide.trend, scale]);
  const { indicator, latest, status } = slide.summary;
  const tableId = useId();
  const rows = useMemo(() => trendRows(slide.trend), [slide.trend]);
  return (
    <div className="slide-figure">
      <div className="slide-facts">
        <dl className="slide-figures">
          <div>
            <dt>
              {latest ? t('meetingLatest', { period: periodLabel(latest.period, lang) }) : t('statusNo_data')}
            </dt>
            <dd className="slide-big" data-testid="slide-value">
              {formatValue(latest?.value ?? null, latest?.marker ?? null, indicator.decimals, lang)}
            </dd>
            <dd className="slide-sub">{pick(indicator.unit, lang)}</dd>
          </div>
          <div>
            <dt>{t('meetingChange')}</dt>
            <ChangeFigure slide={slide} />
          </div>
          <div>
            <dt>{t('meetingStatus')}</dt>
            <dd className="slide-status">
              <StatusBadge status={status.status} />
            </dd>
            {status.target ? (
              <dd className="slide-sub">
                {t('meetingTargetLine', targetParts(status.target, indicator.decimals, lang))}
              </dd>
            ) : null}
          </div>
        </dl>
        {slide.sentence ? (
          <p className="slide-summary" data-testid="slide-summary">
            {slide.sentence}
          </p>
        ) : null}
        {slide.formula ? (
          <p className="slide-summary">{t('meetingFormula', { formula: slide.formula })}</p>
        ) : null}
      </div>
      <div className="slide-chart">
        <EChart option={option} label={slide.trend.description} height={height} testId="slide-chart" />
        {slide.trend.lines.some((l) => l.path.length > 0) ? (
          <p className="slide-note">{t('pathNote')}</p>
        ) : null}
        {/* The table alternative opens over the slide; in it the arrows scroll the table, not the deck. */}
        <details className="slide-table">
          <summary>{t('showTable')}</summary>
          <div
            id={tableId}
            className="table-wrap"
            data-own-keys
            tabIndex={0}
            role="region"
            aria-label={t('meetingTableOf', { title: slide.title })}
          >
            <DataTable
              table={trendTable(slide.trend, rows, t('tableCaptionTrend', { region: regionName }), {
                period: t('colPeriod'),
              })}
            />
          </div>
        </details>
      </div>
    </div>
  );
}

function ChangeFigure({ slide }: { readonly slide: FigureSlide }): ReactElement {
  const { t, lang } = useI18n();
  const { indicator, changePrevious } = slide.summary;
  if (indicator.cohort || !changePrevious)
    return <dd className="slide-sub">{t(indicator.cohort ? 'changeCohort' : 'changeNone')}</dd>;
  const { arrow, value } = changeFigure(changePrevious, indicator.decimals, lang);
  return (
    <>
      <dd className="slide-big" data-testid="slide-change">
        <span aria-hidden="true">{arrow} </span>
        {value}
      </dd>
      <dd className="slide-sub">{t('meetingSince', { period: periodLabel(changePrevious.from, lang) })}</dd>
    </>
  );
}
