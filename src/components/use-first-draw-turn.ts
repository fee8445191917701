import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { firstDrawInTurn, type FirstDrawTurn } from './chart-turns';

export interface FirstDrawState {
  /** The chart may be made now. */
  readonly now: boolean;
  /** The chart has drawn its first option: the next chart's turn. */
  readonly done: () => void;
}

/**
 * A chart's turn for its first drawing (see chart-turns): `now` is false until then, so that the
 * charts of a view start one after another, each drawing in a frame of its own. The turn is queued
 * once `queue` is true (the chart library is loaded); `immediate` (jsdom) starts at once.
 */
export function useFirstDrawTurn(queue: boolean, immediate: boolean): FirstDrawState {
  const [started, setStarted] = useState(immediate);
  const turn = useRef<FirstDrawTurn | undefined>(undefined);
  useEffect(() => {
    if (started || !queue) return undefined;
    let ran = false;
    const queued = firstDrawInTurn(() => {
      ran = true;
      flushSync(() => setStarted(true));
    });
    turn.current = queued;
    return () => {
      if (!ran) queued.cancel();
    };
  }, [started, queue]);
  // A chart removed before it has drawn gives its turn up.
  useEffect(() => () => turn.current?.cancel(), []);
  const done = useCallback(() => turn.current?.done(), []);
  return useMemo(() => ({ now: started, done }), [started, done]);
}
