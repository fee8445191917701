import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/url-state';
import { useShownDataset, useShownState } from '../../src/state/use-shown-state';
import { syncRoot } from '../support/sync-root';

/**
 * A change of view is drawn in a later, interruptible render (the old view stays meanwhile, busy);
 * any other change is drawn in the render that makes it. Renders are committed with flushSync
 * outside act(), so that what each commit drew can be read before React goes on.
 */
const { commit: render } = syncRoot();

function Probe({ state }: { readonly state: UrlState }): ReactElement {
  const { shown, switching } = useShownState(state);
  return <p data-testid="shown">{`${shown.view} ${shown.region} ${switching ? 'busy' : 'ready'}`}</p>;
}

const commit = (state: UrlState): void => render(<Probe state={state} />);
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

  it('keeps the dataset drawn, busy, while a new one is drawn later; the first one is drawn at once', async () => {
    const first = { name: 'first' };
    const second = { name: 'second' };
    function DatasetProbe({ dataset }: { readonly dataset: { name: string } | undefined }): ReactElement {
      const { shownDataset, switching } = useShownDataset(dataset);
      return <p data-testid="dataset">{`${shownDataset?.name ?? 'none'} ${switching ? 'busy' : 'ready'}`}</p>;
    }
    const shownText = (): string => screen.getByTestId('dataset').textContent ?? '';
    render(<DatasetProbe dataset={undefined} />);
    expect(shownText()).toBe('none ready');
    render(<DatasetProbe dataset={first} />);
    expect(shownText()).toBe('first ready');
    render(<DatasetProbe dataset={second} />);
    expect(shownText()).toBe('first busy');
    await waitFor(() => expect(shownText()).toBe('second ready'));
  });
});
