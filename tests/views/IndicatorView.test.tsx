import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/language';
import type { UrlState } from '../../src/state/url-state';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { IndicatorView } from '../../src/views/IndicatorView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

const OBSERVATIONS = [
  'region;indikator;period;kön;värde',
  '00;nyforetagande;2020;T;9,8',
  '00;nyforetagande;2021;T;10,0',
  '00;nyforetagande;2022;T;10,1',
  '00;nyforetagande;2023;T;10,4',
  '20;nyforetagande;2020;T;8,0',
  '20;nyforetagande;2021;T;8,4',
  '20;nyforetagande;2022;T;8,6',
  '20;nyforetagande;2023;T;9,3',
  '01;nyforetagande;2023;T;14,2',
  '12;nyforetagande;2022;T;..',
  '12;nyforetagande;2023;T;11,0',
  '20;arbetsloshet;2023;K;5,1',
  '20;arbetsloshet;2023;M;6,3',
  '20;arbetsloshet;2023;T;5,7',
].join('\n');

const TARGETS = ['region;indikator;period;mål;basår;baslinje', '20;nyforetagande;2026;11,0;2020;8,0'].join(
  '\n',
);

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': OBSERVATIONS,
  'targets.csv': TARGETS,
});

const show = (state: Partial<UrlState>, lang: Lang = 'sv') => renderView(IndicatorView, dataset, state, lang);

