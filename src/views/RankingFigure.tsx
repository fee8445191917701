import { useMemo, type ReactElement } from 'react';
import { buildRankingOption } from '../charts/ranking-option';
import { ChartFigure } from '../components/ChartFigure';
import { EChart, type ChartEvents } from '../components/EChart';
import { useStructural } from '../components/use-structural';
import { useI18n } from '../components/i18n-context';
import { SelectField, type SelectOption } from '../components/SelectField';
import { pick } from '../domain/language';
import { periodKey } from '../domain/period';
import { rankEntries } from '../domain/ranking';
import type { UrlState } from '../state/url-state';
import type { IndicatorModel } from './indicator-model';

/** No period chosen (there is none to rank). */
const ALL = '';

interface RankingFigureProps {
  readonly model: IndicatorModel;
  /** The ranked period, as the title and caption name it. */
  readonly atLabel: string;
  readonly periodOptions: readonly SelectOption<string>[];
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** All län ranked for one period; clicking a county's bar puts it in focus. */
export function RankingFigure({ model, atLabel, periodOptions, onChange }: RankingFigureProps): ReactElement {
  const { t, lang } = useI18n();
  const ranking = useStructural(model.ranking);
  const option = useMemo(() => buildRankingOption(ranking), [ranking]);
  const ranked = useMemo(() => rankEntries(ranking.entries, ranking.direction, ranking.selected), [ranking]);
  const events = useMemo<ChartEvents>(
    () => ({
      click: (params) => {
        const entry = ranked[params.dataIndex ?? -1];
        if (entry) onChange({ region: entry.code });
      },
    }),
    [ranked, onChange],
  );
  const { indicator } = model.listed;
  const unit = pick(indicator.unit, lang);
  return (
    <ChartFigure
      testId="ranking-figure"
      title={model.ranking.description}
      caption={t('chartCaption', { source: model.sources.all, unit: unit || '–', period: atLabel })}
      about={{ source: model.sources.all, unit, period: atLabel }}
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
          option={option}
          label={model.ranking.description}
          height={480}
          testId="ranking-chart"
          events={events}
        />
      }
      table={model.table}
    />
  );
}
