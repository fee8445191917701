import { useState, type ReactElement } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import type { StrategyIndicator } from '../../domain/strategy';
import { useI18n } from '../../components/i18n-context';
import { TargetTable } from '../../components/TargetTable';
import { useWorkspaceApi } from '../../components/workspace-context';

/** Riket: where a new target row starts when the strategy names no region. */
const RIKET = '00';

/** What the card says of its targets: "Inga mål satta", "1 mål satt", "3 mål satta". */
export function targetCountKey(count: number): MessageKey {
  if (count === 0) return 'chainTargetsNone';
  return count === 1 ? 'chainTargetsOne' : 'chainTargetsMany';
}

/** The DOM id of a card's targets button. */
export const targetsButtonId = (id: string, cell: string): string => `strategy-targets-${cell}-${id}`;

/**
 * A card's targets: how many the user has set for the indicator, and a "Mål …" button that opens the
 * targets table (edit, add, paste from Excel) below it — whether the indicator has data or not.
 * Needs the workspace; without it nothing is shown.
 */
export function CardTargets({
  indicator,
  cellKey,
}: {
  readonly indicator: StrategyIndicator;
  readonly cellKey: string;
}): ReactElement | null {
  const { t } = useI18n();
  const api = useWorkspaceApi();
  const [open, setOpen] = useState(false);
  if (!api) return null;
  const count = api.workspace.targets.filter((x) => x.indicator === indicator.id).length;
  const panelId = `${targetsButtonId(indicator.id, cellKey)}-panel`;
  return (
    <div className="strategy-card-targets">
      <p className="strategy-target-count" data-testid="strategy-target-count">
        {t(targetCountKey(count), { count })}
      </p>
      <button
        type="button"
        id={targetsButtonId(indicator.id, cellKey)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t('chainTargetsOpenName', { name: indicator.name })}
        onClick={() => setOpen((o) => !o)}
        data-testid="strategy-targets-open"
      >
        {t('chainTargetsOpen')}
      </button>
      {open ? (
        <div id={panelId} className="strategy-card-target-table">
          <TargetTable
            indicator={indicator.id}
            indicatorName={indicator.name}
            decimals={indicator.decimals}
            region={api.workspace.strategy?.region ?? RIKET}
          />
        </div>
      ) : null}
    </div>
  );
}
