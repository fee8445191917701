import { useMemo, type ReactElement } from 'react';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
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
import { matrixAbout } from './summary/matrix-about';
import { ScopeSwitch } from './ScopeSwitch';

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
  // The columns only: the grid computes the cells it draws (see MatrixGrid), the CSV all of them.
  const groups = useMemo(() => matrixGroups(dataset, scope, lang, t), [dataset, scope, lang, t]);
  const mode = state.matrixMode;
  const text = matrixText(scope, mode, lang, t);
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
  const empty = scope.level === 'kommun' && groups.length === 0;

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
        <p className="hint matrix-hint">{text.hint}</p>
        <DownloadCsvButton
          title={text.title}
          table={() =>
            matrixTable(
              buildMatrixModel(dataset, scope, lang, t),
              mode,
              text.title,
              { county: text.column, status: statusLabels },
              lang,
            )
          }
          about={() => matrixAbout(dataset, mode, lang, t)}
        />
      </form>
      <PanelBoundary name={t('panelMatrix')} resetKeys={[dataset, state]}>
        <section className="matrix-wrap chart-figure" aria-labelledby="matrix-title">
          <h2 id="matrix-title">{text.title}</h2>
          {empty ? (
            <p className="no-data" role="status" data-testid="matrix-empty">
              {text.empty}
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
                onChange={onChange}
              />
            </>
          )}
        </section>
      </PanelBoundary>
    </>
  );
}
