import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareView } from '../../src/views/CompareView';
import { MIN_WINDOW_COLUMNS } from '../../src/views/use-column-window';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde',
    '01;nyforetagande;2024;14',
    '20;nyforetagande;2024;8',
    '12;nyforetagande;2024;11',
  ].join('\n'),
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
    expect(screen.getByTestId('cell-01-nyforetagande').getAttribute('aria-label')).toBe(
      'Stockholms län, Nyföretagande: I fas mot målet',
    );
    expect(screen.getByTestId('cell-20-nyforetagande').getAttribute('aria-label')).toBe(
      'Dalarnas län, Nyföretagande: Inte i fas med målet',
    );
    expect(screen.getByTestId('cell-12-nyforetagande').getAttribute('aria-label')).toBe(
      'Skåne län, Nyföretagande: Inget mål satt',
    );
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
    expect(onChange).toHaveBeenCalledWith({
      view: 'indikator',
      region: '20',
      level: 'lan',
      indicator: 'nyforetagande',
      compare: [],
      at: undefined,
    });
  });
});

describe('CompareView: the matrix as an ARIA grid with one Tab stop', () => {
  // Two indicators with data: two columns.
  const dataset = datasetFrom({
    'indicators.json': SMALL_CATALOGUE,
    'observations.csv': [
      'region;indikator;period;värde',
      '01;nyforetagande;2024;14',
      '20;nyforetagande;2024;8',
      '01;arbetsloshet;2024;6',
      '20;arbetsloshet;2024;7',
    ].join('\n'),
    'targets.csv': 'region;indikator;period;mål\n01;nyforetagande;2024;13',
  });
  const cells = (): HTMLElement[][] =>
    within(screen.getByTestId('matrix'))
      .getAllByRole('row')
      .slice(2)
      .map((row) => within(row).getAllByRole('button'));

  it('is a grid whose only Tab stop is one cell, the first to start with', () => {
    renderView(CompareView, dataset, {});
    expect(screen.getByTestId('matrix').getAttribute('role')).toBe('grid');
    const all = cells().flat();
    expect(all.filter((b) => b.tabIndex === 0)).toEqual([cells()[0]?.[0]]);
    expect(all.every((b) => b.tabIndex === 0 || b.tabIndex === -1)).toBe(true);
    expect(screen.getByTestId('matrix').getAttribute('aria-describedby')).toBe('matrix-keys');
  });

  it('moves focus and the Tab stop with the arrows, Home, End and Ctrl+Home/End', () => {
    renderView(CompareView, dataset, {});
    const grid = cells();
    expect(grid[0]).toHaveLength(2);
    const at = (r: number, c: number): HTMLElement | undefined => grid.at(r)?.at(c);
    act(() => at(0, 0)?.focus());
    const key = (k: string, ctrlKey = false): void => {
      fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ctrlKey });
    };
    key('ArrowRight');
    expect(document.activeElement).toBe(at(0, 1));
    key('ArrowDown');
    expect(document.activeElement).toBe(at(1, 1));
    expect(at(1, 1)?.tabIndex).toBe(0);
    expect(at(0, 0)?.tabIndex).toBe(-1);
    key('Home');
    expect(document.activeElement).toBe(at(1, 0));
    key('End');
    expect(document.activeElement).toBe(at(1, -1));
    key('End', true);
    expect(document.activeElement).toBe(at(-1, -1));
    key('ArrowDown');
    expect(document.activeElement).toBe(at(-1, -1));
    key('Home', true);
    expect(document.activeElement).toBe(at(0, 0));
    key('ArrowUp');
    expect(document.activeElement).toBe(at(0, 0));
  });

  it('keeps the cells’ names and test ids, and a click still opens the indicator', () => {
    const { onChange } = renderView(CompareView, dataset, {});
    const cell = screen.getByTestId('cell-01-nyforetagande');
    fireEvent.focus(cell);
    expect(cell.tabIndex).toBe(0);
    expect(cell.getAttribute('aria-label')).toBe('Stockholms län, Nyföretagande: I fas mot målet');
    fireEvent.click(cell);
    expect(onChange).toHaveBeenCalledWith({
      view: 'indikator',
      region: '01',
      level: 'lan',
      indicator: 'nyforetagande',
      compare: [],
      at: undefined,
    });
  });
});

