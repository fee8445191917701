import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingView } from '../../src/views/MeetingView';
import { datasetFrom } from '../support/dataset-builder';
import { renderView } from '../support/render-view';
import { LEVELS_CATALOGUE, observationsCsv, targetsCsv } from '../support/view-catalogue';

const dataset = datasetFrom({
  'indicators.json': LEVELS_CATALOGUE,
  'obs.csv': observationsCsv([
    '00;nyforetagande;2022;10,5',
    '00;nyforetagande;2023;11',
    '20;nyforetagande;2022;7,5',
    '20;nyforetagande;2023;8',
    '20;antal_projekt;2023;40',
  ]),
  'targets.csv': targetsCsv(['20;nyforetagande;2030;11;2020;7']),
});
const meeting = (slide: number | undefined, returnView = 'jamfor') => ({
  view: 'mote' as const,
  region: '20',
  meeting: { slide, deck: undefined, returnView },
});

describe('MeetingView (Mötesläge)', () => {
  it('shows the first slide with its heading focused, its source and period, and the deck’s size', () => {
    renderView(MeetingView, dataset, meeting(undefined));
    const heading = screen.getByTestId('slide-heading');
    expect(heading.textContent).toBe('Prestationer');
    expect(document.activeElement).toBe(heading);
    expect(screen.getByTestId('slide-source').textContent).toBe('Källa: obs.csv');
    expect(screen.getByTestId('slide-period').textContent).toBe('Period: 2023');
    expect(screen.queryByTestId('slide-example')).toBeNull();
    // Prestationer, Kortsiktiga effekter, then their indicators.
    expect(screen.getByTestId('slide-position').textContent).toBe('Bild 1 av 4');
  });

  it('marks <body> while shown, so that the page around the slides steps aside, and unmarks it after', () => {
    renderView(MeetingView, dataset, meeting(undefined));
    expect(document.body.classList.contains('meeting-open')).toBe(true);
    cleanup();
    expect(document.body.classList.contains('meeting-open')).toBe(false);
  });

  it('an indicator slide: value and change in figures, status in words, the chart with its table', () => {
    renderView(MeetingView, dataset, meeting(4));
    expect(screen.getByTestId('slide-heading').textContent).toBe('Nyforetagande');
    expect(screen.getByTestId('slide-value').textContent).toBe('8,0');
    expect(screen.getByTestId('slide-change').textContent).toBe('↑ +0,5');
    expect(screen.getByText('Risk att inte nå målet')).toBeTruthy();
    expect(screen.getByText('Mål 11,0 år 2030')).toBeTruthy();
    expect(screen.getByTestId('slide-chart').getAttribute('role')).toBe('img');
    expect(screen.getByText('Visa tabell').closest('details')).not.toBeNull();
  });

  it('keys move through the deck; Escape goes back to the view it came from', () => {
    const { onChange } = renderView(MeetingView, dataset, meeting(2));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'PageUp' });
    fireEvent.keyDown(window, { key: 'End' });
    fireEvent.keyDown(window, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onChange.mock.calls.map(([change]) => change.meeting?.slide ?? change.view)).toEqual([
      3,
      1,
      4,
      'jamfor',
    ]);
  });

  it('the slide list takes a slide out of the deck (kept in the link) and shows another', () => {
    const { onChange } = renderView(MeetingView, dataset, meeting(1));
    fireEvent.click(screen.getByTestId('slide-list-toggle'));
    const list = screen.getByTestId('slide-list');
    fireEvent.click(within(list).getByLabelText('Kortsiktiga effekter'));
    expect(onChange).toHaveBeenLastCalledWith({
      meeting: {
        slide: 1,
        deck: ['niva:prestationer', 'indikator:antal_projekt', 'indikator:nyforetagande'],
        returnView: 'jamfor',
      },
    });
    fireEvent.click(within(list).getByText('Visa bild 4'));
    expect(onChange.mock.lastCall?.[0].meeting?.slide).toBe(4);
    // Keys in the list are the list's: Escape closes it, and the focus goes back to its button.
    fireEvent.keyDown(list, { key: 'Escape' });
    expect(screen.queryByTestId('slide-list')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('slide-list-toggle'));
    expect(onChange.mock.lastCall?.[0].view).toBeUndefined();
  });
});
