/**
 * BENCH_ONLY=rerender: only the re-render after a county change with the 1M file loaded, against the
 * floor page's three setOption calls (built into .bench/dist-rerender, or BENCH_DIST, so that it can
 * run beside a whole bench). One walk of eight counties not counted (as the floor's first call is
 * not), then BENCH_RUNS walks, all their changes pooled; the floor measured before and after them.
 */
import { chartsDrawn, FIRST_CHART_QUERY, floorRerenders, median, warmRerenders } from './browser';
import { fmt, withAppAndFloor } from './app-and-floor';
import { ensureBenchFiles } from './generate';
import type { Goal } from './goal';

export async function rerenderOnly(runs: number): Promise<Goal> {
  const files = await ensureBenchFiles();
  const dist = process.env['BENCH_DIST'] ?? 'dist-rerender';
  return withAppAndFloor('rerender', dist, async ({ browser, appUrl, floorUrl }) => {
    const floorBefore = await floorRerenders(browser, floorUrl, 8);
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${appUrl}${FIRST_CHART_QUERY}`);
    await chartsDrawn(page, 3);
    await page.setInputFiles('[data-testid="file-input"]', files.comma);
    await page.waitForSelector('[data-testid="import-summary-toggle"]', { timeout: 300_000 });
    await page.waitForSelector('main[aria-busy="false"]', { timeout: 120_000 });
    const { warmUp, times } = await warmRerenders(page, 'indikator_07', runs);
    // Before the app's walks and after them: a slow spell of the machine falls on both.
    const floorMs = median([...floorBefore, ...(await floorRerenders(browser, floorUrl, 8))]);
    const ms = median(times);
    console.log(
      `\n(b) re-render after a county change, 1M loaded: median ${fmt(ms, 1)} ms, worst ${fmt(Math.max(...times), 1)} ms of ${times.length}, after a walk not counted (median ${fmt(median(warmUp), 1)} ms, worst ${fmt(Math.max(...warmUp), 1)} ms); floor ${fmt(floorMs, 1)} ms`,
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
