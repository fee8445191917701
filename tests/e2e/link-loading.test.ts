import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type FileBrowser,
  launchChromium,
  openPage,
  type PageProblems,
  seriousAxeViolations,
} from './browser';
import {
  addFiles,
  importCount,
  importDone,
  linksSettled,
  openSources,
  openView,
  reloadSaved,
  summaryFor,
  VIEWPORTS,
  WAIT,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const OWN_FIXTURES = resolve(import.meta.dirname, '../fixtures');

const CSV = 'region;indikator;period;värde\n20;lankad;2024;3,5\n01;lankad;2024;4,5\n';
const CORS = { 'access-control-allow-origin': '*' };

/** Only what a link that fails or is aborted logs in Chromium; anything else is a fault. */
function expectOnlyLinkNoise(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.dialogs).toEqual([]);
  expect(problems.consoleErrors.filter((e) => !/Failed to load resource|net::ERR_/.test(e))).toEqual([]);
}

/** The page's line for one link (its `data-link-phase` says where it stands). */
const linkLine = (url: string): string => `[data-testid="link-status"][data-url="${url}"]`;

describe.skipIf(!chromiumPath)('links load beside the rest, after the user agrees (Chromium)', () => {
  let browser: FileBrowser;
  let server: Server;
  let origin = '';
  /** Every request the link server got, by path, in order. */
  const requests: string[] = [];
  /** Answers held back until the test lets them go. */
  const held = new Map<string, ServerResponse>();
  const trickles = new Set<ReturnType<typeof setInterval>>();

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const path = req.url ?? '';
      requests.push(path);
      if (path.startsWith('/never')) return; // never answers
      if (path.startsWith('/trickle')) {
        res.writeHead(200, { 'content-type': 'text/csv', ...CORS });
        // One byte every two seconds, for as long as the page listens.
        const timer = setInterval(() => res.write('r'), 2000);
        trickles.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          trickles.delete(timer);
        });
        return;
      }
      if (path.startsWith('/late')) {
        held.set(path, res);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/csv', ...CORS });
      res.end(CSV);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const timer of trickles) clearInterval(timer);
    server?.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await browser?.close();
  });

  async function freshPage(): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    const { page, problems } = await openPage(context);
    return { page, context, problems };
  }

  const linkParams = (...paths: string[]): string =>
    paths.map((p) => `data=${encodeURIComponent(`${origin}${p}`)}`).join('&');

  // The app's stated window is 30 s (LINK_WINDOW_MS: tests/data/link-timeout.test.ts proves that the
  // watchdog fires after exactly that, and the next test that a loading link states it). Here the page
  // gets the test seam window.__rrTestLinkWindowMs (src/app/link-limits.ts), so the two links fail
  // after 8 s, and say 8 s: what a link states is the time it waits.
  it('a link that never answers and one that trickles hold nothing up, and each fails after its stated time with its reason', async () => {
    const { page, context, problems } = await freshPage();
    await page.addInitScript(() => {
      (window as unknown as { __rrTestLinkWindowMs: number }).__rrTestLinkWindowMs = 8000;
    });
    const never = `${origin}/never.csv`;
    const trickle = `${origin}/trickle.csv`;
    await page.goto(`${baseUrl}?vy=lan&${linkParams('/never.csv', '/trickle.csv')}`);
    // The example data is there at once, with the two links waiting for the user's word.
    await waitForApp(page, 0, 'lan');
    expect(await page.getAttribute(linkLine(never), 'data-link-phase')).toBe('ask');
    expect(requests.filter((r) => r.startsWith('/never') || r.startsWith('/trickle'))).toEqual([]);

    await page.click(`${linkLine(never)} [data-testid="link-allow"]`);
    await page.click(`${linkLine(trickle)} [data-testid="link-allow"]`);
    // Each link states its own limit while it loads (read as both are seen loading).
    const loading = await page.waitForFunction(
      (lines) =>
        lines.every((l) => document.querySelector(l)?.getAttribute('data-link-phase') === 'loading') &&
        lines.map((l) => document.querySelector(l)?.textContent ?? ''),
      [linkLine(never), linkLine(trickle)],
    );
    for (const text of (await loading.jsonValue()) as string[])
      expect(text).toContain('Ger upp om mindre än 64 kB kommer på 8 sekunder');
    await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');

    // Every view works while the links load (or after they gave up: neither holds the views).
    for (const view of ['indikator', 'jamfor', 'fragor', 'finansiering', 'lan'])
      await openView(page, view, view === 'jamfor' || view === 'fragor' ? 0 : 1);

    // After the stated time, each says why, with a button to try again.
    await page.waitForSelector(`${linkLine(never)}[data-link-phase="failed"]`, { timeout: WAIT });
    await page.waitForSelector(`${linkLine(trickle)}[data-link-phase="failed"]`, { timeout: WAIT });
    expect(await page.textContent(linkLine(never))).toContain('gav inga data på 8 sekunder');
    expect(await page.textContent(linkLine(trickle))).toContain('gav mindre än 64 kB på 8 sekunder');
    const host = new URL(origin).host;
    expect((await summaryFor(page, `never.csv (${host})`)).messages.join(' ')).toContain('8 sekunder');
    await page.click('[data-testid="import-summary-toggle"]');
    await waitForApp(page, 1, 'lan');

    // "Försök igen" fetches the link again (now with a window long enough to be seen loading).
    await page.evaluate(() => {
      (window as unknown as { __rrTestLinkWindowMs: number }).__rrTestLinkWindowMs = 600_000;
    });
    const asked = requests.filter((r) => r.startsWith('/never')).length;
    await page.click(`${linkLine(never)} [data-testid="link-retry"]`);
    await page.waitForSelector(`${linkLine(never)}[data-link-phase="loading"]`);
    await expect
      .poll(() => requests.filter((r) => r.startsWith('/never')).length, { timeout: WAIT })
      .toBe(asked + 1);
    expectOnlyLinkNoise(problems);
    await context.close();
  });

  it('a shared link asks first: nothing is fetched before "Hämta"; "Avstå" drops it; a late answer joins the data', async () => {
    const { page, context, problems } = await freshPage();
    const late = `${origin}/late-1.csv`;
    const declined = `${origin}/declined.csv`;
    await page.goto(`${baseUrl}?vy=lan&${linkParams('/late-1.csv', '/declined.csv')}`);
    await waitForApp(page, 0, 'lan');
    // The question names the host, and says that it is the visitor's own machine.
    const question = (await page.textContent(linkLine(late))) ?? '';
    expect(question).toContain(`Länken hämtar data från värd ${new URL(origin).host} — hämta?`);
    expect(question).toContain('Obs: värden är din egen dator.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(requests.filter((r) => r.startsWith('/late-1') || r.startsWith('/declined'))).toEqual([]);

    await page.click(`${linkLine(declined)} [data-testid="link-decline"]`);
    await page.waitForFunction(() => !window.location.search.includes('declined'));
    expect(await page.$(linkLine(declined))).toBeNull();

    await page.click(`${linkLine(late)} [data-testid="link-allow"]`);
    await expect.poll(() => held.has('/late-1.csv'), { timeout: WAIT }).toBe(true);
    // The answer is held back: the app works, the link shows that it loads.
    await waitForApp(page, 0, 'lan');
    expect(await page.getAttribute(linkLine(late), 'data-link-phase')).toBe('loading');
    // Without the test seam a link states the app's real window (LINK_WINDOW_MS), 30 s.
    expect(await page.textContent(linkLine(late))).toContain(
      'Ger upp om mindre än 64 kB kommer på 30 sekunder',
    );
    const before = await importCount(page);
    const res = held.get('/late-1.csv');
    res?.writeHead(200, { 'content-type': 'text/csv', ...CORS });
    res?.end(CSV);
    await importDone(page, before);
    await linksSettled(page);
    const host = new URL(origin).host;
    expect((await summaryFor(page, `late-1.csv (${host})`)).counts).toEqual([2, 2, 0, 0]);
    expect(requests.filter((r) => r.startsWith('/declined'))).toEqual([]);

    // The consent is kept for this tab's session: a reload fetches without asking again.
    const fetched = requests.filter((r) => r.startsWith('/late-1')).length;
    await reloadSaved(page);
    await expect
      .poll(() => requests.filter((r) => r.startsWith('/late-1')).length, { timeout: WAIT })
      .toBe(fetched + 1);
    expect(await page.$(`${linkLine(late)}[data-link-phase="ask"]`)).toBeNull();
    held.get('/late-1.csv')?.writeHead(200, { 'content-type': 'text/csv', ...CORS });
    held.get('/late-1.csv')?.end(CSV);
    await linksSettled(page);
    expectOnlyLinkNoise(problems);
    await context.close();
  });

  it('a link the user types in Källor is theirs: fetched at once, without the question', async () => {
    const { page, context, problems } = await freshPage();
    await page.goto(`${baseUrl}?vy=lan`);
    await waitForApp(page, 0, 'lan');
    await openSources(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const before = await importCount(page);
    await page.fill('[data-testid="link-input"]', `${origin}/typed.csv`);
    await page.click('[data-testid="link-add"]');
    await importDone(page, before);
    await linksSettled(page);
    expect(requests).toContain('/typed.csv');
    expect(await page.$('[data-testid="link-allow"]')).toBeNull();
    expect(new URL(page.url()).searchParams.getAll('data')).toEqual([`${origin}/typed.csv`]);
    expect((await summaryFor(page, `typed.csv (${new URL(origin).host})`)).counts).toEqual([2, 2, 0, 0]);
    expectOnlyLinkNoise(problems);
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('stored files and the store do not hold the app (Chromium)', () => {
  let browser: FileBrowser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a stored file whose last import never ended is skipped on the next visit, named, and can be read again or removed', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=lan`);
    await waitForApp(page, 0, 'lan');
    await addFiles(page, [resolve(OWN_FIXTURES, 'workspace/projekt_2020.csv')]);
    expect((await summaryFor(page, 'projekt_2020.csv')).counts).toEqual([2, 2, 0, 0]);
    // The tab ends in the middle of reading the file: what the page wrote before the import is left.
    const crash = async (): Promise<void> => {
      await page.evaluate(() => {
        localStorage.setItem('rr:importing', localStorage.getItem('rr:import-good') ?? '[]');
        localStorage.removeItem('rr:import-good');
      });
      await reloadSaved(page);
      await waitForApp(page, 0, 'lan');
    };
    await crash();
    expect(await page.textContent('[data-testid="skipped-file"]')).toContain(
      'projekt_2020.csv lästes inte in: förra gången filen lästes blev inläsningen aldrig klar',
    );
    expect((await summaryFor(page, 'projekt_2020.csv')).counts).toEqual([]);
    await page.click('[data-testid="import-summary-toggle"]');

    // "Försök läsa igen": read, and the message is gone.
    const before = await importCount(page);
    await page.click('[data-testid="skipped-retry"]');
    await importDone(page, before);
    expect(await page.$('[data-testid="skipped-files"]')).toBeNull();
    expect((await summaryFor(page, 'projekt_2020.csv')).counts).toEqual([2, 2, 0, 0]);
    await page.click('[data-testid="import-summary-toggle"]');

    // Again, and "Ta bort": the file is gone from the workspace, and stays gone after a reload.
    await crash();
    // The page says when a change of the workspace is on its way to the store (reloadSaved waits on it).
    expect(await page.getAttribute('main', 'data-saving')).toBe('false');
    await page.click('[data-testid="skipped-remove"]');
    await page.waitForSelector('[data-testid="skipped-files"]', { state: 'detached' });
    await reloadSaved(page);
    await waitForApp(page, 0, 'lan');
    await openSources(page);
    expect(await page.$('[data-testid="source"]')).toBeNull();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  // The app's read deadline is 10 s (STORE_READ_TIMEOUT_MS: tests/data/store-read-seam.test.ts and
  // store-and-import-deadlines.test.ts hold it); here the page gets the test seam
  // window.__rrTestStoreReadMs (src/app/workspace-store.ts), so it gives up after 2 s, and says 2 s.
  it('a store that never answers: after its stated time a banner says so, and the app runs with the example data', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    const { page, problems } = await openPage(context);
    await page.addInitScript(() => {
      // An IndexedDB whose open request never fires an event.
      Object.defineProperty(IDBFactory.prototype, 'open', { value: () => ({}) });
      (window as unknown as { __rrTestStoreReadMs: number }).__rrTestStoreReadMs = 2000;
    });
    await page.goto(`${baseUrl}?vy=indikator`);
    await waitForApp(page, 2, 'indikator');
    expect(await page.textContent('[data-testid="storage-problem"]')).toContain(
      'Sparade filer kunde inte läsas: webbläsarens lagring svarade inte på 2 sekunder',
    );
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
