import type { ReactElement } from 'react';
import { CHAIN_LEVEL_INFO } from '../../domain/chain-levels';
import { pick } from '../../domain/language';
import type { GoalArea } from '../../domain/strategy';
import { useI18n } from '../../components/i18n-context';
import { draftOf, newDraft } from '../strategy-form';
import type { StrategyCellModel, StrategyRow } from '../strategy-model';
import { IndicatorCardEditor } from './IndicatorCardEditor';
import { StrategyCard } from './StrategyCard';
import { addButtonId, cellKeyOf, type ChainEditing } from './use-chain-editing';

interface RowProps {
  readonly row: StrategyRow;
  readonly goalAreas: readonly GoalArea[];
  /** The ids of the strategy's indicators (a new one's id must be none of them). */
  readonly ids: ReadonlySet<string>;
  /** Undefined: the catalogue's chain, shown read-only. */
  readonly editing: ChainEditing | undefined;
}

/** One level of the chain: its goal areas side by side (stacked on a narrow screen), each with its cards. */
export function StrategyLevelRow({ row, goalAreas, ids, editing }: RowProps): ReactElement {
  const { lang } = useI18n();
  const info = CHAIN_LEVEL_INFO[row.level];
  const headingId = `strategy-level-${row.level}`;
  return (
    <section className="strategy-level" aria-labelledby={headingId} data-level={row.level}>
      <h3 id={headingId}>
        {pick(info.label, lang)}
        {info.horizon ? <span className="strategy-horizon"> ({pick(info.horizon, lang)})</span> : null}
      </h3>
      <div className="strategy-cells" style={{ ['--strategy-columns' as string]: row.cells.length }}>
        {row.cells.map((cell) => (
          <Cell
            key={cell.column.id ?? ''}
            cell={cell}
            row={row}
            goalAreas={goalAreas}
            ids={ids}
            editing={editing}
          />
        ))}
      </div>
    </section>
  );
}

function Cell({
  cell,
  row,
  goalAreas,
  ids,
  editing,
}: RowProps & { readonly cell: StrategyCellModel }): ReactElement {
  const { t, lang } = useI18n();
  const place = { level: row.level, goalArea: cell.column.id };
  const key = cellKeyOf(place);
  const area = cell.column.name ?? t('stratNoGoalArea');
  const level = pick(CHAIN_LEVEL_INFO[row.level].label, lang);
  const open = editing?.editing?.cellKey === key ? editing.editing : undefined;
  const save = editing?.save ?? (() => undefined);
  const cancel = editing?.cancel ?? (() => undefined);
  return (
    <div
      className="strategy-cell"
      role="group"
      aria-label={t('stratCellLabel', { level, area })}
      data-cell={key}
    >
      <h4 className="strategy-cell-title">{area}</h4>
      <ul className="strategy-cards">
        {cell.cards.map((card, index) =>
          open?.kind === 'edit' && open.id === card.indicator.id ? (
            <li key={card.indicator.id}>
              <IndicatorCardEditor
                draft={draftOf(card.indicator)}
                isNew={false}
                goalAreas={goalAreas}
                taken={new Set([...ids].filter((id) => id !== card.indicator.id))}
                onSave={save}
                onCancel={cancel}
              />
            </li>
          ) : (
            <StrategyCard
              key={card.indicator.id}
              card={card}
              cellKey={key}
              actions={
                editing && {
                  onEdit: () => editing.edit(card.indicator.id, key),
                  onRemove: () => editing.remove(card.indicator.id, place),
                  onMove: (step) => editing.move(card.indicator.id, place, step),
                  first: index === 0,
                  last: index === cell.cards.length - 1,
                }
              }
            />
          ),
        )}
      </ul>
      {open?.kind === 'new' ? (
        <IndicatorCardEditor
          draft={newDraft(row.level, cell.column.id)}
          isNew
          goalAreas={goalAreas}
          taken={ids}
          onSave={save}
          onCancel={cancel}
        />
      ) : editing ? (
        <button
          type="button"
          className="strategy-add"
          id={addButtonId(key)}
          onClick={() => editing.addIn(place)}
          aria-label={t('stratAddIndicatorIn', { level, area })}
        >
          {`+ ${t('stratAddIndicator')}`}
        </button>
      ) : null}
    </div>
  );
}
