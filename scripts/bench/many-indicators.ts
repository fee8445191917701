/**
 * "2 000 indicators: longest main-thread task per view" (issue 15, item 5). The built app in headless
 * Chromium gets the many-indicators files through the file input; then every view is opened and used
 * — Län, a county change, Indikator, one of the last indicators, Jämför and a walk through the matrix,
 * Frågor, Finansiering — and every long task (Long Tasks API) is laid to the step during which it
 * ran. A step ends when the view says it is ready (nothing in it busy, every chart drawn) and the
 * main thread has been quiet for a while. The same walk with the example data alone is the floor:
 * what drawing the views' charts costs on this machine whatever the number of indicators. Each walk
 * is made BENCH_RUNS times (default 3); a step's figure is the median of its walks.
 * BENCH_PROFILE=1 also prints, per step, the functions with the most self time (CDP Profiler).
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { recordLongFrames, takeLongFrames } from './long-frames';
import { BENCH_DIR } from './generate';
import { MANY_INDICATORS, writeManyIndicatorFiles } from './many-indicators-file';
import { fmt } from './app-and-floor';
import type { Goal } from './goal';

/** The goal: no main-thread task over this, on any view. */
export const LONG_TASK_GOAL_MS = 50;
/** How long the main thread must be without a long task before a step counts as finished. */
const QUIET_MS = 600;
const WAIT = 300_000;

export interface StepFigure {
  readonly step: string;
  readonly longestMs: number;
  readonly longTasks: number;
  /** With BENCH_PROFILE=1: the functions with the most self time during the step. */
  readonly hotspots: readonly string[];
  /**
   * What the browser tells of each frame over 50 ms during the step (Long Animation Frames): its
   * length, its scripts (what ran them, for how long) and its style and layout, so that a long task
   * can be laid to the app's code, to the page's layout or to neither (a collection, the machine).
   */
  readonly frames: readonly string[];
}

