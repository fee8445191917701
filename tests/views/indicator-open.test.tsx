import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ChartRendererContext } from '../../src/components/EChart';
import { I18nProvider } from '../../src/components/i18n-context';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import type { IndicatorOptionGroup } from '../../src/views/indicator-model';
import { EAGER_OPTIONS, IndicatorSelect, OPTIONS_STEP } from '../../src/views/IndicatorSelect';
import { IndicatorView } from '../../src/views/IndicatorView';
import { datasetFrom } from '../support/dataset-builder';
import { syncRoot } from '../support/sync-root';

/**
 * Opening Indikator with two thousand indicators (issue 15): what the task of the click makes is
 * kept small — the view's body comes in a later, sliced render, and a long indicator list after
 * the select's first commit. The first commit is made here with flushSync outside act(), so that
 * what it drew can be seen before React goes on.
 */
const { commit } = syncRoot();

/** Renders and commits synchronously: the DOM holds the first commit when this returns. */
function firstCommit(element: ReactElement): void {
  commit(
    <ChartRendererContext.Provider value={{ renderer: 'svg', width: 800 }}>
      <I18nProvider lang="sv">{element}</I18nProvider>
    </ChartRendererContext.Provider>,
  );
}

const COUNT = 2_000;
const options = Array.from({ length: COUNT }, (_, k) => ({ id: `mangd_${k + 1}`, label: `Mängd ${k + 1}` }));
const groups: IndicatorOptionGroup[] = [{ level: undefined, label: 'Övriga', options }];
const select = (): HTMLSelectElement => screen.getByTestId('indicator-select');

describe('IndicatorSelect with a long list', () => {
  it('commits the chosen indicator alone, busy, and every option after', async () => {
    expect(COUNT).toBeGreaterThan(EAGER_OPTIONS);
    firstCommit(<IndicatorSelect groups={groups} value="mangd_1500" onChange={() => {}} />);
    expect(select().options.length).toBe(1);
    expect(select().value).toBe('mangd_1500');
    expect(select().options[0]?.textContent).toBe('Mängd 1500');
    expect(select().getAttribute('aria-busy')).toBe('true');
    // Each task adds OPTIONS_STEP options; the chosen one stays drawn (and chosen) all along.
    const seen: [number, string][] = [];
    const watch = new MutationObserver(() => seen.push([select().options.length, select().value]));
    watch.observe(select(), { childList: true, subtree: true });
    await waitFor(() => expect(select().options.length).toBe(COUNT));
    watch.disconnect();
    // 400, 800 and 1 200 drawn, and the chosen 1 500th after them; then 1 600 (it among them), 2 000.
    expect(seen.map(([n]) => n)).toEqual([401, 801, 1201, 4 * OPTIONS_STEP, COUNT]);
    expect(seen.every(([, v]) => v === 'mangd_1500')).toBe(true);
    expect(select().getAttribute('aria-busy')).toBe('false');
  });

  it('brings every option at once when it takes focus first (keyboard users)', async () => {
    firstCommit(<IndicatorSelect groups={groups} value="mangd_2" onChange={() => {}} />);
    expect(select().options.length).toBe(1);
    select().focus();
    // The focus is a discrete event: React draws it before any task (the transition's) can run.
    await Promise.resolve();
    expect(select().options.length).toBe(COUNT);
  });

  it('draws a short list with its first commit', () => {
    const short = [{ level: undefined, label: 'Övriga', options: options.slice(0, EAGER_OPTIONS) }];
    firstCommit(<IndicatorSelect groups={short} value="mangd_2" onChange={() => {}} />);
    expect(select().options.length).toBe(EAGER_OPTIONS);
    expect(select().getAttribute('aria-busy')).toBe('false');
  });
});

describe('IndicatorView opening', () => {
  const state = { ...DEFAULT_URL_STATE, view: 'indikator' as const, region: '20' };
  const datasetOf = (count: number) =>
    datasetFrom({
      'observations.csv': [
        'region;indikator;period;värde',
        ...Array.from({ length: count }, (_, k) => `20;mangd_${k + 1};2023;${k + 1}`),
      ].join('\n'),
    });

  it('with a long list, commits a busy placeholder first and the view in a later render', async () => {
    firstCommit(<IndicatorView dataset={datasetOf(EAGER_OPTIONS + 1)} state={state} onChange={() => {}} />);
    expect(document.body.querySelector('.view-pending')?.getAttribute('aria-busy')).toBe('true');
    expect(document.body.querySelector('[data-testid="indicator-select"]')).toBeNull();
    expect(document.body.querySelector('.chart-figure')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('indicator-heading')).toBeTruthy());
    expect(document.body.querySelector('.view-pending')).toBeNull();
  });

  it('with a short list, draws the view in its first commit', () => {
    firstCommit(<IndicatorView dataset={datasetOf(3)} state={state} onChange={() => {}} />);
    expect(document.body.querySelector('.view-pending')).toBeNull();
    expect(screen.getByTestId('indicator-heading')).toBeTruthy();
    expect(select().options.length).toBe(3);
  });
});
