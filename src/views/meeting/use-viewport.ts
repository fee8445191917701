import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

const width = (): number => window.innerWidth;
const height = (): number => window.innerHeight;

/**
 * The window's size, for what CSS cannot size: the chart's height and how much larger its text is
 * drawn. At 1920 × 1080 the chart's text is twice the page's (26 px), for the back of a room.
 */
export function useSlideChartSize(): { readonly height: number; readonly scale: number } {
  const w = useSyncExternalStore(subscribe, width, width);
  const h = useSyncExternalStore(subscribe, height, height);
  return { height: Math.max(Math.round(h * 0.58), 240), scale: Math.min(Math.max(w / 960, 1), 3) };
}
