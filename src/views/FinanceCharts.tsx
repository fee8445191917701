import type { ReactElement, ReactNode } from 'react';
import { useI18n } from '../components/i18n-context';
import { PanelBoundary } from '../components/PanelBoundary';
import { BarLineFigure } from './BarLineFigure';
import type { FinanceModel } from './finance-model';
import { LeverageFigures } from './LeverageFigures';

interface FinanceChartsProps {
  readonly model: FinanceModel;
  /** The decision year, as titles and captions name it. */
  readonly yearLabel: string;
  /** The support type of the selection, or "all", as captions name it. */
  readonly supportNote: string;
}

/**
 * Pressure, leverage, co-financing, cohorts, RUS areas and effect-chain tags: each chart with its
 * caption of source, unit and period (and the support type where the filter applies).
 */
export function FinanceCharts({ model, yearLabel, supportNote }: FinanceChartsProps): ReactElement {
  const { t } = useI18n();
  const span =
    model.years.length > 0 ? `${model.years[0] ?? ''}–${model.years[model.years.length - 1] ?? ''}` : '–';
  const { source } = model;
  const region = model.regionName;
  const typeCaption = t('supportTypeCaption', { type: supportNote });
  const caption = (unit: string, period: string): string => t('chartCaption', { source, unit, period });
  // Each chart fails on its own; a new selection (a new model) draws it again.
  const panel = (title: string, child: ReactNode): ReactElement => (
    <PanelBoundary name={t('panelChart', { title })} resetKeys={[model]}>
      {child}
    </PanelBoundary>
  );
  return (
    <div className="chart-grid">
      {panel(
        t('pressureTitle', { region }),
        <BarLineFigure
          input={model.pressure}
          title={t('pressureTitle', { region })}
          caption={caption(t('unitMnkr'), span)}
          about={{ source, unit: t('unitMnkr'), period: span }}
          categoryHeader={t('financeYear')}
          testId="pressure-figure"
        />,
      )}
      {panel(
        t('pressureRatioTitle', { region }),
        <BarLineFigure
          input={model.pressureRatio}
          title={t('pressureRatioTitle', { region })}
          caption={caption(t('unitRatio'), span)}
          about={{ source, unit: t('unitRatio'), period: span }}
          categoryHeader={t('financeYear')}
          testId="pressure-ratio-figure"
        />,
      )}
      {model.leverage ? panel(t('leverageTrendTitle', { region }), <LeverageFigures model={model} />) : null}
      {panel(
        t('cofinancingTitle', { region }),
        <BarLineFigure
          input={model.cofinancing}
          title={t('cofinancingTitle', { region })}
          caption={`${caption(t('unitMnkr'), span)} ${typeCaption}`}
          about={{ source, unit: t('unitMnkr'), period: span }}
          categoryHeader={t('financeYear')}
          testId="cofinancing-figure"
        />,
      )}
      {panel(
        t('cohortTitle', { region }),
        <BarLineFigure
          input={model.cohort}
          title={t('cohortTitle', { region })}
          caption={`${caption(t('unitMnkr'), span)} ${t('cohortCaption')} ${typeCaption}`}
          about={{ source, unit: t('unitMnkr'), period: span }}
          categoryHeader={t('colDecisionYear')}
          testId="cohort-figure"
        />,
      )}
      {panel(
        t('cohortShareTitle', { region }),
        <BarLineFigure
          input={model.cohortShare}
          title={t('cohortShareTitle', { region })}
          caption={`${caption('%', span)} ${t('cohortCaption')} ${typeCaption}`}
          about={{ source, unit: '%', period: span }}
          categoryHeader={t('colDecisionYear')}
          testId="cohort-share-figure"
        />,
      )}
      {panel(
        t(model.supportType ? 'rusTitleFiltered' : 'rusTitle', { region, year: yearLabel }),
        <BarLineFigure
          input={model.rus}
          title={t(model.supportType ? 'rusTitleFiltered' : 'rusTitle', { region, year: yearLabel })}
          caption={`${caption('%', yearLabel)} ${t(model.supportType ? 'rusPlanHidden' : 'rusCaption')} ${typeCaption}`}
          about={{ source, unit: '%', period: yearLabel }}
          categoryHeader={t('colRus')}
          testId="rus-figure"
          empty={model.rus.categories.length === 0}
        />,
      )}
      {panel(
        t('chainTitle', { region, year: yearLabel }),
        <BarLineFigure
          input={model.chain}
          title={t('chainTitle', { region, year: yearLabel })}
          caption={`${caption(t('unitMnkr'), yearLabel)} ${typeCaption}`}
          about={{ source, unit: t('unitMnkr'), period: yearLabel }}
          categoryHeader={t('colChainTag')}
          testId="chain-figure"
          empty={model.chain.categories.length === 0}
        />,
      )}
    </div>
  );
}
