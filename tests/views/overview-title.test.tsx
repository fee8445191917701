import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartRendererContext } from '../../src/components/EChart';
import { I18nProvider } from '../../src/components/i18n-context';
import { PageTitleSink } from '../../src/components/page-title';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { OverviewView } from '../../src/views/OverviewView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde',
    '20;nyforetagande;2024;8,6',
    '2080;nyforetagande;2024;9,1',
  ].join('\n'),
});

function titleFor(region: string, lang: 'sv' | 'en'): Promise<string> {
  const sink = vi.fn<(title: string) => void>();
  render(
    <ChartRendererContext.Provider value={{ renderer: 'svg', width: 800 }}>
      <I18nProvider lang={lang}>
        <PageTitleSink.Provider value={sink}>
          <OverviewView
            dataset={dataset}
            state={{ ...DEFAULT_URL_STATE, region }}
            onChange={() => undefined}
          />
        </PageTitleSink.Provider>
      </I18nProvider>
    </ChartRendererContext.Provider>,
  );
  return waitFor(() => {
    expect(sink).toHaveBeenCalled();
    return sink.mock.calls.at(-1)?.[0] ?? '';
  });
}

afterEach(cleanup);

describe('the overview page title names the kind of region', () => {
  it('a county is a län, a kommun a kommun, in both languages', async () => {
    expect(await titleFor('20', 'sv')).toBe('Län: Dalarnas län');
    cleanup();
    expect(await titleFor('2080', 'sv')).toBe('Kommun: Falun');
    cleanup();
    expect(await titleFor('2080', 'en')).toBe('Municipality: Falun');
  });
});
