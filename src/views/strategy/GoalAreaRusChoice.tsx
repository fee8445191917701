import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { GoalArea } from '../../domain/strategy';
import { foldName } from '../../domain/text-match';
import { CheckGroup } from './CheckGroup';

interface GoalAreaRusChoiceProps {
  readonly area: GoalArea;
  /** The RUS areas the ledger names. */
  readonly known: readonly string[];
  readonly onChange: (areas: readonly string[]) => void;
}

/**
 * The RUS priority areas that fund a goal area, as checkboxes behind a disclosure: the ledger's
 * areas, and any the goal area has that the ledger does not name (from a strategy file), so that
 * they can be seen and taken away.
 */
export function GoalAreaRusChoice({ area, known, onChange }: GoalAreaRusChoiceProps): ReactElement {
  const { t } = useI18n();
  const knownKeys = new Set(known.map(foldName));
  const options = [...known, ...area.rusAreas.filter((a) => !knownKeys.has(foldName(a)))];
  const chosenKeys = new Set(area.rusAreas.map(foldName));
  const chosen = options.filter((o) => chosenKeys.has(foldName(o)));
  return (
    <details className="strategy-goal-area-rus" data-testid={`goal-area-rus-${area.id}`}>
      <summary>{t('stratRusSummary', { name: area.name, count: chosen.length })}</summary>
      {options.length === 0 ? (
        <p className="hint">{t('stratRusNoLedger')}</p>
      ) : (
        <CheckGroup
          legend={t('stratRusLegend', { name: area.name })}
          options={options.map((o) => ({ value: o, label: o }))}
          chosen={chosen}
          onChange={onChange}
        />
      )}
    </details>
  );
}
