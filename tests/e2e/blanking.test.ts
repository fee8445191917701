import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, type PageProblems } from './browser';
import {
  addFiles,
  expectClean,
  goInApp,
  importCount,
  importDone,
  openSources,
  openView,
  reloadSaved,
  summaryFor,
  VIEWPORTS,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile');
const hostile = (name: string): string => resolve(HOSTILE, name);

/**
 * The app has not blanked: the header and the nav are there, every view opens and draws the example
 * data, and no view or panel shows a failure.
 */
async function everyViewWorks(page: Page): Promise<void> {
  expect(await page.textContent('header h1')).toBe('Regionala resultat');
  for (const [view, charts] of [
    ['lan', 1],
    ['indikator', 3],
    ['jamfor', 0],
    ['fragor', 0],
    ['finansiering', 3],
  ] as const) {
    await openView(page, view, charts);
    expect(await page.$('[data-testid="panel-failure"]')).toBeNull();
  }
  await openView(page, 'lan', 1);
  // The example data's cards are drawn.
  expect(await page.locator('[data-testid="card-nyforetagande"]').count()).toBe(1);
}

/** What a file's import summary says: its counts, and its issues' messages. */
async function summaryOf(page: Page, file: string): Promise<{ counts: number[]; messages: string[] }> {
  const { counts, messages } = await summaryFor(page, file);
  await page.click('[data-testid="import-summary-toggle"]');
  return { counts, messages };
}

describe.skipIf(!chromiumPath)('one value no longer blanks the app, also after a reload (Chromium)', () => {
  let browser: FileBrowser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  // A fresh context per test: added files are kept in IndexedDB, which a context shares.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.laptop });
    ({ page, problems } = await openPage(context));
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // Both files of a kind are added together: each keeps its own summary row, and one walk through
  // the views shows both of them.
  it('JSON-stat decimals of 101 and -1: a warning each, the values shown with one decimal, also after a reload', async () => {
    const files = [
      ['jsonstat-decimaler-101.json', 'ANDEL', '101'],
      ['jsonstat-decimaler-minus-1.json', 'NEG', '-1'],
    ] as const;
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 1, 'lan');
    await addFiles(
      page,
      files.map(([file]) => hostile(file)),
    );
    for (const [file, id, decimals] of files) {
      const summary = await summaryOf(page, file);
      expect({ file, counts: summary.counts }).toEqual({ file, counts: [6, 6, 0, 0] });
      expect(summary.messages).toContain(
        `Antalet decimaler ”${decimals}” för ”${id}” är inte ett heltal 0–10 och används inte; värdena visas med en decimal.`,
      );
      // The indicator's own card, with the value at one decimal (Dalarna 2023: 64).
      expect(await page.textContent(`[data-testid="card-${id}"] .card-value`)).toContain('64,0');
    }
    await everyViewWorks(page);

    // The files are kept and read again on the next visit: they must not blank the app then either.
    // The visit loads the page; the second indicator is reached inside it.
    for (const [k, [, id]] of files.entries()) {
      const query = `?vy=indikator&indikator=${id}&region=20`;
      if (k === 0) {
        await page.goto(`${baseUrl}${query}`);
        await waitForApp(page, 3, 'indikator');
      } else await goInApp(page, query, 3);
      expect(await page.textContent('[data-testid="latest-value"]')).toContain('64,0');
      expect(await page.$('[data-testid="panel-failure"]')).toBeNull();
    }
    await openView(page, 'lan', 1);
    expect(await page.textContent('[data-testid="card-NEG"] .card-value')).toContain('64,0');
    expectClean(problems);
  });

  it('an indicator id with a lone surrogate, in an observations file and in JSON-stat: those records rejected with an error, also after a reload', async () => {
    const files = [
      ['indikator-ensamt-surrogat.json', [3, 2, 1, 0]],
      ['jsonstat-id-ensamt-surrogat.json', [6, 0, 6, 0]],
    ] as const;
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 1, 'lan');
    await addFiles(
      page,
      files.map(([file]) => hostile(file)),
    );
    for (const [file, counts] of files) {
      const summary = await summaryOf(page, file);
      expect({ file, counts: summary.counts }).toEqual({ file, counts });
      expect(summary.messages).toContain(
        'Texten ”a�” i indikatorns id är inte giltig Unicode (ett ensamt surrogattecken, som \\ud800 i JSON; visas här som �). Posten avvisades.',
      );
    }
    // The views are walked once, after the reload: the kept files are read again and drawn as on
    // the first visit, the case that blanked every later visit.
    await reloadSaved(page);
    await waitForApp(page, 1, 'lan');
    await everyViewWorks(page);
    // The observations file's other indicator is read and shown.
    await goInApp(page, '?vy=indikator&indikator=hel_indikator&region=20', 3);
    expect(await page.textContent('[data-testid="latest-value"]')).toContain('2,5');
    expectClean(problems);
  });

  it.each(['arbetsyta-v2-olasbar-tid.json', 'arbetsyta-v1-olasbar-tid.json'])(
    'a workspace file whose source has an unreadable addedAt (%s): Källor opens, and the file can be removed',
    async (file) => {
      await page.goto(`${baseUrl}?vy=jamfor`);
      await waitForApp(page, 0, 'jamfor');
      await openSources(page);
      await page.setInputFiles('[data-testid="workspace-input"]', hostile(file));
      await page.waitForSelector('[data-testid="workspace-preview"]');
      // The preview (the workspace-file helper's) lists the file; its time is mended as the file is read.
      expect(await page.textContent('[data-testid="workspace-preview-holds"]')).toContain('trasig-tid.csv');
      const before = await importCount(page);
      await page.click('[data-testid="workspace-merge"]:not([disabled])');
      await importDone(page, before);
      const source = page.locator('[data-testid="source"]', { hasText: 'trasig-tid.csv' });
      expect(await source.count()).toBe(1);
      expect(await source.locator('.source-meta').textContent()).toMatch(
        /tillagd \d{1,2} \w+\.? \d{4} \d\d:\d\d/,
      );
      expect((await summaryOf(page, 'trasig-tid.csv')).counts).toEqual([2, 2, 0, 0]);

      // After a reload (the file is kept) Källor still opens, and the file is removed there.
      await reloadSaved(page);
      await waitForApp(page, 0, 'jamfor');
      await openSources(page);
      const after = await importCount(page);
      await page
        .locator('[data-testid="source"]', { hasText: 'trasig-tid.csv' })
        .locator('[data-testid="source-remove"]')
        .click();
      await importDone(page, after);
      expect(await page.locator('[data-testid="source"]').count()).toBe(0);
      // The app stands: its header, and the view without a failed panel.
      expect(await page.textContent('header h1')).toBe('Regionala resultat');
      expect(await page.$('[data-testid="panel-failure"]')).toBeNull();
      expectClean(problems);
    },
  );
});
