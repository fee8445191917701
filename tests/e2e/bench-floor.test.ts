import { describe, expect, inject, it } from 'vitest';
import { rerenderChanges } from '../../scripts/bench/browser';
import { recordChartCalls, replayedChanges } from '../../scripts/bench/rerender-floor';
import { contextPerTest, openPage } from './browser';
import { expectClean, VIEWPORTS, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const QUERY = '?vy=indikator&region=20&indikator=nyforetagande';

describe.skipIf(!chromiumPath)('the re-render floor of `npm run bench` (Chromium)', () => {
  const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  it('the app hands the bench its charts: a county change’s setOption calls, made again, draw, and leave every chart as the app drew it', async () => {
    const { page, problems } = await openPage(fresh.context());
    await page.addInitScript(recordChartCalls);
    await page.goto(`${baseUrl}${QUERY}`);
    await waitForApp(page, 3, 'indikator');
    const changes = await rerenderChanges(page, 'nyforetagande', ['01', '25']);
    expect(changes).toHaveLength(2);
    await waitForApp(page, 3, 'indikator');
    const charts = page.locator('main .chart');
    const before = await Promise.all([0, 1, 2].map((i) => charts.nth(i).screenshot()));

    const times = await replayedChanges(page, changes, 2);
    expect(times).toHaveLength(4);
    for (const ms of times) expect(ms).toBeGreaterThan(0);
    // The last calls made again are the app's last: the charts show Norrbotten as before.
    const after = await Promise.all([0, 1, 2].map((i) => charts.nth(i).screenshot()));
    after.forEach((png, i) => expect(png.equals(before[i] ?? Buffer.alloc(0)), `chart ${i + 1}`).toBe(true));
    expectClean(problems);
  });

  it('without the recorder there is no floor: the bench stops with why, rather than measure nothing', async () => {
    const { page } = await openPage(fresh.context());
    await page.goto(`${baseUrl}${QUERY}`);
    await waitForApp(page, 3, 'indikator');
    const changes = await rerenderChanges(page, 'nyforetagande', ['01']);
    await expect(replayedChanges(page, changes, 1)).rejects.toThrow(/0 setOption calls recorded/);
  });
});
