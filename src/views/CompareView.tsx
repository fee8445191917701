import { useMemo, type ReactElement } from 'react';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { SelectField } from '../components/SelectField';
import { statusKey } from '../components/StatusBadge';
import { pick } from '../domain/language';
import { LAN_SCOPE } from '../domain/region-scope';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import type { MessageKey } from '../i18n/dictionary';
import type { MatrixMode, UrlState } from '../state/url-state';
import { buildMatrixModel, matrixTable } from './matrix-model';
import { MatrixCellButton } from './MatrixCellButton';
import { useRovingGrid } from './use-roving-grid';

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
  const model = useMemo(() => buildMatrixModel(dataset, LAN_SCOPE, lang, t), [dataset, lang, t]);
  usePageTitle(t('pageTitleJamfor'));
  const mode = state.matrixMode;
  const statusLabels = Object.fromEntries(
    (['on_track', 'at_risk', 'off_track', 'no_target', 'no_data'] as const).map((s) => [s, t(statusKey(s))]),
  ) as Record<TargetStatus, string>;
  const title = t(mode === 'rank' ? 'matrixTitleRank' : 'matrixTitleStatus');
  const indicators = model.groups.flatMap((g) => g.indicators);
  // One Tab stop for the whole matrix (a roving tabindex): the active cell; arrows move it.
  const grid = useRovingGrid(model.rows.length, indicators.length);

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
            matrixTable(model, mode, title, { county: t('colRegion'), status: statusLabels }, lang)
          }
        />
      </form>
      <section className="matrix-wrap chart-figure" aria-labelledby="matrix-title">
        <h2 id="matrix-title">{title}</h2>
        <p className="hint" id="matrix-keys">
          {t('matrixKeys')}
        </p>
        <div className="table-wrap matrix-scroll" role="region" aria-labelledby="matrix-title">
          <table
            className="matrix"
            data-testid="matrix"
            role="grid"
            aria-describedby="matrix-keys"
            onKeyDown={grid.onKeyDown}
          >
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <td />
                {model.groups.map((g) => (
                  <th key={g.label} scope="colgroup" colSpan={g.indicators.length} className="group-head">
                    {g.label}
                  </th>
                ))}
              </tr>
              <tr>
                <th scope="col">{t('colRegion')}</th>
                {indicators.map((l) => (
                  <th key={l.indicator.id} scope="col" className="indicator-head">
                    <span>{pick(l.indicator.name, lang)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row, r) => (
                <tr key={row.code}>
                  <th scope="row">{row.name}</th>
                  {row.cells.map((cell, k) => {
                    const listed = indicators[k];
                    if (!listed) return null;
                    const active = r === grid.current.row && k === grid.current.col;
                    return (
                      <MatrixCellButton
                        key={listed.indicator.id}
                        region={row}
                        listed={listed}
                        cell={cell}
                        mode={mode}
                        statusLabels={statusLabels}
                        active={active}
                        onFocus={() => {
                          if (!active) grid.setActive({ row: r, col: k });
                        }}
                        buttonRef={grid.cellRef({ row: r, col: k })}
                        onChange={onChange}
                      />
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
