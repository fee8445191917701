import { useEffect } from 'react';
import { moveForKey } from '../../domain/meeting-deck';

/** Where the deck's keys are the control's own: typing, choosing, scrolling a table, the slide list. */
function keysBelongElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, select, textarea, [data-own-keys]') !== null;
}

/**
 * The deck's keys on the whole page while the meeting screen is shown: arrows, PageDown/PageUp (a
 * presentation clicker), Home/End, and Escape to leave. A key with a modifier is the browser's
 * (Alt+ArrowLeft is back), and a key in a form field or the slide list is that control's.
 */
export function useDeckKeys(
  index: number,
  count: number,
  go: (index: number) => void,
  leave: () => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (keysBelongElsewhere(event.target)) return;
      const move = moveForKey(event.key, index, count);
      if (!move) return;
      event.preventDefault();
      if (move.kind === 'leave') leave();
      else go(move.index);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, go, leave]);
}
