import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IndicatorView } from '../../src/views/IndicatorView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

// The trend figure throws as a bad value used to make it throw while drawing.
vi.mock('../../src/views/TrendFigure', () => ({
  TrendFigure: (): never => {
    throw new RangeError('maximumFractionDigits value is out of range.');
  },
}));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'egna-varden.csv': [
    'region;indikator;period;värde',
    '20;nyforetagande;2022;8,6',
    '01;nyforetagande;2022;14,2',
  ].join('\n'),
});

describe('IndicatorView with a panel that throws', () => {
  it('shows the failure in that panel, naming the file; the ranking, map and table still render', async () => {
    renderView(IndicatorView, dataset, { region: '20', indicator: 'nyforetagande' });
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-panel')).toBe('utvecklingen över tid');
    expect(within(alert).getByText('Det gick inte att visa utvecklingen över tid.')).toBeTruthy();
    expect(within(alert).getByTestId('panel-failure-error').textContent).toBe(
      'Felet: maximumFractionDigits value is out of range.',
    );
    expect(alert.textContent).toContain('Värdena kommer från egna-varden.csv.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByTestId('latest-value').textContent).toContain('8,6');
    expect(screen.getByTestId('ranking-figure')).toBeTruthy();
    expect(screen.getByTestId('map-figure')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('ranking-figure').querySelector('svg')).toBeTruthy());
  });
});
