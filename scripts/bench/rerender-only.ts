/**
 * BENCH_ONLY=rerender: only the re-render after a county change with the 1M file loaded (built into
 * .bench/dist-rerender, or BENCH_DIST, so that it can run beside a whole bench). One walk of eight
 * counties not counted, then BENCH_RUNS walks, all their changes pooled; against its floor, the same
 * setOption calls made again on the same charts (rerender-floor.ts). The floor page's three
 * setOption calls on its own options are printed beside it, measured before and after the walks.
 */
import { chartsDrawn, FIRST_CHART_QUERY, floorRerenders, median, warmRerenders } from './browser';
import { fmt, withAppAndFloor } from './app-and-floor';
import { ensureBenchFiles } from './generate';
import type { Goal } from './goal';
import { recordChartCalls, replayedChanges } from './rerender-floor';

export async function rerenderOnly(runs: number): Promise<Goal> {
  const files = await ensureBenchFiles();
  const dist = process.env['BENCH_DIST'] ?? 'dist-rerender';
  return withAppAndFloor('rerender', dist, async ({ browser, appUrl, floorUrl }) => {
    const floorBefore = await floorRerenders(browser, floorUrl, 8);
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.addInitScript(recordChartCalls);
    await page.goto(`${appUrl}${FIRST_CHART_QUERY}`);
    await chartsDrawn(page, 3);
    await page.setInputFiles('[data-testid="file-input"]', files.comma);
    await page.waitForSelector('[data-testid="import-summary-toggle"]', { timeout: 300_000 });
    await page.waitForSelector('main[aria-busy="false"]', { timeout: 120_000 });
    const { warmUp, times, changes } = await warmRerenders(page, 'indikator_07', runs);
    const floorMs = median(await replayedChanges(page, changes, 2));
    // The floor page's, before the app's walks and after them: a slow spell of the machine falls on both.
    const floorPageMs = median([...floorBefore, ...(await floorRerenders(browser, floorUrl, 8))]);
    const ms = median(times);
    console.log(
      `\n(b) re-render after a county change, 1M loaded: median ${fmt(ms, 1)} ms, worst ${fmt(Math.max(...times), 1)} ms of ${times.length}, after a walk not counted (median ${fmt(median(warmUp), 1)} ms, worst ${fmt(Math.max(...warmUp), 1)} ms); floor ${fmt(floorMs, 1)} ms (the app's own setOption calls made again on its charts); the floor page's three setOption calls on its own options ${fmt(floorPageMs, 1)} ms`,
    );
    return {
      figure: 'Omritning efter länsbyte, 1M inläst, mot golv',
      measured: `${fmt(ms, 1)} ms`,
      floor: `${fmt(floorMs, 1)} ms`,
      ratio: `×${fmt(ms / floorMs, 2)}`,
      goal: '≤ 1,5×',
      met: ms / floorMs <= 1.5,
    };
  });
}
