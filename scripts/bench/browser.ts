/**
 * (b) and (c) in headless Chromium, on the built app: time to first chart with the example data,
 * file-to-ready time for the 1M-row file with the longest main-thread block meanwhile, heap for
 * the 1M observations, and re-render time after a selection change with them loaded.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { recordLongFrames, takeLongFrames } from './long-frames';
import { recordChartCalls, replayedChanges, type MeasuredChange } from './rerender-floor';

export interface BrowserFigures {
  /** Medians over fresh browser contexts, from navigation start to the first chart drawn. */
  readonly first: FirstCharts;
  /**
   * The re-render's floor: the setOption calls the app made in its counted county changes, made
   * again on the same charts in the same page (rerender-floor.ts), median.
   */
  readonly rerenderFloorMs: number;
  /** The floor page's three setOption calls on its own options (median of its runs before and after the app's): beside it. */
  readonly floorPageRerenderMs: number;
  readonly fileToReadyMs: number;
  readonly longestBlockMs: number;
  readonly longTasksOver50: number;
  readonly longestLongTaskMs: number;
  /** The frames with those long tasks, described (long-frames.ts). */
  readonly longTaskFrames: readonly string[];
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
  readonly heapForObservationsMb: number;
  readonly rerenderMs: readonly number[];
  /** The walk before those (not counted: the first changes after an import compile the code they run). */
  readonly rerenderWarmUpMs: readonly number[];
  readonly acceptedText: string;
}

/** Runs in the page before the app: records long tasks and, while asked, the gaps between ticks. */
export function instrument(): void {
  const w = window as unknown as {
    __bench: {
      longTasks: { start: number; duration: number }[];
      maxGap: number;
      beating: boolean;
      picked: number;
    };
  };
  w.__bench = { longTasks: [], maxGap: 0, beating: false, picked: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
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
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        w.__bench.picked = performance.now();
    },
    true,
  );
}

export async function chartMarksAfter(
  page: Page,
  after: number,
  count = 1,
  timeoutMs = 120_000,
): Promise<number> {
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

/** Time to the first chart in a fresh context (cold cache): one page load. */
async function firstChart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  const ms = await chartMarksAfter(page, 0);
  await context.close();
  return ms;
}

/** The URL whose first chart is timed: the Indikator view of nyföretagande in Dalarna. */
export const FIRST_CHART_QUERY = '?vy=indikator&region=20&indikator=nyforetagande';

/** Medians of cold loads, from navigation start to the first chart drawn, ms. */
export interface FirstCharts {
  readonly app: number;
  readonly floor: number;
  /** The React floor's (scripts/bench/react-floor), when it was loaded too. */
  readonly reactFloor: number | undefined;
}

/**
 * Medians of `runs` cold loads of the floor page and of the app, in turn (floor, app, floor, …), so
 * that a slow spell of the machine falls on both; with `reactFloorUrl`, the React floor's loads too
 * (floor, React floor, app, …: scripts/bench/react-floor, a diagnostic beside the goal's floor).
 */
export async function firstCharts(
  browser: Browser,
  baseUrl: string,
  floorUrl: string,
  runs: number,
  reactFloorUrl?: string,
): Promise<FirstCharts> {
  const app: number[] = [];
  const floor: number[] = [];
  const reactFloor: number[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await firstChart(browser, `${floorUrl}?first`));
    if (reactFloorUrl !== undefined) reactFloor.push(await firstChart(browser, reactFloorUrl));
    app.push(await firstChart(browser, `${baseUrl}${FIRST_CHART_QUERY}`));
  }
  return {
    app: median(app),
    floor: median(floor),
    reactFloor: reactFloor.length > 0 ? median(reactFloor) : undefined,
  };
}

/**
 * The floor of a re-render: the floor page's three setOption calls on prepared options, `runs` times
 * after one not counted (the first call runs code not compiled yet). The samples, in order.
 */
