import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareView } from '../../src/views/CompareView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': ['region;indikator;period;värde', '01;nyforetagande;2024;14', '20;nyforetagande;2024;8', '12;nyforetagande;2024;11'].join('\n'),
  'targets.csv': 'region;indikator;period;mål\n20;nyforetagande;2024;9\n01;nyforetagande;2024;13',
});

describe('CompareView (Jämför)', () => {
  it('has a row per county and a column per indicator, grouped by chain level', () => {
    renderView(CompareView, dataset, {});
    const matrix = screen.getByTestId('matrix');
    expect(within(matrix).getAllByRole('rowheader')).toHaveLength(21);
    expect(within(matrix).getByRole('columnheader', { name: 'Kortsiktiga effekter' })).toBeTruthy();
    expect(within(matrix).getByRole('columnheader', { name: 'Nyföretagande' })).toBeTruthy();
  });

  it('says each cell’s status in its name, not by colour alone', () => {
    renderView(CompareView, dataset, {});
    expect(screen.getByTestId('cell-01-nyforetagande').getAttribute('aria-label')).toBe('Stockholms län, Nyföretagande: I fas mot målet');
    expect(screen.getByTestId('cell-20-nyforetagande').getAttribute('aria-label')).toBe('Dalarnas län, Nyföretagande: Inte i fas med målet');
    expect(screen.getByTestId('cell-12-nyforetagande').getAttribute('aria-label')).toBe('Skåne län, Nyföretagande: Inget mål satt');
  });

  it('shows the rank among the län when asked', () => {
    renderView(CompareView, dataset, { matrixMode: 'rank' });
    expect(screen.getByTestId('cell-01-nyforetagande').textContent).toBe('1');
    expect(screen.getByTestId('cell-12-nyforetagande').textContent).toBe('2');
    expect(screen.getByTestId('cell-20-nyforetagande').textContent).toBe('3');
    expect(screen.getByTestId('cell-03-nyforetagande').textContent).toBe('..');
  });

  it('opens the indicator with the county when a cell is clicked', () => {
    const { onChange } = renderView(CompareView, dataset, {});
    fireEvent.click(screen.getByTestId('cell-20-nyforetagande'));
    expect(onChange).toHaveBeenCalledWith({ view: 'indikator', region: '20', indicator: 'nyforetagande', compare: [], at: undefined });
  });
});
