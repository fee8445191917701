import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import type { ChartOption } from '../charts/echarts-types';
import { EChart } from '../components/EChart';
import { useI18n } from '../components/i18n-context';
import { observeNear } from './near-viewport';

/** More cards than this, and a card's sparkline is drawn only while the card is near the viewport. */
export const LAZY_SPARKLINES_ABOVE = 60;

type Listener = (near: boolean) => void;

/**
 * A card the browser skips while it is off screen (`content-visibility: auto`, styles.css): it says
 * itself when it starts or stops being skipped, so its sparkline needs no observer of its own. Two
 * thousand targets of an IntersectionObserver cost every frame of the Län view some milliseconds.
 */
const SKIPPED_CARD = '.card-grid-many .overview-card';
const SKIP_EVENT = 'contentvisibilityautostatechange';

/** Whether the element's card reports being skipped (a browser with the event; not jsdom). */
function skippedCardOf(element: Element): Element | undefined {
  const card = element.closest(SKIPPED_CARD);
  return card && `on${SKIP_EVENT}` in card ? card : undefined;
}

/** Whether a sparkline can wait for its card to come near: the card says so, or an observer can. */
function canWatch(): boolean {
  return typeof IntersectionObserver !== 'undefined' || `on${SKIP_EVENT}` in globalThis;
}

/**
 * Calls `listener` when the element comes near the viewport or leaves: its card's own event, or else
 * one observer for every card (a chart is drawn within a screen's height of the viewport).
 */
function observe(element: Element, listener: Listener): () => void {
  const card = skippedCardOf(element);
  if (card) {
    const onChange = (event: Event): void => listener(!(event as Event & { skipped: boolean }).skipped);
    card.addEventListener(SKIP_EVENT, onChange);
    return () => card.removeEventListener(SKIP_EVENT, onChange);
  }
  if (typeof IntersectionObserver === 'undefined') return () => {};
  return observeNear(element, (entry) => listener(entry.isIntersecting));
}

/**
 * Charts that came near the viewport are started one per task: a jump to the end of two thousand
 * cards brings a screenful at once, and starting them all in one task would hold the page.
 */
const queue: (() => void)[] = [];
let draining = false;
function inOwnTask(start: () => void): () => void {
  queue.push(start);
  if (!draining) {
    draining = true;
    const next = (): void => {
      const run = queue.shift();
      if (!run) {
        draining = false;
        return;
      }
      run();
      setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }
  return () => {
    const at = queue.indexOf(start);
    if (at >= 0) queue.splice(at, 1);
  };
}

interface LazySparklineProps {
  /** Read only when the chart is drawn (the card computes it then). */
  readonly option: () => ChartOption;
  readonly label: string;
  readonly height: number;
  readonly lazy: boolean;
}

/**
 * A card's sparkline. With two thousand cards, two thousand chart instances would hold the page for
 * seconds: then only the cards near the viewport draw theirs; the others keep a placeholder of the
 * same size with the same accessible name. Without IntersectionObserver and the card's event (jsdom)
 * every chart is drawn.
 */
export function LazySparkline({ option, label, height, lazy }: LazySparklineProps): ReactElement {
  const { t } = useI18n();
  const holder = useRef<HTMLDivElement>(null);
  const watch = lazy && canWatch();
  const [near, setNear] = useState(!watch);
  // Before the browser draws the new card: its first "skipped or not" comes in that frame.
  useLayoutEffect(() => {
    const element = holder.current;
    if (!watch || !element) return undefined;
    let cancel = (): void => {};
    const stop = observe(element, (isNear) => {
      cancel();
      cancel = (): void => {};
      // Drawn in the queued task itself (flushSync), so that each chart starts in a task of its own.
      if (isNear) cancel = inOwnTask(() => flushSync(() => setNear(true)));
      else setNear(false);
    });
    return () => {
      cancel();
      stop();
    };
  }, [watch]);
  if (!watch) return <EChart option={option()} label={label} height={height} />;
  return (
    <div ref={holder} className="sparkline-slot">
      {near ? (
        <EChart option={option()} label={label} height={height} />
      ) : (
        <div className="chart-placeholder" role="img" aria-label={label} style={{ height }}>
          {/* On paper a chart not drawn says so (print.css shows this; a printout does not scroll). */}
          <span className="print-only">{t('printSparklineNote', { count: LAZY_SPARKLINES_ABOVE })}</span>
        </div>
      )}
    </div>
  );
}
