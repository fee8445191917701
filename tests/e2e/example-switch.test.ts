import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { VIEWS } from '../../src/state/url-state';
import { contextPerTest, openPage, seriousAxeViolations } from './browser';
import {
  addFiles,
  expectClean,
  goInApp,
  openSources,
  reloadSaved,
  VIEWPORTS,
  WAIT,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const data = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../data', name), 'utf8');
/** The user's own file: Dalarna's nyföretagande, 2019 and 2020 (9,1 and 9,4). */
const OWN_FILE = resolve(import.meta.dirname, '../fixtures/egen-serie-dalarna.csv');
const OWN_INDICATOR = 'nyforetagande';

interface CatalogueEntry {
  readonly id: string;
  readonly name: { readonly sv: string };
}
/** The example's indicators that the user's file does not have: none may show with the switch off. */
const INVENTED = (JSON.parse(data('indicators.json')) as { indicators: CatalogueEntry[] }).indicators.filter(
  (i) => i.id !== OWN_INDICATOR,
);
/** Every case number of the example's 1:1 ledger (`01-2014-0019`). */
const CASES = new Set(
  data('arendelista.csv')
    .split('\n')
    .slice(1)
    .map((line) => line.split(';')[0] ?? '')
    .filter((id) => id !== ''),
);

/** The page as text (title, text, every attribute's value): all a reader or a screen reader can meet. */
function pageText(page: Page): Promise<{ text: string; attributes: string }> {
  return page.evaluate(() => ({
    text: `${document.title}\n${document.body.textContent ?? ''}`,
    attributes: [...document.querySelectorAll('*')]
      .flatMap((el) => [...el.attributes].map((a) => a.value))
      .join('\n'),
  }));
}

/** What of the example data the page shows: its indicators by name or id, its cases, its banner. */
async function exampleOnPage(page: Page): Promise<string[]> {
  const { text, attributes } = await pageText(page);
  const idIn = (id: string): boolean => new RegExp(`(^|[^a-z0-9_])${id}([^a-z0-9_]|$)`).test(attributes);
  return [
    ...INVENTED.filter((i) => text.includes(i.name.sv)).map((i) => `name ${i.name.sv}`),
    ...INVENTED.filter((i) => idIn(i.id)).map((i) => `id ${i.id}`),
    ...[...new Set(text.match(/\d{2}-\d{4}-\d{4}/g) ?? [])]
      .filter((c) => CASES.has(c))
      .map((c) => `case ${c}`),
    ...['Exempelprojekt', 'Exempelbolaget', 'påhittade värden'].filter((w) => text.includes(w)),
    ...((await page.$('[data-testid="example-banner"]')) ? ['banner'] : []),
  ];
}

/**
 * Clicks "Visa exempeldata" and waits until the page shows the other choice: the switch and the
 * import it starts (if its result is not at hand already) change in one render, and `main` is busy
 * until the new data is shown.
 */
async function toggleExample(page: Page, on: boolean): Promise<void> {
  await page.click('[data-testid="example-toggle"]');
  await page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="example-toggle"]')?.getAttribute('aria-pressed') === want &&
      document.querySelector('main')?.getAttribute('aria-busy') === 'false',
    String(on),
    { timeout: WAIT },
  );
}

const pressed = (page: Page): Promise<string | null> =>
  page.getAttribute('[data-testid="example-toggle"]', 'aria-pressed');
const mainText = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('main')?.textContent ?? '');

/** The import worker's own User Timing marks (import.worker.ts), by name; none while it has not started. */
async function workerMarks(page: Page): Promise<string[]> {
  const [worker] = page.workers();
  if (!worker) return [];
  return worker.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
}

const pageMarks = (page: Page): Promise<string[]> =>
  page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));

