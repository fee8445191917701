/**
 * Once per page, after its first chart has drawn, the chart kinds of charts/warm-up-options.ts are
 * drawn off-screen in idle callbacks, a drawing in each (make, draw, dispose: 1–40 ms each here), so
 * that the first chart of each kind in a view opened later draws at its warm cost: the trend's first
 * drawing in Indikator took 48–70 ms in headless Chromium here, 21–42 ms after this. Part of the one
 * ECharts adapter; loaded on its own when it starts.
 */
import type * as EChartsLibModule from './echarts-lib';
import type { EChartsType } from './echarts-lib';
import { warmUpOptions } from '../charts/warm-up-options';
import { importProgress } from '../app/import-progress';
import { releaseCanvases } from './echarts-platform';

export const CHARTS_WARMED_MARK = 'rr:charts-warmed';

/** The off-screen charts' size: small, but room for every part of each option. */
const SIZE = { width: 360, height: 240 } as const;

/** A step that took less than this leaves room for the next in the same idle callback. */
const SHARE_MS = 5;

let started = false;

/** The steps: make an instance, draw the option, dispose of it, for each option. */
function warmUpSteps(lib: typeof EChartsLibModule): (() => void)[] {
  return warmUpOptions().flatMap((option) => {
    let instance: EChartsType | undefined;
    const element = document.createElement('div');
    return [
      () => {
        instance = lib.echarts.init(element, null, { renderer: 'canvas', ...SIZE });
      },
      () => instance?.setOption(option),
      () => {
        releaseCanvases(element);
        instance?.dispose();
      },
    ];
  });
}

/** Starts the warm-up, once per page; where the browser has no idle callbacks (jsdom), never. */
export function warmUpCharts(lib: typeof EChartsLibModule): void {
  if (started || typeof window.requestIdleCallback !== 'function') return;
  started = true;
  const steps = warmUpSteps(lib);
  const next = (): void => {
    // Not while a file is read: the import worker has the other core, and a step would take twice
    // as long (longer than 50 ms on two cores).
    if (importProgress.get() === null) {
      try {
        // Short steps (making and disposing of an instance, about 1 ms) share the idle callback
        // with the step after them; a drawing ends it.
        const start = performance.now();
        do steps.shift()?.();
        while (steps.length > 0 && performance.now() - start < SHARE_MS);
      } catch {
        // A warm-up that fails costs only its speed-up: the charts shown do not depend on it.
        steps.length = 0;
      }
    }
    if (steps.length > 0) window.requestIdleCallback(next);
    else performance.mark(CHARTS_WARMED_MARK);
  };
  window.requestIdleCallback(next);
}
