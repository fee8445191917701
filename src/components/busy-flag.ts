/**
 * A yes or no the page reads with useSyncExternalStore: whether the view is still being drawn for
 * the selection just made (view-busy.tsx), whether a change of the workspace is still being saved
 * (pending-saves.ts). Listeners hear only a change.
 */
export interface BusyFlag {
  readonly get: () => boolean;
  readonly set: (busy: boolean) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createBusyFlag(): BusyFlag {
  let busy = false;
  const listeners = new Set<() => void>();
  return {
    get: () => busy,
    set: (next) => {
      if (next === busy) return;
      busy = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
