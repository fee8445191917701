import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverviewView } from '../../src/views/OverviewView';
import { EAGER_ITEMS } from '../../src/views/use-incremental';
import { datasetFrom } from '../support/dataset-builder';
import { manyIndicatorDataset } from '../support/many-dataset';
import { renderView } from '../support/render-view';
import { catalogueEntry, catalogueJson, observationsCsv, targetsCsv } from '../support/view-catalogue';

const dataset = datasetFrom({
  'indicators.json': catalogueJson([
    catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' }),
    catalogueEntry('arbetsloshet', { chainLevel: 'langsiktiga_effekter', direction: 'lower_is_better' }),
  ]),
  'obs.csv': observationsCsv([
    '00;nyforetagande;2025;10,4',
    '20;nyforetagande;2024;8,2',
    '20;nyforetagande;2025;8,6',
    '2080;nyforetagande;2024;8,5',
    '2080;nyforetagande;2025;9,3',
    '2081;nyforetagande;2025;7,6',
    '20;arbetsloshet;2025;6,0',
    '2080;arbetsloshet;2025;5,5',
    '2081;arbetsloshet;2025;7,5',
    '01;arbetsloshet;2025;6,5',
  ]),
  'targets.csv': targetsCsv(['2080;nyforetagande;2030;12;2020;8', '2081;nyforetagande;2030;8;2020;7']),
});

describe('the Län view at the local level', () => {
  it("for a county: the Kommunerna table, with statuses in words and the kommuner's links", () => {
    const { onChange } = renderView(OverviewView, dataset, { region: '20' });
    const panel = screen.getByTestId('kommuner-panel');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Kommunerna i Dalarnas län');
    const nyf = within(panel).getByTestId('kommuner-row-nyforetagande');
    expect(within(nyf).getByTestId('kommuner-with-data').textContent).toBe('2 av 15');
    // Statuses by icon and word, not colour alone.
    expect(within(nyf).getByTestId('kommuner-standing').textContent).toContain('1 ✓I fas mot målet');
    expect(within(nyf).getByTestId('kommuner-standing').textContent).toContain('1 ✕Inte i fas med målet');
    const best = within(within(nyf).getByTestId('kommuner-best')).getByRole('link');
    expect(best.textContent).toBe('Falun');
    expect(best.getAttribute('href')).toBe('?vy=indikator&indikator=nyforetagande&region=2080');
    const unemployment = within(panel).getByTestId('kommuner-row-arbetsloshet');
    expect(within(unemployment).getByTestId('kommuner-standing').textContent).toBe(
      '1 av 2 bättre än länet (6,0)',
    );
    expect(within(unemployment).getByTestId('kommuner-worst').textContent).toBe('Borlänge 7,5');
    fireEvent.click(best);
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ view: 'indikator', indicator: 'nyforetagande', region: '2080' }),
    );
  });

  it('says in one line when the county has no kommun data', () => {
    renderView(OverviewView, dataset, { region: '01' });
    expect(screen.getByTestId('kommuner-none').textContent).toBe(
      'Det finns inga kommunvärden för Stockholms län.',
    );
    expect(screen.queryByTestId('kommuner-table')).toBeNull();
  });

  it('for a kommun: its cards against the county and Riket, and no Kommunerna panel', () => {
    renderView(OverviewView, dataset, { region: '2080' }, 'en');
    expect((screen.getByTestId('region-select') as HTMLSelectElement).value).toBe('2080');
    const card = screen.getByTestId('card-nyforetagande');
    expect(card.textContent).toContain('9.3');
    expect(
      within(card)
        .getAllByTestId('card-reference')
        .map((p) => p.textContent),
    ).toEqual(['Dalarna County: 8.6 number', 'Sweden: 10.4 number']);
    expect(screen.queryByTestId('kommuner-panel')).toBeNull();
  });
});

describe('the Kommunerna panel with many indicators', () => {
  it('waits for the cards, then fills its table a slice at a time, busy until the last row', async () => {
    const count = EAGER_ITEMS + 5;
    const { ids, dataset: many } = manyIndicatorDataset(count, ['20', '2080']);
    renderView(OverviewView, many, { region: '20' });
    const panel = screen.getByTestId('kommuner-panel');
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(panel.querySelectorAll('tbody tr').length).toBeLessThan(count);
    await waitFor(() => expect(panel.getAttribute('aria-busy')).toBe('false'), { timeout: 60_000 });
    expect(panel.querySelectorAll('tbody tr').length).toBe(count);
    const last = within(panel).getByTestId(`kommuner-row-${ids[count - 1]}`);
    expect(within(last).getByTestId('kommuner-with-data').textContent).toBe('1 av 15');
  }, 90_000);
});
