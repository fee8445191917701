/**
 * The floor of a re-render, as the issue defines it: the same `setOption` calls the app made for a
 * county change, on prepared options — made again, on the same charts, in the same page, with the
 * same data loaded. What the app's re-render takes beyond it is the app's own work: the change's
 * render, the view's model and options, the charts' turns.
 *
 * The page hands each chart instance to `window.__rrChartProbe` (src/components/chart-probe.ts) when
 * it is defined; `recordChartCalls` (an init script) defines it and records every `setOption` call
 * with the time it was made. `replayedChanges` takes the calls made while each change was measured
 * and makes them again: all of a change's calls in one task, then waits until every chart has drawn.
 */
import type { Page } from 'playwright-core';

/** A county change as the bench measured it: from the select's change to the last chart drawn. */
export interface MeasuredChange {
  readonly start: number;
  readonly end: number;
}

/** What the page functions below use of an ECharts instance (types only: erased in the page). */
interface ProbedChart {
  setOption: (...args: unknown[]) => unknown;
  on: (name: string, handler: () => void) => void;
  off: (name: string, handler: () => void) => void;
  isDisposed: () => boolean;
}

/** A recorded `setOption` call: the chart, its own setOption, the arguments, when (page time). */
interface ChartCall {
  readonly chart: ProbedChart;
  readonly set: (...args: unknown[]) => unknown;
  readonly args: unknown[];
  readonly at: number;
}

/** Runs in the page before the app: every chart's `setOption` calls, recorded. */
export function recordChartCalls(): void {
  const calls: ChartCall[] = [];
  const w = window as unknown as {
    __rrChartProbe?: (chart: ProbedChart) => void;
    __rrChartCalls?: ChartCall[];
  };
  w.__rrChartCalls = calls;
  w.__rrChartProbe = (chart) => {
    const set = chart.setOption;
    chart.setOption = function (this: ProbedChart, ...args: unknown[]) {
      calls.push({ chart, set, args, at: performance.now() });
      return set.apply(this, args);
    };
  };
}

/**
 * Makes again, `rounds` times in order, the `setOption` calls recorded within each of `changes`: per
 * change, all its calls in one task, and the milliseconds until every chart called has drawn
 * ('finished'). Throws when a change has no calls to make (the probe not installed: no floor). The
 * last change made again is the last measured, so the charts end showing what the app shows.
 */
export async function replayedChanges(
  page: Page,
  changes: readonly MeasuredChange[],
  rounds: number,
): Promise<number[]> {
  return page.evaluate(
    async ({ spans, rounds: n }) => {
      const calls = (window as unknown as { __rrChartCalls?: ChartCall[] }).__rrChartCalls ?? [];
      const groups = spans.map((s, k) => {
        const group = calls.filter((c) => c.at >= s.start && c.at <= s.end);
        if (group.length === 0 || group.some((c) => c.chart.isDisposed()))
          throw new Error(
            `the floor of change ${k + 1}: ${group.length} setOption calls recorded (probe missing or chart gone)`,
          );
        return group;
      });
      // One 'finished' handler per chart for the whole replay (inline arrows only: the page gets this
      // function's text, without the helpers tsx would wrap named functions in).
      const charts = [...new Set(groups.flat().map((c) => c.chart))];
      const waiting = new Map<ProbedChart, () => void>();
      const handlers: [ProbedChart, () => void][] = [];
      for (const chart of charts)
        handlers.push([
          chart,
          () => {
            waiting.get(chart)?.();
            waiting.delete(chart);
          },
        ]);
      for (const [chart, handler] of handlers) chart.on('finished', handler);
      const times: number[] = [];
      for (let r = 0; r < n; r++) {
        for (const group of groups) {
          const start = performance.now();
          const done = Promise.all(
            [...new Set(group.map((c) => c.chart))].map(
              (chart) => new Promise<void>((resolve) => waiting.set(chart, resolve)),
            ),
          );
          for (const call of group) call.set.apply(call.chart, call.args);
          await done;
          times.push(performance.now() - start);
        }
      }
      for (const [chart, handler] of handlers) chart.off('finished', handler);
      return times;
    },
    { spans: changes.map((c) => ({ start: c.start, end: c.end })), rounds },
  );
}
