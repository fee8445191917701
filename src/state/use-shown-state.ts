import { useDeferredValue, useState } from 'react';
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

/**
 * The dataset the view draws. A new dataset (an import ended) is drawn in a render React may cut
 * into slices (useDeferredValue): the query hands it over in a synchronous render, and the views'
 * summaries of a million observations would otherwise hold the main thread in one task (55–82 ms).
 * The old dataset stays drawn, `switching` true, until the new one is. The first dataset is drawn at
 * once (there is nothing to keep meanwhile), and so is none (a failed import shows its error).
 */
export function useShownDataset<T extends object>(
  dataset: T | undefined,
): { readonly shownDataset: T | undefined; readonly switching: boolean } {
  const deferred = useDeferredValue(dataset);
  // What the last render drew: while the deferred value has not yet caught up with it, it stays.
  const [drawn, setDrawn] = useState<T | undefined>(undefined);
  const shownDataset =
    dataset === undefined ? undefined : drawn === undefined ? dataset : (deferred ?? drawn);
  if (shownDataset !== drawn) setDrawn(shownDataset);
  return { shownDataset, switching: shownDataset !== dataset };
}
