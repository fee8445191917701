import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorView } from '../../src/views/IndicatorView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

// A file with a dimension column (Grupp) and a constant one (ålder), as issue 10's shapes 3 and 4.
const GRUPP = [
  'region;år;Grupp;ålder;arbetslöshet',
  '20;2022;inrikes födda;16-64 år;4,4',
  '20;2023;inrikes födda;16-64 år;3,9',
  '20;2022;utrikes födda;16-64 år;19,0',
  '20;2023;utrikes födda;16-64 år;17,5',
].join('\n');

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': 'region;indikator;period;värde\n20;nyforetagande;2023;9,3\n',
  'grupp.csv': GRUPP,
});

describe('an indicator the file names and describes', () => {
  it('shows the variant by its name, its value and the constant columns as its description', () => {
    renderView(IndicatorView, dataset, { region: '20', indicator: 'arbetsloshet_utrikes_fodda' });
    expect(screen.getByTestId('indicator-heading').textContent).toContain('Arbetslöshet – utrikes födda');
    expect(screen.getByTestId('latest-value').textContent).toContain('17,5');
    expect(screen.getByTestId('indicator-description').textContent).toBe('ålder: 16-64 år');
  });

  it('a catalogued indicator without a formula shows no file description', () => {
    renderView(IndicatorView, dataset, { region: '20', indicator: 'nyforetagande' });
    expect(screen.queryByTestId('indicator-description')).toBeNull();
  });
});
