import { createBusyFlag, type BusyFlag } from './busy-flag';

const flag = createBusyFlag();
let pending = 0;

/**
 * Whether a change of the workspace is still on its way to the store (IndexedDB): the page says so
 * on `main` (`data-saving`), and the end-to-end tests wait on it before a reload. A tab reloaded or
 * closed before a save has ended may lose it (the browser aborts the store's open transaction).
 */
export const savingFlag: Pick<BusyFlag, 'get' | 'subscribe'> = flag;

/** Counts `save` as pending until it settles, whether it is kept or fails; returns it. */
export function trackSave<T>(save: Promise<T>): Promise<T> {
  pending += 1;
  flag.set(true);
  return save.finally(() => {
    pending -= 1;
    flag.set(pending > 0);
  });
}
