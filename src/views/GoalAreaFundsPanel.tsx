import { useMemo, type ReactElement } from 'react';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import { useWorkspaceApi } from '../components/workspace-context';
import { LAN_SCOPE } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import type { UrlState } from '../state/url-state';
import { GoalAreaFundsRows, FundsRow } from './GoalAreaFundsRows';
import {
  buildGoalAreaFundsPanel,
  goalAreaFundsColumns,
  goalAreaFundsTable,
} from './panels/goal-area-funds-panel';
import { resolveLedgerSelection } from './panels/ledger-selection';

interface GoalAreaFundsPanelProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  /** The ledger's source, as the view's other panels state it. */
  readonly source: string;
}

/**
 * Medel per målområde: shown when the user's strategy has goal areas. A table, not a chart: funds
 * and indicator values are unlike things, and no chart here has two value axes.
 */
export function GoalAreaFundsPanel({ dataset, state, source }: GoalAreaFundsPanelProps): ReactElement | null {
  const { t, lang } = useI18n();
  const strategy = useWorkspaceApi()?.workspace.strategy;
  const panel = useMemo(() => {
    const context = { dataset, scope: LAN_SCOPE, lang, t };
    const selection = resolveLedgerSelection(context, state);
    return selection ? buildGoalAreaFundsPanel(context, selection, strategy) : undefined;
  }, [dataset, state, lang, t, strategy]);
  if (!panel) return null;
  const title = t('gafTitle', { region: panel.place, year: String(panel.year) });
  const { funds } = panel;
  const linked = funds.rows.some((r) => r.goalArea.rusAreas.length > 0);
  return (
    <section className="goal-area-funds" aria-labelledby="gaf-heading" data-testid="goal-area-funds">
      <h2 id="gaf-heading">{title}</h2>
      <p className="hint">{t('gafIntro')}</p>
      {linked ? null : (
        <p className="hint" data-testid="gaf-no-links">
          {t('gafNoLinks')}
        </p>
      )}
      {funds.shared.map((s) => (
        <p key={s.area} className="hint" data-testid="gaf-shared">
          {t('gafShared', { area: s.area, names: s.goalAreas.join(', ') })}
        </p>
      ))}
      {/* A wide table scrolls: the scrolling box takes focus, so the keyboard can scroll it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="gaf-heading">
        <table className="data-table goal-area-funds-table">
          <caption>{t('chartCaption', { source, unit: t('unitMnkr'), period: String(panel.year) })}</caption>
          <thead>
            <tr>
              {goalAreaFundsColumns(t, 'page').map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          {funds.rows.map((row) => (
            <GoalAreaFundsRows
              key={row.goalArea.id}
              row={row}
              outcomes={panel.outcomes.get(row.goalArea.id) ?? []}
            />
          ))}
          <tbody>
            <FundsRow
              testId="gaf-unlinked"
              label={t('gafUnlinked')}
              areas={funds.unlinked.areas}
              sum={funds.unlinked}
            />
            <FundsRow
              testId="gaf-total"
              label={t('gafTotal', { year: String(panel.year) })}
              areas={undefined}
              sum={funds.total}
            />
          </tbody>
        </table>
      </div>
      <DownloadCsvButton
        title={title}
        table={() => goalAreaFundsTable(panel, title, lang, t)}
        about={() => ({ source, unit: t('unitMnkr') })}
      />
    </section>
  );
}
