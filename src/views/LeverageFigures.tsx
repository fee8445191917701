import { useMemo, type ReactElement } from 'react';
import { buildRankingOption } from '../charts/ranking-option';
import { rankingTable, trendTable } from '../charts/tables';
import { buildTrendOption, trendRows } from '../charts/trend-option';
import { ChartFigure } from '../components/ChartFigure';
import { EChart } from '../components/EChart';
import { useStructural } from '../components/use-structural';
import { useI18n } from '../components/i18n-context';
import type { FinanceModel } from './finance-model';

/** Leverage ranked across the län for the year, and the county's leverage over time. */
export function LeverageFigures({ model }: { readonly model: FinanceModel }): ReactElement | null {
  const { t } = useI18n();
  const leverage = useStructural(model.leverage);
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
  // 21 län fill the full height; a ranking of the user's few counties needs less.
  const rankingHeight = Math.min(520, 120 + 24 * leverage.ranking.entries.length);
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
        about={{ source: leverage.source || '–', unit: leverage.unit, period: yearLabel }}
        chart={<EChart option={rankingOption} label={rankingTitle} height={rankingHeight} />}
        footer={
          model.realOnly ? (
            <p className="hint" data-testid="ranking-real-only">
              {model.realOnly}
            </p>
          ) : undefined
        }
      />
      <ChartFigure
        testId="leverage-trend-figure"
        title={trendTitle}
        caption={t('chartCaption', { source: leverage.source || '–', unit: leverage.unit, period: span })}
        about={{ source: leverage.source || '–', unit: leverage.unit }}
        swedish={leverage.catalogueSource}
        table={trendTable(leverage.trend, rows, trendTitle, { period: t('colPeriod') })}
        chart={<EChart option={trendOption} label={trendTitle} height={340} />}
      />
    </>
  );
}
