/**
 * BENCH_ONLY=first-chart: only the first chart with the example data against the floor page, cold
 * loads in turn (built into .bench/dist-first, or BENCH_DIST, so that it can run beside a whole bench).
 */
import { firstCharts } from './browser';
import { fmt, withAppAndFloor } from './app-and-floor';
import type { Goal } from './goal';

export async function firstChartOnly(runs: number): Promise<Goal> {
  return withAppAndFloor(
    'first-chart',
    process.env['BENCH_DIST'] ?? 'dist-first',
    async ({ browser, appUrl, floorUrl }) => {
      const first = await firstCharts(browser, appUrl, floorUrl, runs);
      console.log(
        `\n(b) time to first chart, example data: ${fmt(first.app)} ms; floor page: ${fmt(first.floor)} ms (medians of ${runs} cold loads each, in turn)`,
      );
      const ratio = first.app / first.floor;
      return {
        figure: 'Första diagrammet, exempeldata, mot golvsida',
        measured: `${fmt(first.app)} ms`,
        floor: `${fmt(first.floor)} ms`,
        ratio: `×${fmt(ratio, 2)}`,
        goal: '≤ 2×',
        met: ratio <= 2,
      };
    },
  );
}
