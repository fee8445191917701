import { useMemo, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { SelectField } from '../components/SelectField';
import { useWorkspaceApi } from '../components/workspace-context';
import { goalAreaFilter, type GoalAreaFilter } from '../domain/goal-area-filter';
import type { UrlState } from '../state/url-state';

const ALL = '';

/**
 * The chosen målområde of the user's strategy (`malomrade` in the link), as a filter: undefined when
 * none is chosen, when there is no strategy, or when the strategy has no such goal area (an old link).
 */
export function useGoalAreaFilter(chosen: string | undefined): GoalAreaFilter | undefined {
  const strategy = useWorkspaceApi()?.workspace.strategy;
  return useMemo(() => (strategy ? goalAreaFilter(strategy, chosen) : undefined), [strategy, chosen]);
}

/** "Målområde: Alla | Klimatsmart | …", shown only when the user's strategy has goal areas. */
export function GoalAreaSelect({
  filter,
  onChange,
}: {
  readonly filter: GoalAreaFilter | undefined;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement | null {
  const { t } = useI18n();
  const areas = useWorkspaceApi()?.workspace.strategy?.goalAreas ?? [];
  if (areas.length === 0) return null;
  return (
    <SelectField
      label={t('goalAreaLabel')}
      value={filter?.goalArea.id ?? ALL}
      options={[
        { value: ALL, label: t('goalAreaAll') },
        ...areas.map((a) => ({ value: a.id, label: a.name })),
      ]}
      onChange={(id) => onChange({ goalArea: id === ALL ? undefined : id })}
      testId="goal-area-select"
    />
  );
}

/** What the page shows under a chosen målområde, in words. */
export function GoalAreaNote({
  filter,
}: {
  readonly filter: GoalAreaFilter | undefined;
}): ReactElement | null {
  const { t } = useI18n();
  if (!filter) return null;
  return (
    <p className="hint" data-testid="goal-area-note">
      {t('goalAreaShowing', {
        name: filter.goalArea.name,
        count: filter.indicatorIds.size,
        total: filter.total,
      })}
    </p>
  );
}