describe('IndicatorView (first screen)', () => {
  it('shows the latest value, the question and the status against the target path', () => {
    show({ region: '20', indicator: 'nyforetagande' });
    expect(screen.getByTestId('latest-value').textContent).toContain('9,3');
    expect(screen.getByText('Ökar nyföretagandet i länet?')).toBeTruthy();
    // Path 8,0 (2020) → 11,0 (2026) expects 9,5 in 2023; 9,3 lags by 0,2 ≤ 10 % of the planned 3,0.
    const status = screen.getByTestId('status');
    expect(status.textContent).toContain('Risk att inte nå målet');
    expect(within(status).getByText('!')).toBeTruthy();
    expect(screen.getByText(/målbanan 9,5/)).toBeTruthy();
  });

  it("lists Riket, the 21 län and each county's kommuner, and reports a new choice", () => {
    const { onChange } = show({ region: '20', indicator: 'nyforetagande' });
    const select = screen.getByTestId('region-select') as HTMLSelectElement;
    expect(select.value).toBe('20');
    expect(select.options).toHaveLength(1 + 21 + 290);
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toHaveLength(1 + 21);
    expect(groups).toContain('Kommuner i Dalarnas län');
    const dalarna = select.querySelector('optgroup[label="Kommuner i Dalarnas län"]');
    expect([...(dalarna?.querySelectorAll('option') ?? [])].map((o) => o.textContent)).toContain('Falun');
    fireEvent.change(select, { target: { value: '01' } });
    expect(onChange).toHaveBeenCalledWith({ region: '01', compare: [] });
    fireEvent.change(select, { target: { value: '2080' } });
    expect(onChange).toHaveBeenCalledWith({ region: '2080', compare: [] });
  });

  it('a kommun typed in the search field and confirmed with Enter is chosen; a part of a name is not', () => {
    const { onChange } = show({ region: '20', indicator: 'nyforetagande' });
    const search = screen.getByTestId('region-search') as HTMLInputElement;
    // Typed text (as a keyboard types it) waits for Enter, so "Mark" is no choice on the way to "Markaryd".
    fireEvent.input(search, { target: { value: 'Mark' }, inputType: 'insertText' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.input(search, { target: { value: 'markaryd' }, inputType: 'insertText' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ region: '0767', compare: [] });
  });

  it("switches between the län and the county's kommuner", () => {
    const { onChange } = show({ region: '20', indicator: 'nyforetagande' });
    fireEvent.click(screen.getByTestId('scope-kommun'));
    expect(onChange).toHaveBeenCalledWith({ level: 'kommun', compare: [] });
    expect(screen.getByTestId('scope-switch').textContent).toContain('Kommunerna i Dalarnas län');
  });

  it('ranks the län best first in the table alternative, with missing values last and Riket as reference', () => {
    show({ region: '20', indicator: 'nyforetagande' });
    const figure = screen.getByTestId('ranking-figure');
    fireEvent.click(within(figure).getByRole('button', { name: 'Visa tabell' }));
    const rows = within(figure).getAllByRole('row').slice(1);
    const firstThree = rows.slice(0, 3).map((r) => within(r).getByRole('rowheader').textContent);
    expect(firstThree).toEqual(['Stockholms län', 'Skåne län', 'Dalarnas län']);
    expect(rows[2]?.getAttribute('aria-current')).toBe('true');
    expect(rows[2]?.textContent).toContain('Risk att inte nå målet');
    expect(rows[3]?.textContent).toContain('..');
    expect(rows[rows.length - 1]?.textContent).toContain('Riket');
    expect(rows[rows.length - 1]?.textContent).toContain('10,4');
  });

  it('gives the trend as a table with the region, Riket and the target path, gaps as ..', () => {
    show({ region: '12', indicator: 'nyforetagande' });
    const figure = screen.getByTestId('trend-figure');
    fireEvent.click(within(figure).getByRole('button', { name: 'Visa tabell' }));
    const row2022 = within(figure).getByRole('rowheader', { name: '2022' }).closest('tr');
    expect(row2022?.textContent).toContain('..');
    expect(row2022?.textContent).toContain('10,1');
    const row2023 = within(figure).getByRole('rowheader', { name: '2023' }).closest('tr');
    expect(row2023?.textContent).toContain('11,0');
  });

  it('offers gender where the data has K and M, and reports the choice', () => {
    const { onChange } = show({ region: '20', indicator: 'arbetsloshet' });
    const gender = screen.getByTestId('gender-select') as HTMLSelectElement;
    expect([...gender.options].map((o) => o.textContent)).toEqual([
      'Totalt',
      'Kvinnor',
      'Män',
      'Kvinnor och män',
    ]);
    fireEvent.change(gender, { target: { value: 'K' } });
    expect(onChange).toHaveBeenCalledWith({ gender: 'K' });
  });

  it('speaks English when asked', () => {
    show({ region: '20', indicator: 'nyforetagande' }, 'en');
    expect(screen.getByTestId('status').textContent).toContain('At risk');
    expect(screen.getByText('Is new business formation increasing in the county?')).toBeTruthy();
    expect(screen.getByTestId('latest-value').textContent).toContain('9.3');
  });

  it('in English, marks the catalogue’s Swedish source text in the header as Swedish, and a file name not', () => {
    const example = importTextFiles(
      Object.entries({ 'indicators.json': SMALL_CATALOGUE, 'observations.csv': OBSERVATIONS }).map(
        ([name, text]) => ({ name, bytes: new TextEncoder().encode(text), example: true }),
      ),
    );
    renderView(IndicatorView, example, { region: '20', indicator: 'nyforetagande' }, 'en');
    const card = screen.getByTestId('indicator-card');
    expect(card.querySelector('span[lang="sv"]')?.textContent).toBe('Testdata');
    cleanup();
    show({ region: '20', indicator: 'nyforetagande' }, 'en');
    expect(screen.getByTestId('indicator-card').textContent).toContain('observations.csv');
    expect(screen.getByTestId('indicator-card').querySelector('span[lang="sv"]')).toBeNull();
  });

  it('draws both charts through the real ECharts renderer', async () => {
    show({ region: '20', indicator: 'nyforetagande' });
    await waitFor(() => {
      const trend = screen.getByTestId('trend-chart').querySelector('svg');
      expect(trend?.textContent).toContain('Dalarnas län');
      expect(trend?.textContent).toContain('Riket');
    });
    await waitFor(() => {
      const ranking = screen.getByTestId('ranking-chart').querySelector('svg');
      // The selected county is marked in the axis label, not by colour alone.
      expect(ranking?.textContent).toContain('▶ Dalarnas län');
      expect(ranking?.textContent).toContain('Riket 10,4');
    });
  });
});

describe('IndicatorView: comparison, map and table', () => {
  it('offers the other regions to compare with and reports the choice', () => {
    const { onChange } = show({ region: '20', indicator: 'nyforetagande' });
    fireEvent.click(screen.getByTestId('compare-toggle'));
    const panel = screen.getByTestId('compare-panel');
    const boxes = within(panel).getAllByRole('checkbox');
    expect(boxes).toHaveLength(21);
    fireEvent.click(within(panel).getByLabelText('Stockholms län'));
    expect(onChange).toHaveBeenCalledWith({ compare: ['01'] });
  });

  it('sorts the counties table by value and back', () => {
    show({ region: '20', indicator: 'nyforetagande' });
    const table = screen.getByTestId('counties-data-table');
    // Riket sorts among the län: it shows where the country stands.
    const names = (): string[] =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent ?? '')
        .filter((n) => n !== 'Riket');
    fireEvent.click(within(table).getByRole('button', { name: /Värde/ }));
    const descending = names();
    expect(descending.slice(0, 3)).toEqual(['Stockholms län', 'Skåne län', 'Dalarnas län']);
    fireEvent.click(within(table).getByRole('button', { name: /Värde/ }));
    const ascending = names();
    expect(ascending.slice(0, 3)).toEqual(['Dalarnas län', 'Skåne län', 'Stockholms län']);
    expect(within(table).getByRole('columnheader', { name: /Värde/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('switches the map between value and status, and credits the outlines', () => {
    const { onChange } = show({ region: '20', indicator: 'nyforetagande' });
    const figure = screen.getByTestId('map-figure');
    expect(within(figure).getByText(/Digitala gränser.*CC0/)).toBeTruthy();
    fireEvent.change(within(figure).getByTestId('map-mode'), { target: { value: 'status' } });
    expect(onChange).toHaveBeenCalledWith({ mapMode: 'status' });
  });

  it('lists every status in words in the status legend', () => {
    show({ region: '20', indicator: 'nyforetagande', mapMode: 'status' });
    const figure = screen.getByTestId('map-figure');
    for (const text of [
      'I fas mot målet',
      'Risk att inte nå målet',
      'Inte i fas med målet',
      'Inget mål satt',
      'Inga data',
    ]) {
      expect(within(figure).getByText(text)).toBeTruthy();
    }
  });
});