export async function floorRerenders(browser: Browser, floorUrl: string, runs: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${floorUrl}?rerender`);
  await page.waitForSelector('body[data-ready="true"]');
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const ms = await page.evaluate(() =>
      (window as unknown as { __floorRerender: () => Promise<number> }).__floorRerender(),
    );
    if (i > 0) times.push(ms); // the first is a warm-up
  }
  await context.close();
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Waits until the view shows at least `min` charts and every chart shows its current option (`data-drawn`). */
export async function chartsDrawn(page: Page, min = 0, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const charts = [...document.querySelectorAll('main .chart')];
      return charts.length >= n && charts.every((c) => c.getAttribute('data-drawn') === 'true');
    },
    min,
    { timeout },
  );
}

/**
 * When the view shows what came at `after`: `main` no longer busy (the view drawn with the new
 * dataset) and every chart's current option drawn. A chart whose figures did not change is not
 * drawn again (use-structural.ts), so a chart mark need not come.
 */
export async function viewReadyAfter(page: Page, after: number, timeoutMs = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    (t) => {
      const now = performance.now();
      if (now <= t) return 0;
      if (document.querySelector('main')?.getAttribute('aria-busy') !== 'false') return 0;
      const charts = [...document.querySelectorAll('main .chart')];
      return charts.every((c) => c.getAttribute('data-drawn') === 'true') ? now : 0;
    },
    after,
    { timeout: timeoutMs, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Län to walk through for the re-render figure, and Dalarna's kommuner for the kommun figure. */
const COUNTY_WALK = ['01', '20', '25', '12', '00', '14', '03', '23'] as const;
const KOMMUN_WALK = ['2081', '2082', '2083', '2084', '2085', '2021', '2023', '2080'] as const;

/** Re-renders after county changes with a dataset loaded: from the change to the third chart drawn. */
export async function rerenders(
  page: Page,
  indicator: string,
  walk: readonly string[] = COUNTY_WALK,
): Promise<number[]> {
  return (await rerenderChanges(page, indicator, walk)).map((c) => c.end - c.start);
}

/** The county changes of `rerenders`, each from the change to the third chart drawn (page time). */
export async function rerenderChanges(
  page: Page,
  indicator: string,
  walk: readonly string[] = COUNTY_WALK,
): Promise<MeasuredChange[]> {
  await page.selectOption('[data-testid="indicator-select"]', indicator);
  await chartsDrawn(page);
  const changes: MeasuredChange[] = [];
  for (const region of walk) {
    const start = await page.evaluate((code) => {
      const select = document.querySelector('[data-testid="region-select"]');
      if (!(select instanceof HTMLSelectElement)) throw new Error('no region select');
      const t0 = performance.now();
      select.value = code;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return t0;
    }, region);
    // Three charts redraw (trend, ranking, map); the selection is shown when the last has finished.
    const end = await chartMarksAfter(page, start, 3, 60_000);
    changes.push({ start, end });
    await chartsDrawn(page);
  }
  return changes;
}

/**
 * Re-renders after county changes as the floor's are measured: one walk first, not counted (the
 * first changes after an import compile the code they run, as the floor's first call, which it
 * does not count either), then `passes` walks, pooled.
 */
export async function warmRerenders(
  page: Page,
  indicator: string,
  passes: number,
  walk: readonly string[] = COUNTY_WALK,
): Promise<{ readonly warmUp: number[]; readonly times: number[]; readonly changes: MeasuredChange[] }> {
  const warmUp = await rerenders(page, indicator, walk);
  const changes: MeasuredChange[] = [];
  for (let i = 0; i < passes; i++) changes.push(...(await rerenderChanges(page, indicator, walk)));
  return { warmUp, times: changes.map((c) => c.end - c.start), changes };
}

/**
 * Waits (up to 10 s) for the page to decode what the build's dataset left for idle time (the ledger's
 * cases, `rr:example-rest`): a heap taken before it would count those cases as the next import's.
 */
export async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(() => performance.getEntriesByName('rr:example-rest').length > 0, undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
}

export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1e6;
}

/** Adds `file` through the file input of an instrumented page: long tasks and the longest block meanwhile. */
export async function measureImport(
  page: Page,
  file: string,
): Promise<{
  readonly ready: number;
  readonly stats: {
    readonly picked: number;
    readonly maxGap: number;
    readonly longTasks: number;
    readonly longest: number;
    /** The frames with those long tasks, described (long-frames.ts; the page records them if asked). */
    readonly frames: readonly string[];
  };
}> {
  await page.evaluate(() => (window as unknown as { __startBeat: () => void }).__startBeat());
  const before = await page.evaluate(() => performance.now());
  await page.setInputFiles('[data-testid="file-input"]', file);
  const done = await page.waitForFunction(
    (t) => performance.getEntriesByName('rr:import-done').find((m) => m.startTime > t)?.startTime ?? 0,
    before,
    { timeout: 300_000, polling: 50 },
  );
  const importDone = (await done.jsonValue()) as number;
  const ready = await viewReadyAfter(page, importDone);
  const stats = await page.evaluate((t) => {
    const b = (
      window as unknown as {
        __bench: { longTasks: { start: number; duration: number }[]; maxGap: number; picked: number };
      }
    ).__bench;
    const during = b.longTasks.filter((lt) => lt.start >= t);
    return {
      picked: b.picked,
      maxGap: b.maxGap,
      longTasks: during.length,
      longest: Math.max(0, ...during.map((lt) => lt.duration)),
    };
  }, before);
  await page.evaluate(() => {
    (window as unknown as { __bench: { beating: boolean } }).__bench.beating = false;
  });
  return { ready, stats: { ...stats, frames: await takeLongFrames(page, before) } };
}

export async function benchBrowser(
  chromiumPath: string,
  baseUrl: string,
  floorUrl: string,
  bigFile: string,
  runs: number,
  reactFloorUrl?: string,
): Promise<BrowserFigures> {
  const browser = await launchChromium(chromiumPath);
  try {
    const appFirst = `${baseUrl}${FIRST_CHART_QUERY}`;
    const first = await firstCharts(browser, baseUrl, floorUrl, runs, reactFloorUrl);
    // The floor's re-renders before the app's and after them: a slow spell of the machine falls on both.
    const floorBefore = await floorRerenders(browser, floorUrl, 8);

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.addInitScript(recordLongFrames);
    await page.addInitScript(recordChartCalls);

    await page.goto(appFirst);
    await chartsDrawn(page, 3);
    await settled(page);
    const heapBeforeMb = await heapMb(page);

    // File to ready: from the file input's change to the chart drawn with the new dataset.
    const { ready, stats } = await measureImport(page, bigFile);
    // innerText: the button's two lines as lines (textContent ran the heading into the count).
    const acceptedText = (await page.innerText('[data-testid="import-summary-toggle"]')).replace(/\s+/g, ' ');
    const heapAfterMb = await heapMb(page);

    // Re-render after a selection change, with the million observations loaded.
    const rerender = await warmRerenders(page, 'indikator_07', 2);
    const rerenderFloorMs = median(await replayedChanges(page, rerender.changes, 2));
    await context.close();
    const floorPageRerenderMs = median([...floorBefore, ...(await floorRerenders(browser, floorUrl, 8))]);
    return {
      first,
      rerenderFloorMs,
      floorPageRerenderMs,
      fileToReadyMs: ready - stats.picked,
      longestBlockMs: stats.maxGap,
      longTasksOver50: stats.longTasks,
      longestLongTaskMs: stats.longest,
      longTaskFrames: stats.frames,
      heapBeforeMb,
      heapAfterMb,
      heapForObservationsMb: heapAfterMb - heapBeforeMb,
      rerenderMs: rerender.times,
      rerenderWarmUpMs: rerender.warmUp,
      acceptedText,
    };
  } finally {
    await browser.close();
  }
}

export interface HugeFileFigures {
  readonly loadMs: number;
  readonly acceptedText: string;
  readonly heapForObservationsMb: number;
  readonly rerenderMs: readonly number[];
  readonly rerenderWarmUpMs: readonly number[];
  /** The same after a change of kommun, among a county's kommuner (ranking, table and map of kommuner). */
  readonly kommunRerenderMs: readonly number[];
  /** The floors of both: the app's own setOption calls made again (rerender-floor.ts), medians. */
  readonly rerenderFloorMs: number;
  readonly kommunRerenderFloorMs: number;
}

/** A kommun-size file (5 M observations): does it load, and how fast does a selection redraw then? */
export async function benchHugeFile(
  chromiumPath: string,
  baseUrl: string,
  file: string,
  indicator: string,
): Promise<HugeFileFigures> {
  const browser = await launchChromium(chromiumPath);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.addInitScript(recordChartCalls);
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=nyforetagande`);
    await chartsDrawn(page, 3, 120_000);
    await settled(page);
    const heapBeforeMb = await heapMb(page);
    const before = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-testid="file-input"]', file);
    const done = await page.waitForFunction(
      (t) => performance.getEntriesByName('rr:import-done').find((m) => m.startTime > t)?.startTime ?? 0,
      before,
      { timeout: 600_000, polling: 200 },
    );
    const loadMs = ((await done.jsonValue()) as number) - before;
    await page.waitForSelector('main[aria-busy="false"]', { timeout: 120_000 });
    // innerText: the button's two lines as lines (textContent ran the heading into the count).
    const acceptedText = (await page.innerText('[data-testid="import-summary-toggle"]')).replace(/\s+/g, ' ');
    const heapAfterMb = await heapMb(page);
    const rerender = await warmRerenders(page, indicator, 1);
    const rerenderFloorMs = median(await replayedChanges(page, rerender.changes, 2));
    // To Falun first (the kommun map is loaded then, untimed), then from kommun to kommun.
    await page.selectOption('[data-testid="region-select"]', '2080');
    await chartsDrawn(page, 3, 120_000);
    const kommun = await warmRerenders(page, indicator, 1, KOMMUN_WALK);
    const kommunRerenderFloorMs = median(await replayedChanges(page, kommun.changes, 2));
    await context.close();
    return {
      loadMs,
      acceptedText,
      heapForObservationsMb: heapAfterMb - heapBeforeMb,
      rerenderMs: rerender.times,
      rerenderWarmUpMs: rerender.warmUp,
      kommunRerenderMs: kommun.times,
      rerenderFloorMs,
      kommunRerenderFloorMs,
    };
  } finally {
    await browser.close();
  }
}
