import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverviewView } from '../../src/views/OverviewView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';
import { catalogueEntry, catalogueJson, observationsCsv } from '../support/view-catalogue';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde',
    '00;nyforetagande;2023;10,0',
    '00;nyforetagande;2024;10,4',
    '20;nyforetagande;2023;8,0',
    '20;nyforetagande;2024;8,6',
    '20;arbetsloshet;2023;6,0',
    '20;arbetsloshet;2024;5,5',
  ].join('\n'),
  'targets.csv':
    'region;indikator;period;mål;basår;baslinje\n20;nyforetagande;2030;12;2020;7\n20;arbetsloshet;2030;4;2020;7',
});

describe('OverviewView (Län)', () => {
  it('lays out the six chain levels in order', () => {
    renderView(OverviewView, dataset, { region: '20' });
    const levels = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent ?? '');
    const order = [
      'Resurser',
      'Aktiviteter',
      'Prestationer',
      'Utfall',
      'Kortsiktiga effekter',
      'Långsiktiga effekter',
    ];
    const found = order.map((label) => levels.findIndex((l) => l.startsWith(label)));
    expect(found.every((i) => i >= 0)).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });

  it('shows each indicator as a card: value, change, status in words, Riket', () => {
    renderView(OverviewView, dataset, { region: '20' });
    const card = screen.getByTestId('card-nyforetagande');
    expect(card.textContent).toContain('8,6');
    expect(card.textContent).toContain('+0,6 sedan 2023');
    // Path 7 (2020) → 12 (2030) expects 9,0 in 2024: 8,6 lags by 0,4 ≤ 10 % of the planned 5.
    expect(within(card).getByText('Risk att inte nå målet')).toBeTruthy();
    expect(card.textContent).toContain('Riket: 10,4');
    const unemployment = screen.getByTestId('card-arbetsloshet');
    // Lower is better: 7 → 4 expects 5,8 in 2024; 5,5 is ahead.
    expect(within(unemployment).getByText('I fas mot målet')).toBeTruthy();
  });

  it('says a cohort measure is not compared with the year before, instead of showing a change', () => {
    const cohorts = datasetFrom({
      'indicators.json': catalogueJson([
        catalogueEntry('utbetalningsgrad', { chainLevel: 'prestationer', cohort: true }),
        catalogueEntry('beviljat', { chainLevel: 'prestationer' }),
      ]),
      'observations.csv': observationsCsv([
        '20;utbetalningsgrad;2023;80',
        '20;utbetalningsgrad;2024;15',
        '20;beviljat;2023;80',
        '20;beviljat;2024;15',
      ]),
    });
    renderView(OverviewView, cohorts, { region: '20' });
    const cohort = screen.getByTestId('card-utbetalningsgrad');
    expect(cohort.textContent).toContain('15');
    expect(cohort.textContent).toContain('kohortmått: jämförs inte med föregående år');
    expect(cohort.textContent).not.toContain('sedan 2023');
    expect(screen.getByTestId('card-beviljat').textContent).toContain('−65,0 sedan 2023');
  });

  it('counts the statuses per level and in total', () => {
    renderView(OverviewView, dataset, { region: '20' });
    const total = screen.getByTestId('overview-counts');
    expect(total.textContent).toMatch(/1 ✓I fas mot målet/);
    expect(total.textContent).toMatch(/1 !Risk att inte nå målet/);
  });

  it('puts the evaluation question one focus away', () => {
    renderView(OverviewView, dataset, { region: '20' });
    const button = screen.getByRole('button', { name: 'Visa utvärderingsfrågan för Nyföretagande' });
    const tip = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(tip?.textContent).toContain('Ökar nyföretagandet i länet?');
    expect(tip?.getAttribute('role')).toBe('tooltip');
  });

  it('opens the indicator view from a card', () => {
    const { onChange } = renderView(OverviewView, dataset, { region: '20' });
    fireEvent.click(screen.getByRole('link', { name: 'Nyföretagande' }));
    expect(onChange).toHaveBeenCalledWith({
      view: 'indikator',
      indicator: 'nyforetagande',
      at: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('draws a sparkline per card', async () => {
    renderView(OverviewView, dataset, { region: '20' });
    await waitFor(() =>
      expect(screen.getByTestId('card-nyforetagande').querySelector('svg path')).not.toBeNull(),
    );
  });
});
