import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartRendererContext } from '../../src/components/EChart';
import { I18nProvider } from '../../src/components/i18n-context';
import { WorkspaceContext } from '../../src/components/workspace-context';
import type { Strategy } from '../../src/domain/strategy';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/url-state';
import { CompareView } from '../../src/views/CompareView';
import { GoalAreaFundsPanel } from '../../src/views/GoalAreaFundsPanel';
import { fakeWorkspaceApi } from '../components/fake-workspace-api';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { strategyIndicator } from '../support/strategy-builder';
import { workspaceOf } from '../support/workspace-builder';

const ledger = readFileSync(resolve(import.meta.dirname, '../fixtures/goalareas/arendelista.csv'), 'utf8');

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde',
    '20;nyforetagande;2023;8,1',
    '20;nyforetagande;2024;8,6',
    '20;arbetsloshet;2024;5,5',
  ].join('\n'),
  'targets.csv': 'region;indikator;period;mål\n20;nyforetagande;2024;8',
  'arendelista.csv': ledger,
});

/** Innovation och företagande funds two goal areas; Klimatsmart has no RUS area and no indicator. */
const STRATEGY: Strategy = {
  name: 'Teststrategin',
  region: '20',
  goalAreas: [
    {
      id: 'konkurrens',
      name: 'Konkurrenskraftigt',
      description: '',
      rusAreas: ['Innovation och företagande', 'Internationalisering'],
    },
    {
      id: 'kompetens',
      name: 'Kompetens',
      description: '',
      rusAreas: ['Kompetensförsörjning', 'Innovation och företagande'],
    },
    { id: 'klimat', name: 'Klimatsmart', description: '', rusAreas: [] },
  ],
  indicators: [
    strategyIndicator('nyforetagande', { goalAreas: ['konkurrens'], chainLevel: 'kortsiktiga_effekter' }),
    strategyIndicator('arbetsloshet', { goalAreas: ['kompetens'], chainLevel: 'langsiktiga_effekter' }),
  ],
};

function renderIn(element: React.ReactElement): void {
  render(
    <ChartRendererContext.Provider value={{ renderer: 'svg', width: 800 }}>
      <I18nProvider lang="sv">
        <WorkspaceContext.Provider value={fakeWorkspaceApi(workspaceOf({ strategy: STRATEGY }))}>
          {element}
        </WorkspaceContext.Provider>
      </I18nProvider>
    </ChartRendererContext.Provider>,
  );
}

const state = (over: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, region: '20', ...over });
const cellsOf = (row: HTMLElement): string[] =>
  ['rus', 'granted', 'share', 'cases', 'indicator', 'value'].map(
    (col) => row.querySelector(`[data-col="${col}"]`)?.textContent ?? '',
  );

afterEach(cleanup);

describe('målområden in Jämför and Finansiering', () => {
  it('Jämför: a chosen goal area keeps its indicators’ columns only, in the grid and its caption, and says so', () => {
    renderIn(<CompareView dataset={dataset} state={state({ goalArea: 'kompetens' })} onChange={vi.fn()} />);
    const matrix = screen.getByTestId('matrix');
    const heads = within(matrix)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toContain('Arbetslöshet');
    expect(heads).not.toContain('Nyföretagande');
    expect(matrix.querySelector('caption')?.textContent).toBe(
      'Länen och indikatorerna: status mot mål – målområdet Kompetens',
    );
    expect(screen.getByTestId('goal-area-note').textContent).toBe(
      'Visar målområdet Kompetens: 1 av strategins 2 indikatorer.',
    );
    cleanup();
    // A goal area with no indicator with data: said instead of an empty grid.
    renderIn(<CompareView dataset={dataset} state={state({ goalArea: 'klimat' })} onChange={vi.fn()} />);
    expect(screen.getByTestId('matrix-empty').textContent).toBe(
      'Målområdet Klimatsmart har inga indikatorer med data att jämföra.',
    );
  });

  it('Finansiering: funds per goal area beside its outcome indicators, the unlinked row, the total and the shared area', () => {
    renderIn(<GoalAreaFundsPanel dataset={dataset} state={state({ at: '2024' })} source="arendelista.csv" />);
    // By hand (see tests/domain/goal-area-funds.test.ts): 3,5 + 6,0 mnkr of 7,0; 0,5 tied to no goal area.
    expect(cellsOf(screen.getByTestId('gaf-row-konkurrens'))).toEqual([
      'Innovation och företagande; Internationalisering',
      '3,5',
      '50,0',
      '3',
      'Nyföretagande',
      '8,6',
    ]);
    const konkurrens = screen.getByTestId('gaf-row-konkurrens');
    expect(konkurrens.textContent).toContain('I fas mot målet');
    expect(konkurrens.textContent).toContain('+0,5 sedan 2023');
    expect(cellsOf(screen.getByTestId('gaf-row-kompetens')).slice(0, 5)).toEqual([
      'Kompetensförsörjning; Innovation och företagande',
      '6,0',
      '85,7',
      '3',
      'Arbetslöshet',
    ]);
    expect(screen.getByTestId('gaf-row-klimat').textContent).toContain('ingen RUS-prioritering kopplad');
    expect(cellsOf(screen.getByTestId('gaf-unlinked')).slice(0, 4)).toEqual([
      'Ingen RUS-koppling; Hållbar samhällsutveckling',
      '0,5',
      '7,1',
      '2',
    ]);
    expect(cellsOf(screen.getByTestId('gaf-total')).slice(1, 4)).toEqual(['7,0', '100,0', '6']);
    expect(screen.getByTestId('gaf-shared').textContent).toBe(
      'RUS-prioriteringen Innovation och företagande hör till flera målområden (Konkurrenskraftigt, Kompetens): dess medel står på var och en av deras rader men räknas bara en gång i totalen.',
    );
  });
});
