/**
 * One IntersectionObserver for the page's lazy parts (Län's card chunks, the cards' sparklines): an
 * element is near within a screen's height of the viewport. One observer with a listener per target
 * costs the browser less each frame than an observer per target.
 */
type Listener = (entry: IntersectionObserverEntry) => void;
const listeners = new Map<Element, Listener>();
/** The observer, and the constructor that made it (a test may put another in the global's place). */
let shared:
  { readonly made: typeof IntersectionObserver; readonly observer: IntersectionObserver } | undefined;

function observer(): IntersectionObserver {
  if (shared?.made !== IntersectionObserver)
    shared = {
      made: IntersectionObserver,
      observer: new IntersectionObserver(
        (entries) => {
          for (const entry of entries) listeners.get(entry.target)?.(entry);
        },
        { rootMargin: '100% 0px' },
      ),
    };
  return shared.observer;
}

/** Calls `listener` as `element` comes near the viewport or leaves it; returns the stop. */
export function observeNear(element: Element, listener: Listener): () => void {
  const watching = observer();
  listeners.set(element, listener);
  watching.observe(element);
  return () => {
    listeners.delete(element);
    watching.unobserve(element);
  };
}
