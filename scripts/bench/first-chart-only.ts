/**
 * BENCH_ONLY=first-chart: only the first chart with the example data against the floor page, cold
 * loads in turn (built into .bench/dist-first, or BENCH_DIST, so that it can run beside a whole bench).
 */
import { resolve } from 'node:path';
import { findChromium, launchChromium } from '../lib/chromium';
import { buildAndServe, REPO_ROOT } from '../lib/serve-build';
import { firstCharts } from './browser';
import { BENCH_DIR } from './generate';
import type { Goal } from './goal';

const fmt = (n: number, d = 0): string =>
  n.toLocaleString('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d });

export async function firstChartOnly(runs: number): Promise<Goal> {
  const chromium = findChromium();
  if (!chromium)
    throw new Error('BENCH_ONLY=first-chart needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)');
  const dist = process.env['BENCH_DIST'] ?? 'dist-first';
  const app = await buildAndServe(resolve(BENCH_DIR, dist));
  const floor = await buildAndServe(
    resolve(BENCH_DIR, `floor-${dist}`),
    resolve(REPO_ROOT, 'scripts/bench/floor'),
  );
  const browser = await launchChromium(chromium);
  try {
    const first = await firstCharts(browser, app.url, floor.url, runs);
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
  } finally {
    await browser.close();
    await app.server.close();
    await floor.server.close();
  }
}
