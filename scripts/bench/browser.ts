/**
 * (b) and (c) in headless Chromium, on the built app: time to first chart with the example data,
 * file-to-ready time for the 1M-row file with the longest main-thread block meanwhile, heap for
 * the 1M observations, and re-render time after a selection change with them loaded.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';

export interface BrowserFigures {
  readonly firstChartMs: number;
  readonly fileToReadyMs: number;
  readonly longestBlockMs: number;
  readonly longTasksOver50: number;
  readonly longestLongTaskMs: number;
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
  readonly heapForObservationsMb: number;
  readonly rerenderMs: readonly number[];
  readonly acceptedText: string;
}

/** Runs in the page before the app: records long tasks and, while asked, the gaps between ticks. */
function instrument(): void {
  const w = window as unknown as {
    __bench: { longTasks: { start: number; duration: number }[]; maxGap: number; beating: boolean; picked: number };
  };
  w.__bench = { longTasks: [], maxGap: 0, beating: false, picked: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // A message loop: any gap between two ticks is time the main thread could not respond.
  const channel = new MessageChannel();
  let last = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (last > 0) w.__bench.maxGap = Math.max(w.__bench.maxGap, now - last);
    last = now;
    if (w.__bench.beating) channel.port2.postMessage(0);
    else last = 0;
  };
  (w as unknown as { __startBeat: () => void }).__startBeat = () => {
    w.__bench.maxGap = 0;
    w.__bench.beating = true;
    last = 0;
    channel.port2.postMessage(0);
  };
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') w.__bench.picked = performance.now();
    },
    true,
  );
}

async function chartMarksAfter(page: Page, after: number, count = 1, timeoutMs = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    ([t, n]) => {
      const marks = performance.getEntriesByName('rr:chart-finished').filter((m) => m.startTime > t);
      return marks.length >= n ? (marks[n - 1]?.startTime ?? 0) : 0;
    },
    [after, count] as const,
    { timeout: timeoutMs, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1e6;
}

export async function benchBrowser(chromiumPath: string, baseUrl: string, bigFile: string): Promise<BrowserFigures> {
  const browser = await launchChromium(chromiumPath);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);

    // Time to first chart: from navigation start to the first chart that finished drawing.
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=nyforetagande`);
    const firstChartMs = await chartMarksAfter(page, 0);
    await chartMarksAfter(page, 0, 3);
    await page.waitForTimeout(500);
    const heapBeforeMb = await heapMb(page);

    // File to ready: from the file input's change to the chart drawn with the new dataset.
    await page.evaluate(() => (window as unknown as { __startBeat: () => void }).__startBeat());
    const before = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-testid="file-input"]', bigFile);
    const done = await page.waitForFunction(
      (t) => performance.getEntriesByName('rr:import-done').find((m) => m.startTime > t)?.startTime ?? 0,
      before,
      { timeout: 300_000, polling: 50 },
    );
    const importDone = (await done.jsonValue()) as number;
    const ready = await chartMarksAfter(page, importDone);
    const stats = await page.evaluate((t) => {
      const b = (window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; maxGap: number; picked: number } }).__bench;
      const during = b.longTasks.filter((lt) => lt.start >= t);
      return { picked: b.picked, maxGap: b.maxGap, longTasks: during.length, longest: Math.max(0, ...during.map((lt) => lt.duration)) };
    }, before);
    await page.evaluate(() => {
      (window as unknown as { __bench: { beating: boolean } }).__bench.beating = false;
    });
    const acceptedText = (await page.textContent('[data-testid="import-summary-toggle"]')) ?? '';
    const heapAfterMb = await heapMb(page);

    // Re-render after a selection change, with the million observations loaded.
    await page.selectOption('[data-testid="indicator-select"]', 'indikator_07');
    await chartMarksAfter(page, await page.evaluate(() => performance.now() - 5000));
    await page.waitForTimeout(300);
    const rerenderMs: number[] = [];
    for (const region of ['01', '20', '25', '12', '00', '14', '03', '23']) {
      const start = await page.evaluate((code) => {
        const select = document.querySelector('[data-testid="region-select"]');
        if (!(select instanceof HTMLSelectElement)) throw new Error('no region select');
        const t0 = performance.now();
        select.value = code;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return t0;
      }, region);
      // Three charts redraw (trend, ranking, map); the selection is shown when the last has finished.
      const end = await chartMarksAfter(page, start, 3, 30_000);
      rerenderMs.push(end - start);
      await page.waitForTimeout(150);
    }
    await context.close();
    return {
      firstChartMs,
      fileToReadyMs: ready - stats.picked,
      longestBlockMs: stats.maxGap,
      longTasksOver50: stats.longTasks,
      longestLongTaskMs: stats.longest,
      heapBeforeMb,
      heapAfterMb,
      heapForObservationsMb: heapAfterMb - heapBeforeMb,
      rerenderMs,
      acceptedText,
    };
  } finally {
    await browser.close();
  }
}