describe('CompareView: a county’s kommuner (niva=kommun)', () => {
  const local = datasetFrom({
    'indicators.json': SMALL_CATALOGUE,
    'observations.csv': [
      'region;indikator;period;värde',
      '20;nyforetagande;2024;8',
      '01;nyforetagande;2024;14',
      '01;arbetsloshet;2024;6',
      '2080;nyforetagande;2024;9',
      '2081;nyforetagande;2024;7,5',
      '2062;nyforetagande;2024;10',
    ].join('\n'),
    'targets.csv': 'region;indikator;period;mål\n2080;nyforetagande;2024;8',
  });

  it('the län matrix without a county or kommun level stays the 21 län, with a region choice and no switch', () => {
    renderView(CompareView, local, {});
    expect(within(screen.getByTestId('matrix')).getAllByRole('rowheader')).toHaveLength(21);
    expect((screen.getByTestId('region-select') as HTMLSelectElement).value).toBe('00');
    expect(screen.queryByTestId('scope-switch')).toBeNull();
  });

  it('a county with the kommun level: its 15 kommuner × the indicators they have, ranked among them', () => {
    renderView(CompareView, local, { region: '20', level: 'kommun', matrixMode: 'rank' });
    const matrix = screen.getByTestId('matrix');
    expect(within(matrix).getAllByRole('rowheader')).toHaveLength(15);
    expect(within(matrix).getByRole('columnheader', { name: 'Kommun' })).toBeTruthy();
    // Arbetslöshet has no kommun row: no column.
    expect(within(matrix).queryByRole('columnheader', { name: 'Arbetslöshet' })).toBeNull();
    expect(screen.getByTestId('cell-2062-nyforetagande').textContent).toBe('1');
    expect(screen.getByTestId('cell-2080-nyforetagande').getAttribute('aria-label')).toBe(
      'Falun, Nyföretagande: plats 2 av 15',
    );
    expect(screen.getByTestId('cell-2021-nyforetagande').textContent).toBe('..');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Kommunerna i Dalarnas län och indikatorerna: plats bland kommunerna',
    );
    expect((screen.getByTestId('scope-kommun') as HTMLInputElement).checked).toBe(true);
  });

  it('a kommun in focus means its county’s kommuner; status against each kommun’s own target', () => {
    renderView(CompareView, local, { region: '2080' });
    expect(screen.getByTestId('cell-2080-nyforetagande').getAttribute('aria-label')).toBe(
      'Falun, Nyföretagande: I fas mot målet',
    );
    expect(screen.getByTestId('cell-2081-nyforetagande').getAttribute('aria-label')).toBe(
      'Borlänge, Nyföretagande: Inget mål satt',
    );
  });

  it('a cell opens the indicator for the kommun among its county’s kommuner', () => {
    const { onChange } = renderView(CompareView, local, { region: '20', level: 'kommun' });
    fireEvent.click(screen.getByTestId('cell-2062-nyforetagande'));
    expect(onChange).toHaveBeenCalledWith({
      view: 'indikator',
      region: '2062',
      level: 'kommun',
      indicator: 'nyforetagande',
      compare: [],
      at: undefined,
    });
  });

  it('the switch and the region choice change the URL state', () => {
    const { onChange } = renderView(CompareView, local, { region: '20' });
    fireEvent.click(screen.getByTestId('scope-kommun'));
    expect(onChange).toHaveBeenCalledWith({ level: 'kommun', compare: [] });
    fireEvent.change(screen.getByTestId('region-select'), { target: { value: '2080' } });
    expect(onChange).toHaveBeenCalledWith({ region: '2080' });
  });

  it('with many indicators the kommun matrix draws only a window of its columns, as the län matrix does', () => {
    const ids = Array.from({ length: 90 }, (_, k) => `mangd_${String(k + 1).padStart(3, '0')}`);
    const many = datasetFrom({
      'mangd.csv': ['region;indikator;period;värde', ...ids.map((id, k) => `2080;${id};2024;${k}`)].join(
        '\n',
      ),
    });
    renderView(CompareView, many, { region: '2080' });
    const matrix = screen.getByTestId('matrix');
    expect(matrix.getAttribute('aria-colcount')).toBe('91');
    expect(matrix.getAttribute('aria-rowcount')).toBe(String(15 + 2));
    expect(matrix.querySelector('tbody tr')?.querySelectorAll('button').length).toBe(MIN_WINDOW_COLUMNS);
  });

  it('a county whose kommuner have no values says so instead of an empty matrix', () => {
    renderView(CompareView, local, { region: '25', level: 'kommun' });
    expect(screen.queryByTestId('matrix')).toBeNull();
    expect(screen.getByTestId('matrix-empty').textContent).toContain('kommunerna i Norrbottens län');
  });
});
