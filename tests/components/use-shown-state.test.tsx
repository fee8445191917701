import { screen, waitFor } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/url-state';
import { useShownState } from '../../src/state/use-shown-state';

/**
 * A change of view is drawn in a later, interruptible render (the old view stays meanwhile, busy);
 * any other change is drawn in the render that makes it. Renders are committed with flushSync
 * outside act(), so that what each commit drew can be read before React goes on.
 */
const flag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let before: boolean | undefined;
let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => {
  before = flag.IS_REACT_ACT_ENVIRONMENT;
  flag.IS_REACT_ACT_ENVIRONMENT = false;
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  container.remove();
  flag.IS_REACT_ACT_ENVIRONMENT = before;
});

function Probe({ state }: { readonly state: UrlState }): ReactElement {
  const { shown, switching } = useShownState(state);
  return <p data-testid="shown">{`${shown.view} ${shown.region} ${switching ? 'busy' : 'ready'}`}</p>;
}

const commit = (state: UrlState): void => flushSync(() => root?.render(<Probe state={state} />));
const text = (): string => screen.getByTestId('shown').textContent ?? '';

describe('useShownState', () => {
  it('keeps the old view, busy, while the new one is drawn later; a change inside a view is drawn at once', async () => {
    const lan = { ...DEFAULT_URL_STATE, view: 'lan' as const, region: '01' };
    commit(lan);
    expect(text()).toBe('lan 01 ready');
    commit({ ...lan, view: 'indikator' });
    expect(text()).toBe('lan 01 busy');
    await waitFor(() => expect(text()).toBe('indikator 01 ready'));
    commit({ ...lan, view: 'indikator', region: '20' });
    expect(text()).toBe('indikator 20 ready');
  });
});
