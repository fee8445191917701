import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChartRendererContext } from '../../src/components/EChart';
import { I18nProvider } from '../../src/components/i18n-context';
import type { Lang } from '../../src/domain/language';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/url-state';
import { IndicatorView } from '../../src/views/IndicatorView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';

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

const TARGETS = ['region;indikator;period;mål;basår;baslinje', '20;nyforetagande;2026;11,0;2020;8,0'].join('\n');

const dataset = datasetFrom({ 'indicators.json': SMALL_CATALOGUE, 'observations.csv': OBSERVATIONS, 'targets.csv': TARGETS });

function renderView(state: Partial<UrlState>, lang: Lang = 'sv', onChange = vi.fn()): { onChange: typeof onChange; ui: ReactElement } {
  const ui = (
    <ChartRendererContext.Provider value={{ renderer: 'svg', width: 800 }}>
      <I18nProvider lang={lang}>
        <IndicatorView dataset={dataset} state={{ ...DEFAULT_URL_STATE, ...state }} onChange={onChange} />
      </I18nProvider>
    </ChartRendererContext.Provider>
  );
  render(ui);
  return { onChange, ui };
}

describe('IndicatorView (first screen)', () => {
  it('shows the latest value, the question and the status against the target path', () => {
    renderView({ region: '20', indicator: 'nyforetagande' });
    expect(screen.getByTestId('latest-value').textContent).toContain('9,3');
    expect(screen.getByText('Ökar nyföretagandet i länet?')).toBeTruthy();
    // Path 8,0 (2020) → 11,0 (2026) expects 9,5 in 2023; 9,3 lags by 0,2 ≤ 10 % of the planned 3,0.
    const status = screen.getByTestId('status');
    expect(status.textContent).toContain('Risk att inte nå målet');
    expect(within(status).getByText('!')).toBeTruthy();
    expect(screen.getByText(/målbanan 9,5/)).toBeTruthy();
  });

  it('lists Riket and the 21 län and reports a new county choice', () => {
    const { onChange } = renderView({ region: '20', indicator: 'nyforetagande' });
    const select = screen.getByTestId('region-select') as HTMLSelectElement;
    expect(select.value).toBe('20');
    expect(select.options).toHaveLength(22);
    fireEvent.change(select, { target: { value: '01' } });
    expect(onChange).toHaveBeenCalledWith({ region: '01' });
  });

  it('ranks the län best first in the table alternative, with missing values last and Riket as reference', () => {
    renderView({ region: '20', indicator: 'nyforetagande' });
    const figure = screen.getByTestId('ranking-figure');
    fireEvent.click(within(figure).getByRole('button', { name: 'Visa tabell' }));
    const rows = within(figure).getAllByRole('row').slice(1);
    const firstThree = rows.slice(0, 3).map((r) => within(r).getByRole('rowheader').textContent);
    expect(firstThree).toEqual(['Stockholms län', 'Skåne län', 'Dalarnas län']);
    expect(rows[2]?.getAttribute('aria-current')).toBe('true');
    expect(rows[3]?.textContent).toContain('..');
    expect(rows[rows.length - 1]?.textContent).toContain('Riket');
    expect(rows[rows.length - 1]?.textContent).toContain('10,4');
  });

  it('gives the trend as a table with the region, Riket and the target path, gaps as ..', () => {
    renderView({ region: '12', indicator: 'nyforetagande' });
    const figure = screen.getByTestId('trend-figure');
    fireEvent.click(within(figure).getByRole('button', { name: 'Visa tabell' }));
    const row2022 = within(figure).getByRole('rowheader', { name: '2022' }).closest('tr');
    expect(row2022?.textContent).toContain('..');
    expect(row2022?.textContent).toContain('10,1');
    const row2023 = within(figure).getByRole('rowheader', { name: '2023' }).closest('tr');
    expect(row2023?.textContent).toContain('11,0');
  });

  it('offers gender where the data has K and M, and reports the choice', () => {
    const { onChange } = renderView({ region: '20', indicator: 'arbetsloshet' });
    const gender = screen.getByTestId('gender-select') as HTMLSelectElement;
    expect([...gender.options].map((o) => o.textContent)).toEqual(['Totalt', 'Kvinnor', 'Män']);
    fireEvent.change(gender, { target: { value: 'K' } });
    expect(onChange).toHaveBeenCalledWith({ gender: 'K' });
  });

  it('speaks English when asked', () => {
    renderView({ region: '20', indicator: 'nyforetagande' }, 'en');
    expect(screen.getByTestId('status').textContent).toContain('At risk');
    expect(screen.getByText('Is new business formation increasing in the county?')).toBeTruthy();
    expect(screen.getByTestId('latest-value').textContent).toContain('9.3');
  });

  it('draws both charts through the real ECharts renderer', async () => {
    renderView({ region: '20', indicator: 'nyforetagande' });
    await waitFor(() => {
      const trend = screen.getByTestId('trend-chart').querySelector('svg');
      expect(trend?.textContent).toContain('Målbana');
    });
    await waitFor(() => {
      const ranking = screen.getByTestId('ranking-chart').querySelector('svg');
      // The selected county is marked in the axis label, not by colour alone.
      expect(ranking?.textContent).toContain('▶ Dalarnas län');
      expect(ranking?.textContent).toContain('Riket 10,4');
    });
  });
});
