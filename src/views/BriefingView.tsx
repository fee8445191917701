import { useMemo, useState, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { useWorkspaceApi } from '../components/workspace-context';
import type { Assessment } from '../domain/assessment';
import type { Note } from '../domain/notes';
import type { Dataset } from '../data/dataset/dataset';
import type { UrlState } from '../state/url-state';
import { BriefingSheet } from './briefing/BriefingSheet';
import { BriefingToolbar } from './briefing/BriefingToolbar';
import { ChartChoice } from './briefing/ChartChoice';
import { buildBriefingModel } from './briefing/briefing-model';
import { useGoalAreaFilter } from './GoalAreaChoice';
import { useSnapshotChanges } from './learning-log/use-snapshot-changes';

const NO_NOTES: readonly Note[] = [];
const NO_ASSESSMENTS: readonly Assessment[] = [];

/**
 * Ledningsunderlag: the region's briefing as one A4 page, for print and "Spara som PDF" — on screen
 * the page itself, with its toolbar and the choice of key charts beside it (neither is printed).
 */
export function BriefingView({
  dataset,
  state,
  onChange,
}: {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  const workspace = useWorkspaceApi()?.workspace;
  const notes = workspace?.notes ?? NO_NOTES;
  const assessments = workspace?.assessments ?? NO_ASSESSMENTS;
  const goalArea = useGoalAreaFilter(state.goalArea);
  const only = goalArea?.indicatorIds;
  const { region, briefingCharts } = state;
  const model = useMemo(
    () => buildBriefingModel(dataset, { region, only, charts: briefingCharts, notes, assessments }, lang, t),
    [dataset, region, only, briefingCharts, notes, assessments, lang, t],
  );
  const changes = useSnapshotChanges(model.regionCode, model.cards, true);
  // The day the page was made: when it was opened.
  const [madeAt] = useState(() => new Date());
  usePageTitle(t('briefingPageTitle', { region: model.regionName }));
  return (
    <div className="briefing" data-testid="briefing">
      <BriefingToolbar model={model} goalArea={goalArea} onChange={onChange} />
      <div className="briefing-layout">
        <BriefingSheet
          model={model}
          dataset={dataset}
          madeAt={madeAt}
          goalAreaName={goalArea?.goalArea.name}
          changes={changes}
        />
        <ChartChoice
          candidates={model.candidates}
          chosen={model.charts.map((c) => c.id)}
          onChange={(charts) => onChange({ briefingCharts: charts })}
        />
      </div>
    </div>
  );
}
