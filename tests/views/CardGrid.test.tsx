import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { CardGrid, CARDS_PER_CHUNK } from '../../src/views/CardGrid';

/** An IntersectionObserver the test drives: it says which targets come near or leave. */
let report: ((entries: IntersectionObserverEntry[]) => void) | undefined;
const targets: Element[] = [];
class DrivenObserver {
  constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
    report = callback;
  }
  observe(target: Element): void {
    targets.push(target);
  }
  unobserve(target: Element): void {
    targets.splice(targets.indexOf(target), 1);
  }
  disconnect(): void {}
}

function entry(target: Element, isIntersecting: boolean, height = 0): IntersectionObserverEntry {
  return { target, isIntersecting, boundingClientRect: { height } } as unknown as IntersectionObserverEntry;
}

const items = Array.from({ length: 150 }, (_, i) => `k${i + 1}`);
/** The grid of `items`, a link a card. */
const gridOf = (many: boolean, atTop: boolean) => (
  <I18nProvider lang="sv">
    <CardGrid
      items={items}
      keyOf={(id) => id}
      render={(id) => (
        <article key={id} className="overview-card">
          <a href={`#${id}`}>{id}</a>
        </article>
      )}
      many={many}
      atTop={atTop}
    />
  </I18nProvider>
);
const grid = gridOf(true, true);
const drawnLinks = (): string[] => [...document.querySelectorAll('a')].map((a) => a.textContent ?? '');

describe('CardGrid with many cards', () => {
  beforeAll(() => {
    vi.stubGlobal('IntersectionObserver', DrivenObserver);
    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('draws the first chunk, keeps empty named slots for the rest, and draws a chunk when it comes near', async () => {
    const { unmount } = render(grid);
    expect(drawnLinks()).toEqual(items.slice(0, CARDS_PER_CHUNK));
    const waiting = screen.getAllByRole('group');
    expect(waiting.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Kort 61–120 av 150: visas när du kommer hit',
      'Kort 121–150 av 150: visas när du kommer hit',
    ]);
    expect(waiting[1]?.querySelectorAll('.card-slot')).toHaveLength(30);
    const last = waiting[1] as HTMLElement;
    act(() => report?.([entry(last, true)]));
    await waitFor(() => expect(drawnLinks()).toContain('k150'));
    expect(drawnLinks()).toHaveLength(90);
    // Leaving the viewport it gives its elements back and keeps the height it had.
    act(() => report?.([entry(last, false, 480)]));
    await waitFor(() => expect(drawnLinks()).not.toContain('k150'));
    expect(last.style.height).toBe('480px');
    unmount();
  });

  it('the keyboard reaching a chunk not drawn draws it and goes on to its first card, or from below to its last', async () => {
    const { unmount } = render(grid);
    const [middle, end] = screen.getAllByRole('group') as HTMLElement[];
    fireEvent.focus(middle as HTMLElement, { relatedTarget: screen.getByText('k60') });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('k61'));
    const below = document.createElement('button');
    document.body.append(below);
    fireEvent.focus(end as HTMLElement, { relatedTarget: below });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('k150'));
    below.remove();
    unmount();
  });

  it('on paper every card is drawn', async () => {
    const { unmount } = render(grid);
    expect(drawnLinks()).toHaveLength(CARDS_PER_CHUNK);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(drawnLinks()).toEqual(items);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await waitFor(() => expect(drawnLinks()).toHaveLength(CARDS_PER_CHUNK));
    unmount();
  });

  it('a grid lower in the view draws no chunk until the observer finds one near', () => {
    const { unmount } = render(gridOf(true, false));
    expect(drawnLinks()).toHaveLength(0);
    expect(screen.getAllByRole('group')).toHaveLength(3);
    unmount();
  });

  it('a short grid, or one not asked to be lazy, is one grid with every card', () => {
    const { unmount } = render(gridOf(false, true));
    expect(drawnLinks()).toHaveLength(150);
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    unmount();
  });
});
