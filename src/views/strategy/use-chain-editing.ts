import { useCallback, useEffect, useRef, useState } from 'react';
import type { Strategy, StrategyIndicator } from '../../domain/strategy';
import {
  addIndicator,
  moveIndicator,
  removeIndicator,
  updateIndicator,
  type StrategyCell,
} from '../../domain/strategy-edit';
import { cardButtonId } from './StrategyCard';

/** A cell's key, in DOM ids: `utfall-klimatsmart`, `utfall--` for no goal area. */
export const cellKeyOf = (cell: StrategyCell): string => `${cell.level}--${cell.goalArea ?? ''}`;

export const addButtonId = (cellKey: string): string => `strategy-add-${cellKey}`;

/** The form open in the chain: one indicator's, or a new one's in a cell. */
export type Editing =
  | { readonly kind: 'edit'; readonly id: string; readonly cellKey: string }
  | { readonly kind: 'new'; readonly cell: StrategyCell; readonly cellKey: string };

export interface ChainEditing {
  readonly editing: Editing | undefined;
  edit(id: string, cellKey: string): void;
  addIn(cell: StrategyCell): void;
  cancel(): void;
  save(indicator: StrategyIndicator): void;
  remove(id: string, cell: StrategyCell): void;
  move(id: string, cell: StrategyCell, step: -1 | 1): void;
  /** Puts focus on the element of this id once it is on the page. */
  focusLater(id: string): void;
}

/** Where a saved card is shown: in the goal area it was edited in when it still has it. */
function cellAfterSave(indicator: StrategyIndicator, editing: Editing): string {
  const before = editing.kind === 'new' ? editing.cell.goalArea : editing.cellKey.split('--')[1];
  const area = before && indicator.goalAreas.includes(before) ? before : indicator.goalAreas[0];
  return cellKeyOf({ level: indicator.chainLevel, goalArea: area });
}

/**
 * The chain's edits, each saved at once in the workspace, and where focus goes after each: back to
 * the card's edit button after its form closes, to the cell's add button after a removal, to the
 * moved card's button after a move (a moved node loses focus).
 */
export function useChainEditing(
  strategy: Strategy | undefined,
  setStrategy: (next: Strategy) => void,
): ChainEditing {
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  // Every edit renders again (the workspace or the form changes): the element is looked for then.
  const pendingFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    const element = pendingFocus.current === undefined ? null : document.getElementById(pendingFocus.current);
    if (!element) return;
    element.focus();
    pendingFocus.current = undefined;
  });
  const setPendingFocus = (id: string): void => {
    pendingFocus.current = id;
  };
  const change = useCallback(
    (edit: (s: Strategy) => Strategy) => {
      if (strategy) setStrategy(edit(strategy));
    },
    [strategy, setStrategy],
  );
  return {
    editing,
    focusLater: setPendingFocus,
    edit: (id, cellKey) => setEditing({ kind: 'edit', id, cellKey }),
    addIn: (cell) => setEditing({ kind: 'new', cell, cellKey: cellKeyOf(cell) }),
    cancel: () => {
      if (editing)
        setPendingFocus(
          editing.kind === 'new'
            ? addButtonId(editing.cellKey)
            : cardButtonId(editing.id, editing.cellKey, 'edit'),
        );
      setEditing(undefined);
    },
    save: (indicator) => {
      if (!editing) return;
      change((s) =>
        editing.kind === 'new' ? addIndicator(s, indicator) : updateIndicator(s, editing.id, indicator),
      );
      setPendingFocus(cardButtonId(indicator.id, cellAfterSave(indicator, editing), 'edit'));
      setEditing(undefined);
    },
    remove: (id, cell) => {
      change((s) => removeIndicator(s, id));
      setPendingFocus(addButtonId(cellKeyOf(cell)));
    },
    move: (id, cell, step) => {
      change((s) => moveIndicator(s, id, cell, step));
      setPendingFocus(cardButtonId(id, cellKeyOf(cell), step < 0 ? 'up' : 'down'));
    },
  };
}
