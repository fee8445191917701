import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactElement } from 'react';
import { afterEach, beforeEach } from 'vitest';

/**
 * A React root whose renders are committed with flushSync outside act(), so that a test can read
 * what each commit drew before React goes on (a deferred render, a render in a later task). Call at
 * the top of a test file: it sets the hooks. `commit` renders and returns once the DOM holds it.
 */
export function syncRoot(): { readonly commit: (element: ReactElement) => void } {
  const flag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let before: boolean | undefined;
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  beforeEach(() => {
    before = flag.IS_REACT_ACT_ENVIRONMENT;
    flag.IS_REACT_ACT_ENVIRONMENT = false;
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    container?.remove();
    flag.IS_REACT_ACT_ENVIRONMENT = before;
  });
  return {
    commit: (element) => {
      if (!container) throw new Error('syncRoot: commit inside a test');
      const target = container;
      root ??= createRoot(target);
      const r = root;
      flushSync(() => r.render(element));
    },
  };
}
