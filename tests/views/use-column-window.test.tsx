import { act, render } from '@testing-library/react';
import { useEffect, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useColumnWindow, type ColumnWindow } from '../../src/views/use-column-window';

/** ResizeObservers whose reports the test sends: jsdom lays nothing out. */
class ReportedResizeObserver {
  static live = new Map<Element, ReportedResizeObserver>();
  constructor(private readonly report: () => void) {}
  observe(element: Element): void {
    ReportedResizeObserver.live.set(element, this);
  }
  unobserve(): void {}
  disconnect(): void {
    for (const [element, observer] of ReportedResizeObserver.live) {
      if (observer === this) ReportedResizeObserver.live.delete(element);
    }
  }
  static reportOn(element: Element): void {
    const observer = ReportedResizeObserver.live.get(element);
    if (!observer) throw new Error('nothing observes the element');
    act(() => observer.report());
  }
}

/** A scrolling box of `clientWidth` px whose scrollLeft is kept (jsdom keeps none). */
function scrollBox(element: HTMLElement, clientWidth: number): void {
  let scrollLeft = 0;
  Object.defineProperty(element, 'clientWidth', { configurable: true, get: () => clientWidth });
  Object.defineProperty(element, 'scrollLeft', {
    configurable: true,
    get: () => scrollLeft,
    set: (v: number) => {
      scrollLeft = v;
    },
  });
}

const COUNT = 2_000;

function Harness({ onWindow }: { readonly onWindow: (w: ColumnWindow) => void }): ReactElement {
  const columnWindow = useColumnWindow(COUNT);
  const { scrollRef, measureRef } = columnWindow;
  useEffect(() => {
    onWindow(columnWindow);
  });
  return (
    <div data-testid="box" ref={scrollRef}>
      <span data-testid="head" ref={measureRef} />
    </div>
  );
}

/** The harness in a 1 000 px box, with ResizeObservers the test reports; `current` is its latest window. */
function mount(): { box: HTMLElement; head: HTMLElement; current: () => ColumnWindow | undefined } {
  vi.stubGlobal('ResizeObserver', ReportedResizeObserver);
  let latest: ColumnWindow | undefined;
  const view = render(<Harness onWindow={(w) => (latest = w)} />);
  const box = view.getByTestId('box');
  scrollBox(box, 1_000);
  return { box, head: view.getByTestId('head'), current: () => latest };
}

afterEach(() => {
  vi.unstubAllGlobals();
  ReportedResizeObserver.live.clear();
});

describe('useColumnWindow', () => {
  it('keeps the column at the left edge when the measured width changes, so the window stays on the column the keyboard reached', () => {
    const { box, head, current } = mount();
    ReportedResizeObserver.reportOn(box);
    expect(current()?.start).toBe(0);
    // Ctrl+End before the first column head has been measured: the window goes to the last column.
    act(() => current()?.reveal(COUNT - 1));
    expect(current()?.end).toBe(COUNT);
    const scrolledTo = box.scrollLeft;
    expect(scrolledTo).toBeGreaterThan(0);
    // The head measures wider than the width guessed before (a larger font): the spacers grow under
    // the scroll position, and the left edge must stay on the same column, not on an earlier one.
    const width = (current()?.columnWidth ?? 0) * 1.2;
    head.getBoundingClientRect = () => new DOMRect(0, 0, width, 100);
    ReportedResizeObserver.reportOn(head);
    expect(current()?.columnWidth).toBeCloseTo(width);
    expect(box.scrollLeft / width).toBeCloseTo(scrolledTo / (width / 1.2));
    ReportedResizeObserver.reportOn(box);
    expect(current()?.start).toBeLessThanOrEqual(COUNT - 1);
    expect(current()?.end).toBe(COUNT);
  });

  it('follows the scroll position once measured', () => {
    const { box, head, current } = mount();
    head.getBoundingClientRect = () => new DOMRect(0, 0, 50, 100);
    ReportedResizeObserver.reportOn(head);
    ReportedResizeObserver.reportOn(box);
    box.scrollLeft = 500 * 50;
    ReportedResizeObserver.reportOn(box);
    expect(current()?.start).toBe(500 - 4);
    expect(current()?.end).toBeGreaterThan(500 + 20);
    expect(current()?.leftColumn).toBe(500);
  });

  it('names the first column wholly in view, not the one the left edge cuts (under the county names at narrow widths)', () => {
    const { box, head, current } = mount();
    head.getBoundingClientRect = () => new DOMRect(0, 0, 50, 100);
    ReportedResizeObserver.reportOn(head);
    box.scrollLeft = 500 * 50 + 20;
    ReportedResizeObserver.reportOn(box);
    expect(current()?.start).toBe(500 - 4);
    expect(current()?.leftColumn).toBe(501);
    // Half a pixel of layout rounding short of a column's edge: that column is in place.
    box.scrollLeft = 600 * 50 - 0.4;
    ReportedResizeObserver.reportOn(box);
    expect(current()?.leftColumn).toBe(600);
  });
});
