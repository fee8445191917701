import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '../../src/charts/echarts-types';
import { ChartRendererContext } from '../../src/components/EChart';
import { I18nProvider } from '../../src/components/i18n-context';
import { LazySparkline } from '../../src/views/LazySparkline';

const EVENT = 'contentvisibilityautostatechange';
const option = (): ChartOption => ({
  xAxis: { type: 'category', data: ['2023', '2024'] },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: [1, 2] }],
});

/** IntersectionObserver's targets, as the browser would be asked to check them every frame. */
const observed: Element[] = [];
class CountingObserver {
  observe(target: Element): void {
    observed.push(target);
  }
  unobserve(): void {}
  disconnect(): void {}
}

function sparkline(cardClass: string): ReactElement {
  return (
    <ChartRendererContext.Provider value={{ renderer: 'svg', width: 200 }}>
      <I18nProvider lang="sv">
        <div className={cardClass}>
          <article className="overview-card" data-testid="card">
            <LazySparkline option={option} label="Trend" height={56} lazy />
          </article>
        </div>
      </I18nProvider>
    </ChartRendererContext.Provider>
  );
}

describe('LazySparkline with two thousand cards', () => {
  beforeEach(() => {
    observed.length = 0;
    vi.stubGlobal('IntersectionObserver', CountingObserver);
    // A browser whose cards say when they are skipped (Chromium: content-visibility: auto).
    Object.assign(HTMLElement.prototype, { [`on${EVENT}`]: null });
    Object.assign(window, { [`on${EVENT}`]: null });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(HTMLElement.prototype, `on${EVENT}`);
    Reflect.deleteProperty(window, `on${EVENT}`);
  });

  it('a card the browser skips off screen draws its chart when the card says it is near, with no observer target of its own', async () => {
    render(sparkline('card-grid card-grid-many'));
    expect(document.querySelector('.chart-placeholder')).not.toBeNull();
    expect(observed).toHaveLength(0);
    const card = screen.getByTestId('card');
    act(() => {
      card.dispatchEvent(Object.assign(new Event(EVENT), { skipped: true }));
    });
    expect(document.querySelector('.chart-placeholder')).not.toBeNull();
    act(() => {
      card.dispatchEvent(Object.assign(new Event(EVENT), { skipped: false }));
    });
    await waitFor(() => expect(document.querySelector('.chart-placeholder')).toBeNull());
    expect(screen.getByRole('img', { name: 'Trend' }).classList.contains('chart')).toBe(true);
  });

  it('a card that is not skipped off screen is watched by the one observer', () => {
    render(sparkline('card-grid'));
    expect(document.querySelector('.chart-placeholder')).not.toBeNull();
    expect(observed).toHaveLength(1);
  });
});
