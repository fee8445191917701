import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { CompareView } from '../../src/views/CompareView';
import { ROW_BATCH } from '../../src/views/use-drawn-rows';
import { EAGER_COLUMNS, MIN_WINDOW_COLUMNS } from '../../src/views/use-column-window';
import { manyIndicatorDataset } from '../support/many-dataset';
import { renderView } from '../support/render-view';

/**
 * What keeps Jämför's steps short with two thousand indicators (issue 15, item 5; the time itself is
 * in `npm run bench`, BENCH_ONLY=many): the view shows before its cells, which come a few rows a
 * frame; a jump to the far end swaps the rows at once; a focus move touches two cells; and nothing
 * forces a layout while the view opens.
 */
const COUNT = 90;
const { ids, dataset } = manyIndicatorDataset(COUNT);

/** Every mutation inside the matrix while `action` runs (and whatever it leads to, until `until`). */
async function mutationsDuring(action: () => void, until: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(screen.getByTestId('matrix'), { subtree: true, childList: true, attributes: true });
  action();
  await waitFor(until);
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Jämför with many indicators: the cost of a step', () => {
  it('the view commits first without its cells; they follow in renders of their own, a few rows at a time', async () => {
    expect(COUNT).toBeGreaterThan(EAGER_COLUMNS);
    const cellsAtCommit: number[] = [];
    render(
      <I18nProvider lang="sv">
        <Profiler
          id="jamfor"
          onRender={() => cellsAtCommit.push(document.querySelectorAll('.cell-button').length)}
        >
          <CompareView dataset={dataset} state={DEFAULT_URL_STATE} onChange={() => {}} />
        </Profiler>
      </I18nProvider>,
    );
    expect(cellsAtCommit[0]).toBe(0);
    expect(cellsAtCommit).toContain(ROW_BATCH * MIN_WINDOW_COLUMNS);
    expect(screen.getByTestId('matrix').getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(screen.getByTestId('matrix').getAttribute('aria-busy')).toBe('false'));
    expect(cellsAtCommit.at(-1)).toBe(21 * MIN_WINDOW_COLUMNS);
    expect(Math.max(...cellsAtCommit.map((n, i) => n - (cellsAtCommit[i - 1] ?? 0)))).toBeLessThanOrEqual(
      ROW_BATCH * MIN_WINDOW_COLUMNS,
    );
  });

  it('a jump to the far end puts in new rows at once, never takes cells out of a row one by one', async () => {
    renderView(CompareView, dataset, {});
    const first = screen.getByTestId(`cell-01-${ids[0]}`);
    act(() => first.focus());
    const records = await mutationsDuring(
      () => fireEvent.keyDown(first, { key: 'End' }),
      () => expect(document.activeElement?.getAttribute('data-testid')).toBe(`cell-01-${ids[COUNT - 1]}`),
    );
    const removed = records.flatMap((r) => [...r.removedNodes].map((n) => [r.target.nodeName, n.nodeName]));
    expect(removed.filter(([parent]) => parent === 'TR')).toEqual([]);
    expect(removed).toContainEqual(['TABLE', 'TBODY']);
  });

  it('a focus move changes two cells’ tabindex and nothing else', async () => {
    renderView(CompareView, dataset, {});
    const first = screen.getByTestId(`cell-01-${ids[0]}`);
    act(() => first.focus());
    const next = screen.getByTestId(`cell-01-${ids[1]}`);
    const records = await mutationsDuring(
      () => fireEvent.keyDown(first, { key: 'ArrowRight' }),
      () => expect(document.activeElement).toBe(next),
    );
    expect(
      records.map((r) => [r.type, r.attributeName, (r.target as Element).getAttribute('data-testid')]),
    ).toEqual(
      expect.arrayContaining([
        ['attributes', 'tabindex', `cell-01-${ids[0]}`],
        ['attributes', 'tabindex', `cell-01-${ids[1]}`],
      ]),
    );
    expect(records).toHaveLength(2);
  });

  it('opening reads no size from the page until it is laid out (a ResizeObserver reports)', () => {
    const observed: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observed.push(callback);
        }
        observe(): void {}
        disconnect(): void {}
        unobserve(): void {}
      },
    );
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const width = vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(46 * 60);
    renderView(CompareView, dataset, {});
    expect(rect).not.toHaveBeenCalled();
    expect(width).not.toHaveBeenCalled();
    // Laid out: the observers report, and the window widens to what is visible (60 columns) and more.
    act(() => observed.forEach((callback) => callback([], {} as ResizeObserver)));
    expect(width).toHaveBeenCalled();
    expect(document.querySelector('tbody tr')?.querySelectorAll('button').length).toBeGreaterThan(60);
  });
});
