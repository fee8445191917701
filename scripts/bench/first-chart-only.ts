/**
 * BENCH_ONLY=first-chart: only the first chart with the example data against the floor page, cold
 * loads in turn (built into .bench/dist-first, or BENCH_DIST, so that it can run beside a whole bench),
 * with the React floor's loads beside them (scripts/bench/react-floor: a diagnostic, not the goal's floor).
 * The figure's line and goal, printed the same way by the whole run (run.ts).
 */
import { resolve } from 'node:path';
import { buildAndServe, REPO_ROOT } from '../lib/serve-build';
import { firstCharts, type FirstCharts } from './browser';
import { fmt, withAppAndFloor } from './app-and-floor';
import { BENCH_DIR } from './generate';
import type { Goal } from './goal';

/** Builds the React floor page into .bench/react-floor-<dist> and serves it. */
export function serveReactFloor(dist: string): ReturnType<typeof buildAndServe> {
  return buildAndServe(
    resolve(BENCH_DIR, `react-floor-${dist}`),
    resolve(REPO_ROOT, 'scripts/bench/react-floor'),
  );
}

/** The figure's line: the app, the floor and (when loaded) the React floor, each with its ratio. */
export function firstChartLine(first: FirstCharts, runs: number): string {
  const react =
    first.reactFloor === undefined
      ? ''
      : `; React floor (React, echarts-for-react, ECharts loaded on demand, no app): ${fmt(first.reactFloor)} ms (×${fmt(first.reactFloor / first.floor, 2)} the floor; the app ×${fmt(first.app / first.reactFloor, 2)} the React floor)`;
  return `time to first chart, example data: ${fmt(first.app)} ms; floor page: ${fmt(first.floor)} ms${react} (medians of ${runs} cold loads each, in turn)`;
}

export function firstChartGoal(first: FirstCharts): Goal {
  const ratio = first.app / first.floor;
  return {
    figure: 'Första diagrammet, exempeldata, mot golvsida',
    measured: `${fmt(first.app)} ms`,
    floor: `${fmt(first.floor)} ms`,
    ratio: `×${fmt(ratio, 2)}`,
    goal: '≤ 2×',
    met: ratio <= 2,
  };
}

export async function firstChartOnly(runs: number): Promise<Goal> {
  const dist = process.env['BENCH_DIST'] ?? 'dist-first';
  return withAppAndFloor('first-chart', dist, async ({ browser, appUrl, floorUrl }) => {
    const reactFloor = await serveReactFloor(dist);
    try {
      const first = await firstCharts(browser, appUrl, floorUrl, runs, reactFloor.url);
      console.log(`\n(b) ${firstChartLine(first, runs)}`);
      return firstChartGoal(first);
    } finally {
      await reactFloor.server.close();
    }
  });
}