function instrument(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The view is ready by the app's own signals, and no long task has ended for QUIET_MS. */
async function settled(page: Page, view: string): Promise<void> {
  await page.waitForFunction(
    (v) => {
      const main = document.querySelector('main');
      if (main?.getAttribute('aria-busy') !== 'false') return false;
      const root = main.querySelector('[data-view]');
      if (root?.getAttribute('data-view') !== v) return false;
      if (main.querySelector('[aria-busy="true"]:not(.chart)')) return false;
      return [...main.querySelectorAll('.chart')].every((c) => c.getAttribute('data-drawn') === 'true');
    },
    view,
    { timeout: WAIT, polling: 100 },
  );
  await page.waitForFunction(
    (quiet) => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      const last = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
      return performance.now() - last > quiet;
    },
    QUIET_MS,
    { timeout: WAIT, polling: 100 },
  );
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Self time per function (name, file and line) from a CDP CPU profile, the largest first. */
function hotspots(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${key}`);
}

async function step(
  page: Page,
  cdp: CDPSession | undefined,
  name: string,
  view: string,
  action: () => Promise<void>,
): Promise<StepFigure> {
  if (cdp) await cdp.send('Profiler.start');
  const start = await page.evaluate(() => performance.now());
  await action();
  await settled(page, view);
  const tasks = await page.evaluate(
    (t) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((lt) => lt.start >= t)
        .map((lt) => lt.duration),
    start,
  );
  await page.evaluate(() => {
    (window as unknown as { __longTasks: unknown[] }).__longTasks = [];
  });
  const frames = await takeLongFrames(page, start);
  const profile = cdp
    ? ((await cdp.send('Profiler.stop')) as { profile: Parameters<typeof hotspots>[0] })
    : undefined;
  return {
    step: name,
    longestMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    hotspots: profile ? hotspots(profile.profile) : [],
    frames,
  };
}

async function chooseIn(page: Page, testId: string, value: string): Promise<void> {
  await page.selectOption(`[data-testid="${testId}"]`, value);
}

/** The value of the indicator choice's last but one option (with the files: one of the last indicators). */
async function nearLastIndicator(page: Page): Promise<string> {
  return page.$eval('[data-testid="indicator-select"]', (select) => {
    const options = (select as HTMLSelectElement).options;
    return options[Math.max(0, options.length - 2)]?.value ?? '';
  });
}

/**
 * Walks every view, after loading the 2 000 indicators (`files`) or with the example data alone
 * (the floor); one figure per step.
 */
export async function benchManyIndicators(
  chromiumPath: string,
  baseUrl: string,
  files: readonly string[] | undefined,
  onStep: (figure: StepFigure) => void,
): Promise<StepFigure[]> {
  const browser = await launchChromium(chromiumPath);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await page.addInitScript(instrument);
    await page.addInitScript(recordLongFrames);
    const cdp = process.env['BENCH_PROFILE'] === '1' ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    }
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await settled(page, 'lan');
    const nav = (view: string) => () => page.click(`[data-testid="nav-${view}"]`);
    const figures: StepFigure[] = [];
    const run = async (name: string, view: string, action: () => Promise<void>): Promise<void> => {
      const figure = await step(page, cdp, name, view, action);
      onStep(figure);
      figures.push(figure);
    };
    if (files) {
      await run('Län: import of the files', 'lan', async () => {
        const before = await page.evaluate(() => performance.getEntriesByName('rr:import-done').length);
        await page.setInputFiles('[data-testid="file-input"]', [...files]);
        await page.waitForFunction((n) => performance.getEntriesByName('rr:import-done').length > n, before, {
          timeout: WAIT,
        });
      });
    }
    await run('Län: another county', 'lan', () => chooseIn(page, 'region-select', '01'));
    await run('Län: scroll to the end', 'lan', () =>
      page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)),
    );
    await run('Indikator: open', 'indikator', nav('indikator'));
    await run('Indikator: one of the last indicators', 'indikator', async () =>
      chooseIn(page, 'indicator-select', await nearLastIndicator(page)),
    );
    await run('Indikator: another county', 'indikator', () => chooseIn(page, 'region-select', '25'));
    await run('Jämför: open', 'jamfor', nav('jamfor'));
    await run('Jämför: arrow keys, End, Ctrl+End', 'jamfor', async () => {
      await page.focus('[data-testid="matrix"] button[tabindex="0"]');
      for (const key of ['ArrowRight', 'ArrowDown', 'End', 'Control+End', 'Control+Home'])
        await page.keyboard.press(key);
    });
    await run('Jämför: rank mode', 'jamfor', () => chooseIn(page, 'matrix-mode', 'rank'));
    await run('Frågor: open', 'fragor', nav('fragor'));
    await run('Frågor: another county', 'fragor', () => chooseIn(page, 'region-select', '12'));
    await run('Finansiering: open', 'finansiering', nav('finansiering'));
    await run('Län: back', 'lan', nav('lan'));
    await context.close();
    return figures;
  } finally {
    await browser.close();
  }
}

/** The median of some numbers (the middle one, or the upper of the two middle ones). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Per step, in walk order: the longest task of each walk. */
function byStep(walks: readonly (readonly StepFigure[])[]): Map<string, StepFigure[]> {
  const steps = new Map<string, StepFigure[]>();
  for (const walk of walks)
    for (const f of walk) {
      const figures = steps.get(f.step) ?? [];
      figures.push(f);
      steps.set(f.step, figures);
    }
  return steps;
}

/**
 * Walks `runs` times with the example data alone (the floor) and `runs` times with the files, each
 * walk in a fresh browser; per step the median of the walks' longest tasks (one walk's figure moved
 * by 50–100 ms between runs on a 2-core machine: a collection, the machine's other work), with every
 * walk's figure beside it. Prints the steps and returns the goal's line for the closing table.
 */
export async function manyIndicatorsGoal(chromiumPath: string, baseUrl: string, runs: number): Promise<Goal> {
  const count = MANY_INDICATORS.toLocaleString('sv-SE');
  console.log(
    `\n    ${count} indicators: longest main-thread task per step, median of ${runs} walks (goal ≤ ${LONG_TASK_GOAL_MS} ms)`,
  );
  const files = writeManyIndicatorFiles(resolve(BENCH_DIR, 'many-indicators'));
  const floorWalks: StepFigure[][] = [];
  const fileWalks: StepFigure[][] = [];
  // In turn (floor, files, floor, …), so that a slow spell of the machine falls on both.
  for (let i = 0; i < runs; i++) {
    floorWalks.push(await benchManyIndicators(chromiumPath, baseUrl, undefined, () => {}));
    fileWalks.push(await benchManyIndicators(chromiumPath, baseUrl, files.all, () => {}));
  }
  const floorSteps = byStep(floorWalks);
  console.log(
    `      ${'step'.padEnd(40)} ${'longest'.padStart(9)} ${'example data'.padStart(14)}  walks (files)`,
  );
  let worst: { step: string; ms: number } | undefined;
  for (const [step, figures] of byStep(fileWalks)) {
    const ms = median(figures.map((f) => f.longestMs));
    const base = floorSteps.get(step);
    const baseMs = base ? median(base.map((f) => f.longestMs)) : undefined;
    const verdict = ms <= LONG_TASK_GOAL_MS ? 'uppnått' : 'EJ uppnått';
    const walks = figures.map((f) => `${f.longestMs.toFixed(0)} (${f.longTasks})`).join(', ');
    console.log(
      `      ${step.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms ${(baseMs === undefined ? '–' : `${baseMs.toFixed(0)} ms`).padStart(14)}  ${walks.padEnd(24)} ${verdict}`,
    );
    for (const h of figures[0]?.hotspots ?? []) console.log(`          ${h}`);
    // Where a walk's long tasks went (its frames over 50 ms with a long task in them).
    figures.forEach((f, walk) => {
      if (f.longestMs > LONG_TASK_GOAL_MS)
        for (const text of f.frames) console.log(`          walk ${walk + 1}: ${text}`);
    });
    if (!worst || ms > worst.ms) worst = { step, ms };
  }
  const worstMs = worst?.ms ?? 0;
  const worstFloor = Math.max(0, ...[...floorSteps.values()].map((f) => median(f.map((x) => x.longestMs))));
  console.log("      (walks: each walk's longest task in ms, and its number of tasks over 50 ms)");
  // How often a step's walk had a task over the goal at all, with the files and with the example data
  // alone: the share of a 2-core machine's stray long tasks (a collection, a slow spell) beside the
  // app's own.
  const over = (walks: readonly (readonly StepFigure[])[]): string => {
    const all = walks.flat();
    const long = all.filter((f) => f.longestMs > LONG_TASK_GOAL_MS).length;
    return `${long} of ${all.length}`;
  };
  console.log(
    `      steps walked with a task over ${LONG_TASK_GOAL_MS} ms: ${over(fileWalks)} with the files, ${over(floorWalks)} with the example data alone`,
  );
  return {
    figure: `${count} indikatorer: längsta uppgift, alla vyer`,
    measured: `${fmt(worstMs)} ms (${worst?.step ?? '–'})`,
    floor: `${fmt(worstFloor)} ms`,
    ratio: worstFloor > 0 ? `×${fmt(worstMs / worstFloor, 2)}` : '–',
    goal: `≤ ${LONG_TASK_GOAL_MS} ms`,
    met: worstMs <= LONG_TASK_GOAL_MS,
  };
}
