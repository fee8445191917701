import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorView } from '../../src/views/IndicatorView';
import { OverviewView } from '../../src/views/OverviewView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde;kommentar',
    '00;nyforetagande;2023;10,0;',
    '00;nyforetagande;2024;10,4;',
    '20;nyforetagande;2023;8,0;',
    '20;nyforetagande;2024;8,6;',
    '20;arbetsloshet;2023;6,0;',
    '20;arbetsloshet;2024;5,5;preliminärt',
  ].join('\n'),
  'targets.csv':
    'region;indikator;period;mål;basår;baslinje\n20;nyforetagande;2030;12;2020;7\n20;arbetsloshet;2030;4;2020;7',
});

describe('the Län view’s generated summary', () => {
  it('says per chain level its count and a sentence per indicator, with the values it rests on', () => {
    renderView(OverviewView, dataset, { region: '20' });
    const level = screen.getByTestId('summary-kortsiktiga_effekter');
    expect(within(level).getByRole('heading', { name: 'Sammanfattning' })).toBeTruthy();
    expect(level.textContent).toContain('1 indikator: 1 med risk att inte nå målet.');
    const sentence = within(level).getByTestId('summary-sentence-nyforetagande');
    expect(sentence.querySelector('.summary-text')?.textContent).toBe(
      'Nyföretagande i Dalarnas län var 8,6 nya företag per 1 000 invånare under 2024 (riket: 10,4), ' +
        '0,6 högre än 2023 och med risk att inte nå målet 12,0 år 2030.',
    );
    // The footnote: each value the sentence names, the path it is judged against, and the source.
    const basis = [...sentence.querySelectorAll('details li')].map((li) => li.textContent);
    expect(basis).toEqual([
      'Dalarnas län 2024: 8,6',
      'Riket 2024: 10,4',
      'Dalarnas län 2023: 8,0',
      'Mål år 2030: 12,0',
      'Målbanan 2024: 9,0',
      'Källa: observations.csv',
    ]);
    expect(within(sentence).getByText('Vad meningen bygger på').tagName).toBe('SUMMARY');

    const longTerm = screen.getByTestId('summary-langsiktiga_effekter');
    expect(within(longTerm).getByTestId('summary-sentence-arbetsloshet').textContent).toContain(
      'och i fas mot målet 4,0 år 2030. Värdet för 2024 är preliminärt.',
    );
    // A level without indicators says nothing, and one's own data is never called invented.
    expect(screen.queryByTestId('summary-utfall')).toBeNull();
    expect(screen.queryByTestId('summary-invented')).toBeNull();
  });

  it('speaks English on the English page', () => {
    renderView(OverviewView, dataset, { region: '20' }, 'en');
    const sentence = screen.getByTestId('summary-sentence-nyforetagande');
    expect(sentence.querySelector('.summary-text')?.textContent).toBe(
      'New business starts in Dalarna County was 8.6 new firms per 1,000 inhabitants in 2024 (Sweden: 10.4), ' +
        '0.6 higher than in 2023 and at risk of missing the target of 12.0 in 2030.',
    );
  });
});

describe('the Indikator view’s trend chart', () => {
  it('is described by the focus region’s sentence', () => {
    renderView(IndicatorView, dataset, { view: 'indikator', indicator: 'nyforetagande', region: '20' });
    const chart = within(screen.getByTestId('trend-figure')).getAllByRole('img')[0];
    const id = chart?.getAttribute('aria-describedby') ?? '';
    expect(id).not.toBe('');
    expect(document.getElementById(id)?.textContent).toMatch(
      /^Nyföretagande i Dalarnas län var 8,6 nya företag per 1 000 invånare under 2024 \(riket: 10,4\)/,
    );
  });
});
