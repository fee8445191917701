import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HAVE_SHARED_FIXTURES, fixturePath } from '../support/shared-fixtures';
import { canvasHasDrawing, launchChromium, openPage, seriousAxeViolations, type PageProblems } from './browser';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

async function waitForCharts(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="trend-chart"] canvas', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid$="-chart"] canvas').length >= 2);
  await page.waitForTimeout(300);
}

function expectClean(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.dialogs).toEqual([]);
}

describe.skipIf(!chromiumPath)('first screen in real Chromium (built app)', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens with the example data, draws both charts and says the data is invented', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?region=20&indikator=nyforetagande`);
    await waitForCharts(page);
    expect(await canvasHasDrawing(page, '[data-testid="trend-chart"]')).toBe(true);
    expect(await canvasHasDrawing(page, '[data-testid="ranking-chart"]')).toBe(true);
    expect(await page.textContent('[data-testid="example-banner"]')).toContain('Exempeldata — påhittade värden');
    expect(await page.textContent('h2.indicator-name')).toBe('Nyföretagande');
    expect(await page.textContent('[data-testid="latest-value"]')).toMatch(/\d+,\d/);
    expect(await page.textContent('[data-testid="status"]')).toMatch(/I fas mot målet|Risk att inte nå målet|Inte i fas med målet/);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'first-screen-1366.png'), fullPage: true });
    expectClean(problems);
    await page.close();
  });

  it('keeps the selection in the URL: a new county, the back button and a reload', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?region=20&indikator=nyforetagande`);
    await waitForCharts(page);
    await page.selectOption('[data-testid="region-select"]', '01');
    await page.waitForFunction(() => window.location.search.includes('region=01'));
    expect(await page.textContent('[data-testid="trend-figure"] h2')).toContain('Stockholms län');
    await page.goBack();
    await page.waitForFunction(() => window.location.search.includes('region=20'));
    expect(await page.textContent('[data-testid="trend-figure"] h2')).toContain('Dalarnas län');
    await page.selectOption('[data-testid="indicator-select"]', 'sysselsattningsgrad');
    await page.selectOption('[data-testid="gender-select"]', 'K');
    const url = page.url();
    await page.reload();
    await waitForCharts(page);
    expect(page.url()).toBe(url);
    expect(await page.inputValue('[data-testid="indicator-select"]')).toBe('sysselsattningsgrad');
    expect(await page.inputValue('[data-testid="gender-select"]')).toBe('K');
    expectClean(problems);
    await page.close();
  });

  it('switches to English and back', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?region=20`);
    await waitForCharts(page);
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => window.location.search.includes('lang=en'));
    expect(await page.textContent('h1')).toBe('Regional results');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('[data-testid="example-banner"]')).toContain('invented values');
    await page.click('[data-testid="lang-toggle"]');
    expect(await page.textContent('h1')).toBe('Regionala resultat');
    expectClean(problems);
    await page.close();
  });

  it('shows the import summary one click away, and the accounting adds up', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(baseUrl);
    await waitForCharts(page);
    await page.click('[data-testid="import-summary-toggle"]');
    const panel = page.locator('[data-testid="import-summary-panel"]');
    await panel.waitFor({ state: 'visible' });
    const rows = await panel.locator('table').first().locator('tbody tr').allTextContents();
    expect(rows.join(' ')).toContain('observations.csv');
    const numbers = await page.$$eval('[data-testid="import-summary-panel"] table:first-of-type tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td.num')].map((td) => Number((td.textContent ?? '').replace(/\s/g, '')))),
    );
    for (const [records = 0, accepted = 0, rejected = 0, skipped = 0] of numbers) expect(accepted + rejected + skipped).toBe(records);
    expectClean(problems);
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.1 AA), with the tables open', async () => {
    const { page } = await openPage(context);
    await page.goto(`${baseUrl}?region=20&indikator=nyforetagande`);
    await waitForCharts(page);
    const showTable = page.getByRole('button', { name: 'Visa tabell' });
    while ((await showTable.count()) > 0) await showTable.first().click();
    expect(await page.locator('.table-wrap table').count()).toBe(2);
    await page.click('[data-testid="import-summary-toggle"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is operable by keyboard: Tab reaches the county choice and the arrow keys change it', async () => {
    const { page } = await openPage(context);
    await page.goto(`${baseUrl}?region=20`);
    await waitForCharts(page);
    await page.focus('[data-testid="region-select"]');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => !window.location.search.includes('region=20'));
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('21');
    await page.close();
  });

  it.skipIf(!HAVE_SHARED_FIXTURES)('reports a file with bad rows by line, and shows script payloads as text without running them', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(baseUrl);
    await waitForCharts(page);
    await page.setInputFiles('[data-testid="file-input"]', [fixturePath('num/bad_numbers_lines_3_5.csv'), fixturePath('sec/xss_indicator_names.csv')]);
    await page.waitForFunction(() => (document.querySelector('[data-testid="import-summary-toggle"]')?.textContent ?? '').includes('2 avvisade'));
    await page.click('[data-testid="import-summary-toggle"]');
    const panelText = (await page.textContent('[data-testid="import-summary-panel"]')) ?? '';
    expect(panelText).toContain('bad_numbers_lines_3_5.csv');
    expect(panelText).toContain('Värdet ”tolv” är inte ett tal');
    const issueRows = await page.$$eval('[data-testid="import-summary-panel"] .issues-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const badLines = issueRows.filter((cells) => (cells[3] ?? '').includes('är inte ett tal')).map((cells) => cells[1]);
    expect(badLines).toEqual(['3', '5']);
    const options = await page.$$eval('[data-testid="indicator-select"] option', (os) => os.map((o) => o.textContent ?? ''));
    expect(options.some((o) => o.startsWith('<img src=x onerror=alert(1)>'))).toBe(true);
    await page.selectOption('[data-testid="indicator-select"]', '<img src=x onerror=alert(1)>');
    await waitForCharts(page);
    expect(await page.textContent('h2.indicator-name')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.$('img[src="x"]')).toBeNull();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'xss-and-bad-rows.png'), fullPage: true });
    expectClean(problems);
    await page.close();
  });

  it('reads well on a 1920×1080 projector', async () => {
    const wide = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'sv-SE' });
    const { page, problems } = await openPage(wide);
    await page.goto(`${baseUrl}?region=25&indikator=beviljade_medel`);
    await waitForCharts(page);
    expect(await canvasHasDrawing(page, '[data-testid="ranking-chart"]')).toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'first-screen-1920.png'), fullPage: true });
    expectClean(problems);
    await wide.close();
  });
});
