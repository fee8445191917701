import { useDeferredValue } from 'react';
import type { UrlState } from './url-state';

/**
 * The selection the view draws. A change of view is drawn in a render React may cut into slices and
 * interrupt (useDeferredValue): the old view stays, whole and with its own selection, until the new
 * one is ready, so that leaving a long view and drawing the next never hold the main thread in one
 * task (two thousand indicators: 60–80 ms). Any other change is drawn at once, as the user makes it
 * (a select shows what was chosen). `switching` is true while the new view is on its way.
 */
export function useShownState(state: UrlState): { readonly shown: UrlState; readonly switching: boolean } {
  const deferred = useDeferredValue(state);
  const shown = deferred.view === state.view ? state : deferred;
  return { shown, switching: shown !== state };
}