describe.skipIf(!chromiumPath)('"Visa exempeldata" on and off (Chromium)', () => {
  const { context } = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  it('the example data comes made at build time (its dataset, or its seed for the worker), and the page shows the same as when the worker reads the files', async () => {
    const browser = context().browser();
    if (!browser) throw new Error('no browser');
    type Way = 'dataset' | 'seed' | 'files';
    const shown = async (way: Way): Promise<{ text: string; marks: string[]; worker: string[] }> => {
      // A fresh context each: nothing cached or kept from the other loads.
      const { page, problems } = await openPage(await browser.newContext({ viewport: VIEWPORTS.laptop }));
      if (way !== 'dataset') await page.route('**/example-dataset-*.json', (route) => route.abort());
      if (way === 'files') await page.route('**/example-seed-*.json', (route) => route.abort());
      await page.goto(`${baseUrl}?vy=lan&region=20`);
      await waitForApp(page, 0, 'lan');
      expect(await page.$('link[data-example-dataset]')).not.toBeNull();
      expect(await page.$('meta[name="regionala-resultat:example-seed"]')).not.toBeNull();
      const text = `${await mainText(page)}\n${await page.textContent('[data-testid="import-summary-toggle"]')}`;
      const marks = await pageMarks(page);
      const worker = await workerMarks(page);
      if (way === 'dataset') expectClean(problems);
      await page.context().close();
      return { text, marks, worker };
    };
    const dataset = await shown('dataset');
    const seeded = await shown('seed');
    const parsed = await shown('files');
    // The build's dataset: no import in the worker.
    expect(dataset.marks).toContain('rr:example-dataset');
    expect(dataset.worker).not.toContain('rr:worker-import-built');
    // Without it, the worker imports, with the seed or reading the files.
    for (const other of [seeded, parsed]) {
      expect(other.marks).not.toContain('rr:example-dataset');
      expect(other.worker).toContain('rr:worker-import-built');
    }
    expect(seeded.worker).toContain('rr:worker-seeded');
    expect(parsed.worker).not.toContain('rr:worker-seeded');
    expect(dataset.text).toContain('Nyföretagande');
    expect(seeded.text).toBe(dataset.text);
    expect(parsed.text).toBe(dataset.text);
  });

  it('a first visit shows the build’s dataset at once; a kept file is imported with it on the next visit, and without it the build’s dataset again', async () => {
    const hint = (page: Page): Promise<string | null> =>
      page.evaluate(() => localStorage.getItem('rr:workspace'));
    const summary = (page: Page): Promise<string | null> =>
      page.textContent('[data-testid="import-summary-toggle"]');
    const { page, problems } = await openPage(context());
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 0, 'lan');
    expect(await pageMarks(page)).toContain('rr:example-dataset');
    expect(await hint(page)).toBe('example');
    const exampleAlone = await summary(page);
    await goInApp(page, '?vy=finansiering&region=20', 0, 'finansiering');
    const cases = await page.textContent('[data-testid="case-count"]');
    // The worker starts when the page is idle, told that the page holds the example data's ledger.
    await expect
      .poll(() => workerMarks(page), { timeout: WAIT, interval: 100 })
      .toContain('rr:worker-ledger-primed');

    // Its first import (the file added) need not carry the ledger: the page's own is the one shown.
    await addFiles(page, [OWN_FILE]);
    expect(await page.textContent('[data-testid="case-count"]')).toBe(cases);
    await goInApp(page, '?vy=lan&region=20', 0, 'lan');
    expect(await hint(page)).toBe('own');
    await reloadSaved(page);
    await waitForApp(page, 0, 'lan');
    expect(await pageMarks(page)).not.toContain('rr:example-dataset');
    await openSources(page);
    expect(await page.textContent('[data-testid="sources-panel"]')).toContain('egen-serie-dalarna.csv');
    const withFile = await summary(page);
    expect(withFile).not.toBe(exampleAlone);

    // A hint that says less than the store holds (written by hand here): the example data may show
    // first, the kept file is imported as soon as the workspace is read, and the hint is mended.
    await page.evaluate(() => localStorage.setItem('rr:workspace', 'example'));
    await reloadSaved(page);
    await waitForApp(page, 0, 'lan');
    expect(await pageMarks(page)).toContain('rr:example-dataset');
    expect(await hint(page)).toBe('own');
    await openSources(page);
    expect(await page.textContent('[data-testid="sources-panel"]')).toContain('egen-serie-dalarna.csv');
    expect(await summary(page)).toBe(withFile);

    // Removed: the example data alone again (its dataset may still be at hand, without an import).
    await page.click('[data-testid="source-remove"] >> nth=0');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="import-summary-toggle"]')?.textContent === text,
      exampleAlone,
      { timeout: WAIT },
    );
    await waitForApp(page, 0, 'lan');
    expect(await hint(page)).toBe('example');
    await reloadSaved(page);
    await waitForApp(page, 0, 'lan');
    expect(await pageMarks(page)).toContain('rr:example-dataset');
    expectClean(problems);
  });

  it('off: no invented indicator, case or banner on any view, the user’s data stays; on: back; kept over a reload', async () => {
    const { page, problems } = await openPage(context());
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 0, 'lan');
    expect(await pressed(page)).toBe('true');
    expect(await page.textContent('[data-testid="example-banner"]')).toContain('påhittade värden');

    // Off, with nothing of the user's: the page says what to do, and shows nothing invented.
    await toggleExample(page, false);
    expect(page.url()).toContain('exempel=av');
    // Every view opens with no data at all, under the notice.
    for (const view of VIEWS) {
      await goInApp(page, `?vy=${view}&region=20`, 0, view);
      expect(await page.textContent('[data-testid="no-data-notice"]'), view).toContain('Lägg till filer …');
      expect(await exampleOnPage(page), view).toEqual([]);
    }

    await addFiles(page, [OWN_FILE]);
    expect(await page.$('[data-testid="no-data-notice"]')).toBeNull();
    expect(await page.textContent('[data-testid="other-sources"]')).toContain('exempeldatan visas inte');
    // Every view, as the app's own links move (the link no longer says: the saved choice holds).
    for (const view of VIEWS) {
      await goInApp(page, `?vy=${view}&region=20`, 0, view);
      expect(await pressed(page), view).toBe('false');
      expect(await exampleOnPage(page), view).toEqual([]);
      expect((await mainText(page)).trim(), view).not.toBe('');
    }
    // The user's own values are all there is, and they are shown.
    await goInApp(page, '?vy=lan&region=20', 0, 'lan');
    expect(await mainText(page)).toContain('Nyföretagande');
    expect(await mainText(page)).toContain('9,4');
    await goInApp(page, '?vy=indikator&region=20', 0, 'indikator');
    expect(await page.textContent('[data-testid="indicator-heading"]')).toBe('Nyföretagande');
    await goInApp(page, '?vy=fragor&region=20', 0, 'fragor');
    expect(await mainText(page)).toContain('Nyföretagande');

    // On again: the banner and the example's indicators come back.
    await toggleExample(page, true);
    expect(await page.textContent('[data-testid="example-banner"]')).toContain('påhittade värden');
    expect(await mainText(page)).toContain('Arbetslöshet 20–64 år');
    // What the walk looks for is there to be found when the example data is shown.
    expect((await exampleOnPage(page)).length).toBeGreaterThan(10);

    // Off, and a fresh load of an address that does not say: the saved choice holds.
    await toggleExample(page, false);
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 0, 'lan');
    expect(await pressed(page)).toBe('false');
    expect(await exampleOnPage(page)).toEqual([]);
    expect(await mainText(page)).toContain('Nyföretagande');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expectClean(problems);
  });
});
