import { startTransition, useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../components/i18n-context';
import { usePrinting } from '../components/use-printing';
import { observeNear } from './near-viewport';

/**
 * Cards per chunk when a grid is long: a multiple of 1–6 columns, so that a chunk's rows are full
 * from a phone to a wide screen. A chunk out of sight is a row of empty slots of the same size.
 */
export const CARDS_PER_CHUNK = 60;

interface CardGridProps<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => ReactNode;
  /** Many cards in the view (two thousand indicators): only the chunks near the viewport are drawn. */
  readonly many: boolean;
  /** The grid is at the top of the view: its first chunk is drawn at once, never a row of slots. */
  readonly atTop?: boolean;
}

/**
 * A grid of cards. With many cards, the page would hold every card's elements (42 000 for two
 * thousand indicators): each frame, each change of county and leaving the view would cost the main
 * thread far over 50 ms. Then the cards come in chunks of CARDS_PER_CHUNK, and a chunk is drawn only
 * near the viewport, on paper, or when the keyboard reaches it; elsewhere empty slots keep its place.
 */
export function CardGrid<T>({ items, keyOf, render, many, atTop = false }: CardGridProps<T>): ReactElement {
  if (!many || items.length <= CARDS_PER_CHUNK || typeof IntersectionObserver === 'undefined')
    return <div className={many ? 'card-grid card-grid-many' : 'card-grid'}>{items.map(render)}</div>;
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += CARDS_PER_CHUNK) chunks.push(items.slice(i, i + CARDS_PER_CHUNK));
  return (
    <div className="card-chunks">
      {chunks.map((chunk, k) => (
        <CardChunk
          // A chunk that grows (the cards are summarised a slice at a time) stays the same chunk.
          key={`${k}:${keyOf(chunk[0] as T)}`}
          items={chunk}
          first={k * CARDS_PER_CHUNK + 1}
          total={items.length}
          render={render}
          eager={atTop && k === 0}
        />
      ))}
    </div>
  );
}

function CardChunk<T>({
  items,
  first,
  total,
  render,
  eager,
}: {
  readonly items: readonly T[];
  /** The number of the chunk's first card in the grid (1-based), for the placeholder's name. */
  readonly first: number;
  readonly total: number;
  readonly render: (item: T) => ReactNode;
  /** Drawn at once (the top of the view); the others wait for the observer to find them near. */
  readonly eager: boolean;
}): ReactElement {
  const { t } = useI18n();
  const printing = usePrinting();
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(eager);
  // The height the chunk had when last drawn: its slots keep it, so the page does not jump.
  const [height, setHeight] = useState<number | undefined>(undefined);
  // Where focus goes once the chunk is drawn: its first card (Tab), or its last (Shift+Tab from below).
  const focusTo = useRef<'first' | 'last' | undefined>(undefined);
  useEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    return observeNear(element, (entry) => {
      if (entry.isIntersecting) startTransition(() => setNear(true));
      else {
        // The keyboard's place is kept: a chunk holding focus stays drawn.
        if (element.contains(document.activeElement)) return;
        if (element.classList.contains('card-grid-drawn')) setHeight(entry.boundingClientRect.height);
        startTransition(() => setNear(false));
      }
    });
  }, []);
  useEffect(() => {
    const to = focusTo.current;
    if (!near || !to) return;
    focusTo.current = undefined;
    const focusable = holder.current?.querySelectorAll<HTMLElement>('a[href], button') ?? [];
    (to === 'first' ? focusable[0] : focusable[focusable.length - 1])?.focus();
  }, [near]);
  if (near || printing)
    return (
      <div ref={holder} className="card-grid card-grid-many card-grid-drawn">
        {items.map(render)}
      </div>
    );
  const last = first + items.length - 1;
  return (
    <div
      ref={holder}
      className="card-grid card-grid-many card-grid-waiting"
      role="group"
      aria-label={t('cardsWaiting', { first, last, total })}
      // The keyboard reaches a chunk not yet drawn: it is drawn, and focus goes on to its first card
      // (or, coming back from below, its last).
      tabIndex={0}
      onFocus={(event) => {
        const from = event.relatedTarget;
        const fromBelow =
          from instanceof Node &&
          (event.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        focusTo.current = fromBelow ? 'last' : 'first';
        flushSync(() => setNear(true));
      }}
      // The slots' count sizes the chunk while the browser skips laying them out (styles.css).
      style={{ ['--slots' as string]: items.length, ...(height === undefined ? {} : { height }) }}
    >
      {items.map((_, i) => (
        <div key={i} className="card-slot" aria-hidden="true" />
      ))}
    </div>
  );
}
