import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareView } from '../../src/views/CompareView';
import { OverviewView } from '../../src/views/OverviewView';
import { MIN_WINDOW_COLUMNS } from '../../src/views/use-column-window';
import { EAGER_ITEMS } from '../../src/views/use-incremental';
import { manyIndicatorDataset } from '../support/many-dataset';
import { renderView } from '../support/render-view';

/** More indicators than either view draws or computes at once (the catalogue lacks them all). */
const COUNT = 90;
const { ids, dataset } = manyIndicatorDataset(COUNT);

describe('many indicators', () => {
  it('Jämför: draws a window of the columns, says how many there are, and Ctrl+End reaches the last cell', async () => {
    expect(COUNT).toBeGreaterThan(MIN_WINDOW_COLUMNS);
    renderView(CompareView, dataset, {});
    const matrix = screen.getByTestId('matrix');
    expect(matrix.getAttribute('aria-colcount')).toBe(String(COUNT + 1));
    expect(matrix.getAttribute('aria-rowcount')).toBe(String(21 + 2));
    const firstRow = within(matrix).getAllByRole('row')[2];
    expect(firstRow?.querySelectorAll('button').length).toBe(MIN_WINDOW_COLUMNS);
    const first = screen.getByTestId(`cell-01-${ids[0]}`);
    expect(first.closest('td')?.getAttribute('aria-colindex')).toBe('2');
    first.focus();
    fireEvent.keyDown(first, { key: 'End', ctrlKey: true });
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-testid')).toBe(`cell-25-${ids[COUNT - 1]}`),
    );
    const last = screen.getByTestId(`cell-25-${ids[COUNT - 1]}`);
    expect(last.getAttribute('tabindex')).toBe('0');
    expect(last.closest('td')?.getAttribute('aria-colindex')).toBe(String(COUNT + 1));
    expect(last.getAttribute('aria-label')).toMatch(/^Norrbottens län, /);
    fireEvent.keyDown(last, { key: 'ArrowLeft' });
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-testid')).toBe(`cell-25-${ids[COUNT - 2]}`),
    );
  });

  // The wait ends as soon as the counts show; its budget is for a loaded 2-core machine (7 s under one
  // CPU hog, over 20 s at a load of 17).
  it(
    'Län: a long list is summarised in slices; the counts show once every card is in',
    { timeout: 120_000 },
    async () => {
      expect(COUNT).toBeGreaterThan(EAGER_ITEMS);
      renderView(OverviewView, dataset, { region: '01' });
      expect(document.querySelectorAll('.overview-card').length).toBeLessThan(COUNT);
      expect(screen.queryByTestId('overview-counts')).toBeNull();
      expect(document.querySelector('ol.chain')?.getAttribute('aria-busy')).toBe('true');
      await waitFor(() => expect(screen.getByTestId('overview-counts')).toBeTruthy(), { timeout: 90_000 });
      expect(document.querySelectorAll('.overview-card').length).toBe(COUNT);
      expect(document.querySelector('ol.chain')?.getAttribute('aria-busy')).toBe('false');
      expect(screen.getByTestId(`card-${ids[COUNT - 1]}`).textContent).toContain('90');
    },
  );

  it(
    'Län again for a region already summarised: every card and the counts at once; in another language, in slices again',
    { timeout: 120_000 },
    async () => {
      renderView(OverviewView, dataset, { region: '25' });
      expect(screen.queryByTestId('overview-counts')).toBeNull();
      await waitFor(() => expect(screen.getByTestId('overview-counts')).toBeTruthy(), { timeout: 90_000 });
      cleanup();
      renderView(OverviewView, dataset, { region: '25' });
      expect(screen.getByTestId('overview-counts')).toBeTruthy();
      expect(document.querySelectorAll('.overview-card').length).toBe(COUNT);
      expect(document.querySelector('ol.chain')?.getAttribute('aria-busy')).toBe('false');
      cleanup();
      renderView(OverviewView, dataset, { region: '25' }, 'en');
      expect(screen.queryByTestId('overview-counts')).toBeNull();
      expect(document.querySelectorAll('.overview-card').length).toBeLessThan(COUNT);
    },
  );
});
