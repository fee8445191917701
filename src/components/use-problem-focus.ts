import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../i18n/dictionary';

/** Why a form's save failed, and the field the error is about. */
export interface FieldProblem<F extends string> {
  readonly key: MessageKey;
  readonly field: F;
}

export interface ProblemFocus<F extends string> {
  readonly problem: FieldProblem<F> | undefined;
  readonly setProblem: (problem: FieldProblem<F> | undefined) => void;
  /** The ref for the control of a field; the same callback on every render. */
  readonly fieldRef: (field: F) => (element: HTMLElement | null) => void;
}

/**
 * A form's save error and the focus that goes with it: a failed save puts focus on the field the
 * error is about. Each failed try sets a new object, so each try moves focus, even to the same field.
 * (Unlike `focus-request.ts`, which carries focus across a change of view, this stays in one form.)
 */
export function useProblemFocus<F extends string>(): ProblemFocus<F> {
  const [problem, setProblem] = useState<FieldProblem<F> | undefined>(undefined);
  const elements = useRef(new Map<F, HTMLElement>());
  const callbacks = useRef(new Map<F, (element: HTMLElement | null) => void>());
  useEffect(() => {
    if (problem) elements.current.get(problem.field)?.focus();
  }, [problem]);
  const fieldRef = useCallback((field: F): ((element: HTMLElement | null) => void) => {
    const known = callbacks.current.get(field);
    if (known) return known;
    const callback = (element: HTMLElement | null): void => {
      if (element) elements.current.set(field, element);
      else elements.current.delete(field);
    };
    callbacks.current.set(field, callback);
    return callback;
  }, []);
  return { problem, setProblem, fieldRef };
}
