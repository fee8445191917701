import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChartRendererContext } from '../../src/components/EChart';
import { I18nProvider } from '../../src/components/i18n-context';
import { WorkspaceContext } from '../../src/components/workspace-context';
import type { Strategy } from '../../src/domain/strategy';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/url-state';
import { OverviewView } from '../../src/views/OverviewView';
import { QuestionsView } from '../../src/views/QuestionsView';
import { fakeWorkspaceApi } from '../components/fake-workspace-api';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { strategyIndicator } from '../support/strategy-builder';
import { workspaceOf } from '../support/workspace-builder';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde',
    '20;nyforetagande;2024;8,6',
    '20;arbetsloshet;2024;5,5',
  ].join('\n'),
});

/** A strategy of two goal areas: nyföretagande in one, arbetslöshet in the other. */
const STRATEGY: Strategy = {
  name: 'Teststrategin',
  region: '20',
  goalAreas: [
    { id: 'konkurrens', name: 'Konkurrenskraftigt', description: '', rusAreas: [] },
    { id: 'sammanhallet', name: 'Sammanhållet', description: '', rusAreas: [] },
  ],
  indicators: [
    strategyIndicator('nyforetagande', { goalAreas: ['konkurrens'] }),
    strategyIndicator('arbetsloshet', { goalAreas: ['sammanhallet'] }),
  ],
};

function renderWith(
  View: typeof OverviewView | typeof QuestionsView,
  state: Partial<UrlState>,
  strategy: Strategy | undefined,
) {
  const onChange = vi.fn<(change: Partial<UrlState>) => void>();
  render(
    <ChartRendererContext.Provider value={{ renderer: 'svg', width: 800 }}>
      <I18nProvider lang="sv">
        <WorkspaceContext.Provider value={fakeWorkspaceApi(workspaceOf({ strategy }))}>
          <View
            dataset={dataset}
            state={{ ...DEFAULT_URL_STATE, region: '20', ...state }}
            onChange={onChange}
          />
        </WorkspaceContext.Provider>
      </I18nProvider>
    </ChartRendererContext.Provider>,
  );
  return onChange;
}

const cardIds = (): string[] =>
  [...document.querySelectorAll('article.overview-card')].map((c) =>
    (c.getAttribute('data-testid') ?? '').replace(/^card-/, ''),
  );

describe('målområde on Län and Utvärderingsfrågor', () => {
  it('Län: a chosen goal area shows its indicators only, and says so', async () => {
    renderWith(OverviewView, { goalArea: 'konkurrens' }, STRATEGY);
    await waitFor(() => expect(screen.getByTestId('overview-counts')).toBeTruthy());
    expect(cardIds()).toEqual(['nyforetagande']);
    expect(screen.getByTestId('goal-area-note').textContent).toBe(
      'Visar målområdet Konkurrenskraftigt: 1 av strategins 2 indikatorer.',
    );
    const select = screen.getByLabelText('Målområde') as HTMLSelectElement;
    expect(select.value).toBe('konkurrens');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Alla målområden',
      'Konkurrenskraftigt',
      'Sammanhållet',
    ]);
  });

  it('Län: no choice, an unknown goal area or no strategy shows every indicator, without the choice when there is no strategy', async () => {
    renderWith(OverviewView, { goalArea: 'okand' }, STRATEGY);
    await waitFor(() => expect(screen.getByTestId('overview-counts')).toBeTruthy());
    expect(cardIds().sort()).toEqual(['arbetsloshet', 'nyforetagande']);
    expect(screen.queryByTestId('goal-area-note')).toBeNull();
    cleanup();
    renderWith(OverviewView, {}, undefined);
    await waitFor(() => expect(screen.getByTestId('overview-counts')).toBeTruthy());
    expect(screen.queryByLabelText('Målområde')).toBeNull();
  });

  it('Utvärderingsfrågor: the questions of the chosen goal area only', async () => {
    renderWith(QuestionsView, { view: 'fragor', goalArea: 'sammanhallet' }, STRATEGY);
    await waitFor(() => expect(screen.getByTestId('goal-area-note')).toBeTruthy());
    const text = document.body.textContent ?? '';
    expect(text).toContain('Arbetslöshet');
    expect(text).not.toContain('Nyföretagande');
  });
});
