import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ChartRendererContext } from '../../src/components/EChart';
import { I18nProvider } from '../../src/components/i18n-context';
import type { Lang } from '../../src/domain/language';
import type { Dataset } from '../../src/data/dataset/dataset';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/url-state';

type ViewComponent = (props: {
  dataset: Dataset;
  state: UrlState;
  onChange: (change: Partial<UrlState>) => void;
}) => ReactElement;

/** Renders a view as the app does, with SVG charts at a fixed width (jsdom has no canvas or layout). */
export function renderView(
  View: ViewComponent,
  dataset: Dataset,
  state: Partial<UrlState>,
  lang: Lang = 'sv',
) {
  const onChange = vi.fn<(change: Partial<UrlState>) => void>();
  render(
    <ChartRendererContext.Provider value={{ renderer: 'svg', width: 800 }}>
      <I18nProvider lang={lang}>
        <View dataset={dataset} state={{ ...DEFAULT_URL_STATE, ...state }} onChange={onChange} />
      </I18nProvider>
    </ChartRendererContext.Provider>,
  );
  return { onChange };
}
