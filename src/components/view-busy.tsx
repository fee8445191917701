import {
  createContext,
  useContext,
  useDeferredValue,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react';
import type { BusyFlag } from './busy-flag';
import { savingFlag } from './pending-saves';

/**
 * Whether the view is still being drawn for the selection the user just made: a view that draws a
 * change in a render React may cut into slices (useDeferredValue) shows the old selection meanwhile,
 * and says so here. `main` is busy (aria-busy) while it is, as it is while data loads, so screen
 * readers and tests read the view only once it shows what was chosen.
 */
const ViewBusy = createContext<BusyFlag | undefined>(undefined);

export const ViewBusyProvider = ViewBusy.Provider;

/**
 * A view reports that what it shows is behind the selection. Set in the commit that shows the old
 * selection (a layout effect: `main` is busy before the browser paints it), cleared when the view
 * has caught up or is gone.
 */
export function useReportBusy(busy: boolean): void {
  const flag = useContext(ViewBusy);
  useLayoutEffect(() => {
    flag?.set(busy);
  }, [flag, busy]);
  useLayoutEffect(() => () => flag?.set(false), [flag]);
}

/**
 * A selection the view draws in a later render React may cut into slices (useDeferredValue), the
 * view reported busy until it does: the value to draw with. With `keyOf`, only a change of its key
 * (a primitive: Indikator's indicator) waits, and the value drawn meanwhile is the one drawn last;
 * any other change is drawn at once, and no later render follows it (React renders a deferred
 * value's component again whenever the value changes: for a county change in Indikator that was a
 * second render of the whole view, 2.5–6.5 ms, between the change and its charts).
 */
export function useDeferredBusy<T>(value: T, keyOf: (value: T) => unknown = itself): T {
  const key = keyOf(value);
  const shownKey = useDeferredValue(key);
  const behind = !Object.is(shownKey, key);
  // The value last drawn, kept as React keeps information from earlier renders: set while rendering,
  // which runs this component's body once more before its children, not the render after it.
  const [last, setLast] = useState(value);
  if (!behind && last !== value) setLast(value);
  useReportBusy(behind);
  return behind ? last : value;
}

const itself = <T,>(value: T): T => value;

/**
 * The page's `main`: busy while the page says so (`busy`) or the view does (the flag), and saving
 * while a change of the workspace is on its way to the store (`data-saving`, pending-saves.ts). Only
 * this element renders again when either changes, not the page around it.
 */
export function MainRegion({
  busy,
  flag,
  children,
}: {
  readonly busy: boolean;
  readonly flag: BusyFlag;
  readonly children: ReactNode;
}): ReactElement {
  const viewBusy = useSyncExternalStore(flag.subscribe, flag.get);
  const saving = useSyncExternalStore(savingFlag.subscribe, savingFlag.get);
  return (
    <main id="main" aria-busy={busy || viewBusy} data-saving={saving}>
      {children}
    </main>
  );
}
