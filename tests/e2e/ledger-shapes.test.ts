import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { addFiles, expectClean, showSelection, summaryFor, VIEWPORTS, WAIT, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const OWN = resolve(import.meta.dirname, '../fixtures/reskontra');

/** A key figure's value as the card shows it, spaces made plain. */
async function figure(page: Page, id: string): Promise<string> {
  return (
    (await page.textContent(`[data-testid="figure-${id}"] [data-testid="figure-value"]`)) ?? ''
  ).replace(/\s/g, ' ');
}

/** The rows of a chart's table (opened with its button), cells' spaces made plain. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  await page.click(`[data-testid="${testId}"] button:has-text("Visa tabell")`);
  await page.waitForSelector(`[data-testid="${testId}"] tbody tr`);
  return page.$$eval(`[data-testid="${testId}"] tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s/g, ' '))),
  );
}

describe.skipIf(!chromiumPath)('Finansiering with a ledger as a region exports it (Chromium)', () => {
  let browser: FileBrowser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * "Ärendelista Dalarna.csv": one row per payment (9 rows, 6 cases), support types PROJ/FTG/KS and
   * words, no status column, no county column; "Ramar Dalarna.csv" the frames. By hand, for 2023:
   * applied 600 000 + 2 000 000 + 300 000 = 2 900 000; granted 500 000 + 1 500 000 + 300 000 =
   * 2 300 000; co-financing 500 000 + 2 500 000 + 600 000 = 3 600 000; frame 2 500 000.
   * Ansökningstryck 2,9 ÷ 2,5 = 1,16; uppväxling (2,3 + 3,6) ÷ 2,3 = 2,565… → 2,57;
   * beslutandegrad 2,3 ÷ 2,5 × 100 = 92.
   */
  it('a one-county payment-per-row ledger: the hand calculation, ranked alone and said so', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'sv-SE' });
    const { page, problems } = await openPage(context);
    await showSelection(page, baseUrl, '?vy=finansiering&region=20&tid=2023', 9);
    await addFiles(page, [resolve(OWN, 'Ärendelista Dalarna.csv'), resolve(OWN, 'Ramar Dalarna.csv')]);
    await page.waitForSelector('[data-testid="finance-real-only"]', { timeout: WAIT });
    await waitForApp(page, 9, 'finansiering');

    // The file's reading, said in the import summary: the county from the name, payments, no status.
    const summary = await summaryFor(page, 'Ärendelista Dalarna.csv');
    expect(summary.counts).toEqual([9, 9, 0, 0]);
    const said = summary.messages.join(' ');
    expect(said).toContain('alla ärenden lästes som Dalarnas län, ur filnamnet');
    expect(said).toContain('Filen lästes som en rad per utbetalning: 6 ärenden ur 9 rader.');
    expect(said).toContain('Filen har ingen statuskolumn.');
    await page.click('[data-testid="import-summary-toggle"]');

    expect(await figure(page, 'ansokningstryck')).toBe('1,16');
    expect(await figure(page, 'uppvaxling')).toBe('2,57');
    expect(await figure(page, 'beslutandegrad')).toBe('92');
    // Available, applied and granted in mnkr for 2023.
    const pressure = await tableRows(page, 'pressure-figure');
    expect(pressure.find((r) => r[0] === '2023')?.slice(1, 4)).toEqual(['2,5', '2,9', '2,3']);
    // Granted and paid by decision year: 650 000 of 2 300 000 paid on the 2023 cohort.
    const cohort = await tableRows(page, 'cohort-figure');
    expect(cohort.find((r) => r[0] === '2023')?.slice(1, 3)).toEqual(['2,3', '0,7']);

    // Only Dalarna: no invented county to choose, nor ranked beside it, and the page says so.
    const sentence =
      'Endast län med egna ärendelistor: Dalarnas län. Exempeldatan visas inte bredvid verkliga belopp.';
    expect(await page.textContent('[data-testid="finance-real-only"]')).toBe(sentence);
    expect(await page.textContent('[data-testid="ranking-real-only"]')).toBe(sentence);
    const ranking = await tableRows(page, 'leverage-ranking-figure');
    expect(ranking.map((r) => r.slice(1))).toEqual([['Dalarnas län', '2,57']]);
    expect(
      await page.$$eval('[data-testid="region-select"] option', (os) =>
        os.map((o) => o.getAttribute('value')),
      ),
    ).toEqual(['20']);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expectClean(problems);
    await context.close();
  });
});
