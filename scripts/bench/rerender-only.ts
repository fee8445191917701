/**
 * BENCH_ONLY=rerender: only the re-render after a county change with the 1M file loaded, against the
 * floor page's three setOption calls (built into .bench/dist-rerender, or BENCH_DIST, so that it can
 * run beside a whole bench). BENCH_RUNS walks of eight counties each, all their changes pooled.
 */
import { chartsDrawn, FIRST_CHART_QUERY, floorRerender, median, rerenders } from './browser';
import { fmt, withAppAndFloor } from './app-and-floor';
import { ensureBenchFiles } from './generate';
import type { Goal } from './goal';

export async function rerenderOnly(runs: number): Promise<Goal> {
  const files = await ensureBenchFiles();
  const dist = process.env['BENCH_DIST'] ?? 'dist-rerender';
  return withAppAndFloor('rerender', dist, async ({ browser, appUrl, floorUrl }) => {
    const floorMs = await floorRerender(browser, floorUrl, 8);
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${appUrl}${FIRST_CHART_QUERY}`);
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
  });
}
