import { useMemo, type ReactElement } from 'react';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { usePrinting } from '../components/use-printing';
import { PanelBoundary } from '../components/PanelBoundary';
import { RegionSelect } from '../components/RegionSelect';
import { SelectField } from '../components/SelectField';
import { statusKey } from '../components/StatusBadge';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import { scopeOf, type MatrixMode, type UrlState } from '../state/url-state';
import { buildMatrixModel, matrixGroups, matrixTable } from './matrix-model';
import { matrixText } from './matrix-text';
import { MatrixGrid } from './MatrixGrid';
import { PrintMatrix } from './PrintMatrix';
import { matrixAbout } from './summary/matrix-about';
import { ScopeSwitch } from './ScopeSwitch';
import { GoalAreaNote, GoalAreaSelect, useGoalAreaFilter } from './GoalAreaChoice';

interface CompareViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/**
 * The analyst network's view: every county against every indicator, by status or by rank — or, with
 * "Kommunerna i X län", the county's kommuner against the indicators they have values for.
 */
export function CompareView({ dataset, state, onChange }: CompareViewProps): ReactElement {
  const { t, lang } = useI18n();
  // The län, or the kommuner of the county in focus (a kommun in focus: its county's kommuner).
  const scope = useMemo(
    () => scopeOf({ region: state.region, level: state.level }),
    [state.region, state.level],
  );
  // A chosen målområde: its indicators' columns only, in the grid, its caption and the CSV.
  const goalArea = useGoalAreaFilter(state.goalArea);
  const only = goalArea?.indicatorIds;
  // The columns only: the grid computes the cells it draws (see MatrixGrid), the CSV all of them.
  const groups = useMemo(() => matrixGroups(dataset, scope, lang, t, only), [dataset, scope, lang, t, only]);
  const mode = state.matrixMode;
  const text = matrixText(scope, mode, lang, t);
  const title = goalArea
    ? t('matrixGoalAreaTitle', { title: text.title, name: goalArea.goalArea.name })
    : text.title;
  usePageTitle(text.pageTitle);
  const statusLabels = useMemo(
    () =>
      Object.fromEntries(
        (['on_track', 'at_risk', 'off_track', 'no_target', 'no_data'] as const).map((s) => [
          s,
          t(statusKey(s)),
        ]),
      ) as Record<TargetStatus, string>,
    [t],
  );
  const empty = (scope.level === 'kommun' || goalArea !== undefined) && groups.length === 0;
  const emptyText =
    goalArea && scope.level === 'lan'
      ? t('matrixGoalAreaEmpty', { name: goalArea.goalArea.name })
      : text.empty;
  // On paper the whole matrix, in parts of a page's width (the screen's grid draws a window of it).
  const printing = usePrinting();

  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <RegionSelect
          scope={scope}
          value={state.region}
          onChange={(region) => onChange({ region })}
          withKommuner
        />
        <ScopeSwitch scope={scope} region={state.region} onChange={onChange} />
        <SelectField<MatrixMode>
          label={t('matrixMode')}
          value={mode}
          options={[
            { value: 'status', label: t('matrixModeStatus') },
            { value: 'rank', label: text.rankMode },
          ]}
          onChange={(matrixMode) => onChange({ matrixMode })}
          testId="matrix-mode"
        />
        <GoalAreaSelect filter={goalArea} onChange={onChange} />
        <p className="hint matrix-hint">{text.hint}</p>
        <DownloadCsvButton
          title={title}
          table={() =>
            matrixTable(
              buildMatrixModel(dataset, scope, lang, t, only),
              mode,
              title,
              { county: text.column, status: statusLabels },
              lang,
            )
          }
          about={() => matrixAbout(dataset, mode, lang, t, only)}
        />
      </form>
      <GoalAreaNote filter={goalArea} />
      <PanelBoundary name={t('panelMatrix')} resetKeys={[dataset, state]}>
        <section className="matrix-wrap chart-figure" aria-labelledby="matrix-title">
          <h2 id="matrix-title">{title}</h2>
          {empty ? (
            <p className="no-data" role="status" data-testid="matrix-empty">
              {emptyText}
            </p>
          ) : (
            <>
              <p className="hint" id="matrix-keys">
                {text.keys}
              </p>
              <MatrixGrid
                dataset={dataset}
                scope={scope}
                groups={groups}
                mode={mode}
                statusLabels={statusLabels}
                regionColumn={text.column}
                caption={title}
                onChange={onChange}
              />
              {printing ? (
                <PrintMatrix
                  dataset={dataset}
                  scope={scope}
                  groups={groups}
                  mode={mode}
                  title={title}
                  regionColumn={text.column}
                />
              ) : null}
            </>
          )}
        </section>
      </PanelBoundary>
    </>
  );
}
