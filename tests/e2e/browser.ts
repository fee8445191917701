import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { launchChromium as launchOwnChromium } from '../../scripts/lib/chromium';

/** What a test file does with its Chromium: make contexts, and close them all when it is done. */
export type FileBrowser = Pick<Browser, 'newContext' | 'close'>;

/**
 * The worker's Chromium: the e2e files share one module graph per worker (`isolate: false` in
 * vitest.config.ts), so the files a worker runs, one after another, share one browser: a launch is
 * 1.6–1.8 s of the machine's time, about thirty files. Each file gets its own contexts (every context
 * has its own storage and cache); the browser ends with the worker (Playwright closes what it
 * launched when the process exits). A browser that died is launched again for the next file.
 */
let workerBrowser: Promise<Browser> | undefined;

/**
 * Chromium for one test file: its `newContext` makes a context in the worker's browser, and its
 * `close` closes every context the file made (never the browser, which the next file uses).
 */
export async function launchChromium(executablePath: string): Promise<FileBrowser> {
  let browser = await (workerBrowser ??= launchOwnChromium(executablePath));
  if (!browser.isConnected()) browser = await (workerBrowser = launchOwnChromium(executablePath));
  const own = new Set<BrowserContext>();
  return {
    newContext: async (options) => {
      const context = await browser.newContext(options);
      own.add(context);
      context.on('close', () => own.delete(context));
      return context;
    },
    close: async () => {
      await Promise.all([...own].map((context) => context.close()));
    },
  };
}

/** What a page reported that a clean run must not have. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  readonly dialogs: string[];
}

/** Opens a page that records console errors, uncaught errors, CSP violations and dialogs (alert). */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  // Generous on a loaded machine; every wait still ends as soon as what it waits for is there.
  page.setDefaultTimeout(60_000);
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__reportCsp', (text: string) => problems.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp?: (t: string) => void }).__reportCsp;
      report?.(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
  readonly targets: string[];
}

/**
 * Runs axe-core in the page (WCAG 2.1 A and AA rules) and returns the serious and critical
 * violations. The source is evaluated through the DevTools protocol, which the page's CSP does
 * not govern, so the app keeps its strict policy while it is checked; once per document (a page
 * that moves inside the app keeps it). Only violations are gathered in full (`resultTypes`): the
 * passes and the inapplicable rules, which nothing reads, are cut to one node each, which makes a
 * run of a large view cheaper without changing which violations it finds.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** True when the canvas inside `selector` has drawn pixels that are not all one colour. */
export async function canvasHasDrawing(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector(`${sel} canvas`);
    if (!(canvas instanceof HTMLCanvasElement)) return false;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) {
      colours.add(
        ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0),
      );
      if (colours.size > 3) return true;
    }
    return false;
  }, selector);
}

/**
 * One Chromium for the test file and a fresh context for each test (added files are kept in
 * IndexedDB, which a context shares), registered as the file's hooks. Call inside `describe`.
 * `another()` gives the test a second fresh context (another machine); every context a test got
 * is closed after it.
 */
export function contextPerTest(
  chromiumPath: string,
  viewport: { readonly width: number; readonly height: number },
): { context: () => BrowserContext; another: () => Promise<BrowserContext> } {
  let browser: FileBrowser | undefined;
  let context: BrowserContext | undefined;
  const others: BrowserContext[] = [];
  const open = async (): Promise<BrowserContext> => {
    if (!browser) throw new Error('Chromium did not start');
    return browser.newContext({ viewport });
  };
  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });
  beforeEach(async () => {
    context = await open();
  });
  afterEach(async () => {
    await Promise.all([context, ...others.splice(0)].map((c) => c?.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    context: () => {
      if (!context) throw new Error('No browser context: call inside a test');
      return context;
    },
    another: async () => {
      const other = await open();
      others.push(other);
      return other;
    },
  };
}
