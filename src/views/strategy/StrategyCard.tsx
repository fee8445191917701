import type { ReactElement } from 'react';
import type { Direction } from '../../domain/indicator';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../components/i18n-context';
import { CardTargets } from './CardTargets';
import type { StrategyCard as CardModel } from '../strategy-model';

const DIRECTION: Readonly<Record<Direction, { readonly icon: string; readonly key: MessageKey }>> = {
  higher_is_better: { icon: '↑', key: 'directionHigher' },
  lower_is_better: { icon: '↓', key: 'directionLower' },
  neutral: { icon: '→', key: 'directionNeutral' },
};

export interface CardActions {
  readonly onEdit: () => void;
  readonly onRemove: () => void;
  readonly onMove: (step: -1 | 1) => void;
  readonly first: boolean;
  readonly last: boolean;
}

/** The DOM id of a card's button: where focus goes after its form closes, or after a move. */
export const cardButtonId = (id: string, cell: string, action: 'edit' | 'up' | 'down'): string =>
  `strategy-${action}-${cell}-${id}`;

/**
 * One indicator of the chain: name, unit, direction (arrow and word), its question, source, and
 * whether it has data — in words, never by colour alone. Editable cards have their buttons; a move
 * button at the end of its cell is aria-disabled (not disabled), so that focus stays on it.
 */
export function StrategyCard({
  card,
  cellKey,
  actions,
}: {
  readonly card: CardModel;
  readonly cellKey: string;
  readonly actions: CardActions | undefined;
}): ReactElement {
  const { t } = useI18n();
  const { indicator: i, hasData } = card;
  const direction = DIRECTION[i.direction];
  return (
    <li className="strategy-card" data-testid={`strategy-card-${i.id}`} data-indicator={i.id}>
      <h5 className="strategy-card-name">{i.name}</h5>
      <p className="strategy-card-meta">
        {i.unit ? <span>{i.unit}</span> : null}
        <span>
          <span aria-hidden="true">{direction.icon} </span>
          {t(direction.key)}
        </span>
        {i.genderSplit ? <span>{t('stratGenderSplit')}</span> : null}
      </p>
      <p className="strategy-card-question">
        {i.question
          ? `${t(i.question.kind === 'process' ? 'stratQuestionProcess' : 'stratQuestionSummative')}: ${i.question.text}`
          : t('stratNoQuestion')}
      </p>
      {i.source ? <p className="strategy-card-source">{`${t('source')}: ${i.source}`}</p> : null}
      <p
        className={hasData ? 'strategy-data has-data' : 'strategy-data data-missing'}
        data-testid="strategy-data"
      >
        <span aria-hidden="true">{hasData ? '● ' : '○ '}</span>
        {t(hasData ? 'stratHasData' : 'stratNoData')}
      </p>
      {actions ? (
        <div className="strategy-card-actions">
          <button
            type="button"
            id={cardButtonId(i.id, cellKey, 'edit')}
            onClick={actions.onEdit}
            aria-label={t('stratEditName', { name: i.name })}
          >
            {t('stratEdit')}
          </button>
          <button
            type="button"
            id={cardButtonId(i.id, cellKey, 'up')}
            onClick={() => (actions.first ? undefined : actions.onMove(-1))}
            aria-disabled={actions.first}
            aria-label={t('stratMoveUpName', { name: i.name })}
          >
            {t('stratMoveUp')}
          </button>
          <button
            type="button"
            id={cardButtonId(i.id, cellKey, 'down')}
            onClick={() => (actions.last ? undefined : actions.onMove(1))}
            aria-disabled={actions.last}
            aria-label={t('stratMoveDownName', { name: i.name })}
          >
            {t('stratMoveDown')}
          </button>
          <button
            type="button"
            onClick={actions.onRemove}
            aria-label={t('stratRemoveName', { name: i.name })}
          >
            {t('stratRemove')}
          </button>
        </div>
      ) : null}
      <CardTargets indicator={i} cellKey={cellKey} />
    </li>
  );
}
