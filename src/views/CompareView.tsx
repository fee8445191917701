import { useMemo, type ReactElement } from 'react';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { PanelBoundary } from '../components/PanelBoundary';
import { SelectField } from '../components/SelectField';
import { statusKey } from '../components/StatusBadge';
import { LAN_SCOPE } from '../domain/region-scope';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import type { MessageKey } from '../i18n/dictionary';
import type { MatrixMode, UrlState } from '../state/url-state';
import { buildMatrixModel, matrixGroups, matrixTable } from './matrix-model';
import { MatrixGrid } from './MatrixGrid';

const MODE_KEYS: Readonly<Record<MatrixMode, MessageKey>> = {
  status: 'matrixModeStatus',
  rank: 'matrixModeRank',
};

interface CompareViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** The analyst network's view: every county against every indicator, by status or by rank. */
export function CompareView({ dataset, state, onChange }: CompareViewProps): ReactElement {
  const { t, lang } = useI18n();
  // The URL has no region level yet: the view compares the län.
  // The columns only: the grid computes the cells it draws (see MatrixGrid), the CSV all of them.
  const groups = useMemo(() => matrixGroups(dataset, lang, t), [dataset, lang, t]);
  usePageTitle(t('pageTitleJamfor'));
  const mode = state.matrixMode;
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
  const title = t(mode === 'rank' ? 'matrixTitleRank' : 'matrixTitleStatus');

  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <SelectField<MatrixMode>
          label={t('matrixMode')}
          value={mode}
          options={(['status', 'rank'] as const).map((m) => ({ value: m, label: t(MODE_KEYS[m]) }))}
          onChange={(matrixMode) => onChange({ matrixMode })}
          testId="matrix-mode"
        />
        <p className="hint matrix-hint">{t(mode === 'rank' ? 'matrixHintRank' : 'matrixHintStatus')}</p>
        <DownloadCsvButton
          title={title}
          table={() =>
            matrixTable(
              buildMatrixModel(dataset, LAN_SCOPE, lang, t),
              mode,
              title,
              { county: t('colRegion'), status: statusLabels },
              lang,
            )
          }
        />
      </form>
      <PanelBoundary name={t('panelMatrix')} resetKeys={[dataset, state]}>
        <section className="matrix-wrap chart-figure" aria-labelledby="matrix-title">
          <h2 id="matrix-title">{title}</h2>
          <p className="hint" id="matrix-keys">
            {t('matrixKeys')}
          </p>
          <MatrixGrid
            dataset={dataset}
            scope={LAN_SCOPE}
            groups={groups}
            mode={mode}
            statusLabels={statusLabels}
            onChange={onChange}
          />
        </section>
      </PanelBoundary>
    </>
  );
}
