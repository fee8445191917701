/**
 * BENCH_ONLY=rerender: only the re-render after a county change with the 1M file loaded, against the
 * floor page's three setOption calls (built into .bench/dist-rerender, or BENCH_DIST, so that it can
 * run beside a whole bench). BENCH_RUNS walks of eight counties each, all their changes pooled.
 */
import { resolve } from 'node:path';
import { findChromium, launchChromium } from '../lib/chromium';
import { buildAndServe, REPO_ROOT } from '../lib/serve-build';
import { chartsDrawn, FIRST_CHART_QUERY, floorRerender, median, rerenders } from './browser';
import { BENCH_DIR, ensureBenchFiles } from './generate';
import type { Goal } from './goal';

const fmt = (n: number, d = 0): string =>
  n.toLocaleString('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d });

export async function rerenderOnly(runs: number): Promise<Goal> {
  const chromium = findChromium();
  if (!chromium) throw new Error('BENCH_ONLY=rerender needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)');
  const files = await ensureBenchFiles();
  const dist = process.env['BENCH_DIST'] ?? 'dist-rerender';
  const app = await buildAndServe(resolve(BENCH_DIR, dist));
  const floor = await buildAndServe(
    resolve(BENCH_DIR, `floor-${dist}`),
    resolve(REPO_ROOT, 'scripts/bench/floor'),
  );
  const browser = await launchChromium(chromium);
  try {
    const floorMs = await floorRerender(browser, floor.url, 8);
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${app.url}${FIRST_CHART_QUERY}`);
    await chartsDrawn(page, 3);
    await page.setInputFiles('[data-testid="file-input"]', files.comma);
    await page.waitForSelector('[data-testid="import-summary-toggle"]', { timeout: 300_000 });
    await page.waitForSelector('main[aria-busy="false"]', { timeout: 120_000 });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(...(await rerenders(page, 'indikator_07')));
    const ms = median(times);
    console.log(
      `\n(b) re-render after a county change, 1M loaded: median ${fmt(ms, 1)} ms, worst ${fmt(Math.max(...times), 1)} ms of ${times.length}; floor ${fmt(floorMs, 1)} ms`,
    );
    return {
      figure: 'Omritning efter länsbyte, 1M inläst, mot golv',
      measured: `${fmt(ms, 1)} ms`,
      floor: `${fmt(floorMs, 1)} ms`,
      ratio: `×${fmt(ms / floorMs, 2)}`,
      goal: '≤ 1,5×',
      met: ms / floorMs <= 1.5,
    };
  } finally {
    await browser.close();
    await app.server.close();
    await floor.server.close();
  }
}
