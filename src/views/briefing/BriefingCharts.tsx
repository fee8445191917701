import { useMemo, type ReactElement } from 'react';
import { CaptionText } from '../../components/ChartFigure';
import { EChart } from '../../components/EChart';
import { useI18n } from '../../components/i18n-context';
import { smallTrendOption, type BriefingChart } from './briefing-charts';

/** A chart's height on the page (CSS px): six, three by two, fit the A4 page with the rest. */
export const BRIEFING_CHART_HEIGHT = 118;

/** One key chart: its heading, the plot (a fixed size, so it prints as drawn), its unit, period and source. */
function SmallChart({ chart }: { readonly chart: BriefingChart }): ReactElement {
  const { t, lang } = useI18n();
  const option = useMemo(() => smallTrendOption(chart.trend), [chart.trend]);
  const source = t('briefingChartSource', { source: chart.source });
  return (
    <figure className="briefing-chart" data-testid={`briefing-chart-${chart.id}`}>
      <h3 className="briefing-chart-title">{chart.title}</h3>
      <EChart
        option={option}
        label={chart.note ? `${chart.description} ${chart.note}` : chart.description}
        height={BRIEFING_CHART_HEIGHT}
      />
      <figcaption className="briefing-chart-caption">
        {chart.note ? `${chart.note} ` : ''}
        {t('briefingChartUnit', { unit: chart.unit || '–', period: chart.period })}{' '}
        <span className="briefing-chart-source">
          <CaptionText caption={source} swedish={lang === 'sv' ? undefined : chart.catalogueSource} />
        </span>
      </figcaption>
    </figure>
  );
}

/** The chosen key charts, with their lines and the target path named once, under them. */
export function BriefingCharts({
  charts,
  regionName,
}: {
  readonly charts: readonly BriefingChart[];
  readonly regionName: string;
}): ReactElement {
  const { t } = useI18n();
  if (charts.length === 0) return <p className="hint">{t('briefingChartsNone')}</p>;
  return (
    <>
      <div className="briefing-charts">
        {charts.map((c) => (
          <SmallChart key={c.id} chart={c} />
        ))}
      </div>
      <p className="briefing-note" data-testid="briefing-legend">
        {t('briefingLegendRegion', { region: regionName })}
        {charts.some((c) => c.withRiket) ? ` ${t('briefingLegendRiket')}` : ''}
        {charts.some((c) => c.trend.lines.some((l) => l.path.length > 0)) ? ` ${t('pathNote')}` : ''}
      </p>
    </>
  );
}
