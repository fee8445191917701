import { useId, useState, type FormEvent, type ReactElement } from 'react';
import type { Strategy } from '../../domain/strategy';
import { addGoalArea, removeGoalArea, renameGoalArea, setGoalAreaRusAreas } from '../../domain/strategy-edit';
import { GoalAreaRusChoice } from './GoalAreaRusChoice';
import { useI18n } from '../../components/i18n-context';

interface GoalAreaListProps {
  readonly strategy: Strategy;
  readonly onChange: (next: Strategy) => void;
  readonly focusLater: (id: string) => void;
  /** The RUS priority areas the ledger names, to tie to a goal area. */
  readonly rusAreas: readonly string[];
}

const nameFieldId = (id: string): string => `strategy-goal-area-${id}`;

/**
 * The strategy's goal areas: each renamed in its own field (saved when the field is left or Enter
 * is pressed; an emptied name is not kept), removed with its button (its indicators stay in the chain), and a new one added.
 */
export function GoalAreaList({ strategy, onChange, focusLater, rusAreas }: GoalAreaListProps): ReactElement {
  const { t } = useI18n();
  const base = useId();
  const [name, setName] = useState('');
  const rename = (id: string, before: string, typed: string): void => {
    if (typed.trim() !== '' && typed.trim() !== before) onChange(renameGoalArea(strategy, id, typed));
  };
  const add = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() === '') return;
    const next = addGoalArea(strategy, name);
    onChange(next);
    setName('');
    const added = next.goalAreas[next.goalAreas.length - 1];
    if (added) focusLater(nameFieldId(added.id));
  };
  return (
    <section className="strategy-goal-areas" aria-labelledby={`${base}-h`}>
      <h3 id={`${base}-h`}>{t('stratGoalAreas')}</h3>
      {strategy.goalAreas.length === 0 ? <p>{t('stratGoalAreasNone')}</p> : null}
      <ul>
        {strategy.goalAreas.map((area) => (
          <li key={area.id} className="strategy-goal-area">
            <label htmlFor={nameFieldId(area.id)} className="sr-only">
              {t('stratGoalAreaName', { name: area.name })}
            </label>
            <input
              id={nameFieldId(area.id)}
              defaultValue={area.name}
              onBlur={(e) => rename(area.id, area.name, e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') rename(area.id, area.name, e.currentTarget.value);
              }}
            />
            <button
              type="button"
              onClick={() => {
                onChange(removeGoalArea(strategy, area.id));
                focusLater(`${base}-new`);
              }}
              aria-label={t('stratRemoveGoalArea', { name: area.name })}
            >
              {t('stratRemove')}
            </button>
            <GoalAreaRusChoice
              area={area}
              known={rusAreas}
              onChange={(areas) => onChange(setGoalAreaRusAreas(strategy, area.id, areas))}
            />
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="strategy-goal-area-new">
        <label htmlFor={`${base}-new`}>{t('stratNewGoalArea')}</label>
        <input id={`${base}-new`} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('stratAddGoalArea')}</button>
      </form>
    </section>
  );
}
