import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionsView } from '../../src/views/QuestionsView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde',
    '20;nyforetagande;2024;8',
    '20;arbetsloshet;2024;5,5',
  ].join('\n'),
  'targets.csv': 'region;indikator;period;mål\n20;nyforetagande;2024;9',
});

describe('QuestionsView (Utvärderingsfrågor)', () => {
  it('groups the questions by chain level, each with its indicators and their status', () => {
    renderView(QuestionsView, dataset, { region: '20' });
    const short = screen.getByTestId('questions-kortsiktiga_effekter');
    expect(within(short).getByText('Ökar nyföretagandet i länet?')).toBeTruthy();
    expect(within(short).getByRole('link', { name: 'Nyföretagande' })).toBeTruthy();
    expect(within(short).getByText('Inte i fas med målet')).toBeTruthy();
    const long = screen.getByTestId('questions-langsiktiga_effekter');
    expect(within(long).getByText('Minskar arbetslösheten?')).toBeTruthy();
    expect(within(long).getByText('Inget mål satt')).toBeTruthy();
  });

  it('opens an indicator from its question', () => {
    const { onChange } = renderView(QuestionsView, dataset, { region: '20' });
    fireEvent.click(screen.getByRole('link', { name: 'Nyföretagande' }));
    expect(onChange).toHaveBeenCalledWith({ view: 'indikator', indicator: 'nyforetagande', at: undefined });
  });
});
