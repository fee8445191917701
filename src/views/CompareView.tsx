import { useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { indicatorHeadingTarget, requestFocus } from '../components/focus-request';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { SelectField } from '../components/SelectField';
import { pick } from '../domain/language';
import { LAN_SCOPE } from '../domain/region-scope';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import type { MessageKey } from '../i18n/dictionary';
import type { MatrixMode, UrlState } from '../state/url-state';
import { gridMove } from './grid-keys';
import { buildMatrixModel, matrixTable } from './matrix-model';
import { statusKey } from '../components/StatusBadge';

const ICONS: Readonly<Record<TargetStatus, string>> = {
  on_track: '✓',
  at_risk: '!',
  off_track: '✕',
  no_target: '–',
  no_data: '?',
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
  const modeKey: Readonly<Record<MatrixMode, MessageKey>> = {
    status: 'matrixModeStatus',
    rank: 'matrixModeRank',
  };
  // One Tab stop for the whole matrix (a roving tabindex): the active cell; arrows move it.
  const [active, setActive] = useState({ row: 0, col: 0 });
  const cellRefs = useRef(new Map<string, HTMLButtonElement>());
  const rowCount = model.rows.length;
  const colCount = indicators.length;
  const current = {
    row: Math.min(active.row, Math.max(rowCount - 1, 0)),
    col: Math.min(active.col, Math.max(colCount - 1, 0)),
  };
  const onGridKey = (event: KeyboardEvent<HTMLTableElement>): void => {
    if (rowCount === 0 || colCount === 0) return;
    const next = gridMove(event.key, event.ctrlKey || event.metaKey, current, rowCount, colCount);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    cellRefs.current.get(`${next.row}:${next.col}`)?.focus();
  };

  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <SelectField<MatrixMode>
          label={t('matrixMode')}
          value={mode}
          options={(['status', 'rank'] as const).map((m) => ({ value: m, label: t(modeKey[m]) }))}
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
            onKeyDown={onGridKey}
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
                    const status = cell.summary?.status.status ?? 'no_data';
                    const name = pick(listed.indicator.name, lang);
                    const label =
                      mode === 'rank'
                        ? cell.rank?.rank === undefined
                          ? t('missingValue')
                          : t('rankOf', { rank: cell.rank.rank, count: 21 })
                        : statusLabels[status];
                    return (
                      <td
                        key={listed.indicator.id}
                        className={mode === 'status' ? `cell cell-${status}` : 'cell cell-rank'}
                      >
                        <button
                          type="button"
                          className="cell-button"
                          ref={(el) => {
                            if (el) cellRefs.current.set(`${r}:${k}`, el);
                            else cellRefs.current.delete(`${r}:${k}`);
                          }}
                          tabIndex={r === current.row && k === current.col ? 0 : -1}
                          onFocus={() => {
                            if (r !== current.row || k !== current.col) setActive({ row: r, col: k });
                          }}
                          aria-label={`${row.name}, ${name}: ${label}`}
                          title={`${row.name}, ${name}: ${label}`}
                          onClick={() => {
                            requestFocus(indicatorHeadingTarget(listed.indicator.id));
                            onChange({
                              view: 'indikator',
                              region: row.code,
                              indicator: listed.indicator.id,
                              compare: [],
                              at: undefined,
                            });
                          }}
                          data-testid={`cell-${row.code}-${listed.indicator.id}`}
                        >
                          {mode === 'rank' ? (
                            (cell.rank?.rank ?? '..')
                          ) : (
                            <span aria-hidden="true">{ICONS[status]}</span>
                          )}
                        </button>
                      </td>
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
