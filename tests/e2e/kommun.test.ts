import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { canvasHasDrawing, launchChromium, openPage, seriousAxeViolations } from './browser';
import { addFiles, expectClean, shoot, VIEWPORTS, WAIT, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const FILE = resolve(import.meta.dirname, '../fixtures/kommun/dalarna-nyforetagande.csv');

/** The file's 2025 values by kommun name, read from the file itself: the hand count the page must show. */
function fileValues(): Map<string, string> {
  const names: Record<string, string> = {
    '2021': 'Vansbro',
    '2023': 'Malung-Sälen',
    '2026': 'Gagnef',
    '2029': 'Leksand',
    '2031': 'Rättvik',
    '2034': 'Orsa',
    '2039': 'Älvdalen',
    '2061': 'Smedjebacken',
    '2062': 'Mora',
    '2082': 'Säter',
    '2083': 'Hedemora',
    '2084': 'Avesta',
    '2085': 'Ludvika',
  };
  const values = new Map<string, string>();
  for (const line of readFileSync(FILE, 'utf8').trim().split('\n').slice(1)) {
    const [region = '', , period, value = ''] = line.split(';');
    if (period === '2025') values.set(names[region] ?? region, value);
  }
  return values;
}

/** The rows of the region table: name → value as shown. */
async function tableValues(page: Page): Promise<Map<string, string>> {
  const rows = await page.$$eval('[data-testid="counties-data-table"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
  return new Map(rows.map((cells) => [cells[1] ?? '', (cells[2] ?? '').replace(/\s/g, '')]));
}

describe.skipIf(!chromiumPath)('the kommun level in the Indikator view (Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.laptop });
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a county's kommuner: ranked, in the table and on the map, as the file has them; a kommun found by search", async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=nyforetagande&tid=2025`);
    await waitForApp(page, 3, 'indikator');
    await addFiles(page, [FILE]);

    await page.check('[data-testid="scope-kommun"]');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('niva') === 'kommun');
    await waitForApp(page, 3, 'indikator');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="counties-data-table"] tbody tr').length >= 15,
      undefined,
      { timeout: WAIT },
    );

    // Every kommun of the file, with the file's value (Vansbro's ".." as missing); no county among them.
    const expected = fileValues();
    const shown = await tableValues(page);
    expect(expected.size).toBe(15);
    for (const [name, value] of expected) expect(shown.get(name), name).toBe(value);
    expect(shown.has('Stockholms län')).toBe(false);
    expect(await page.textContent('#counties-table-heading')).toContain('Alla kommuner i Dalarnas län');
    expect(await page.textContent('[data-testid="ranking-figure"] h2')).toContain(
      'kommunerna i Dalarnas län',
    );
    expect(await page.textContent('[data-testid="map-figure"] h2')).toContain('kommunerna i Dalarnas län');
    expect(await canvasHasDrawing(page, '[data-testid="map-chart"]')).toBe(true);
    expect(await page.textContent('[data-testid="map-figure"]')).toContain('Digitala gränser');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'indikator-kommuner-1366');

    // Printed, the table has no scroll bar: all its rows are on paper, none hidden in a scroll box.
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.$eval('#counties-table-heading ~ .table-wrap', (wrap) => ({
      scroll: wrap.scrollHeight,
      shown: wrap.clientHeight,
    }));
    expect(clipped.scroll).toBeLessThanOrEqual(clipped.shown + 1);
    await page.emulateMedia({ media: 'screen' });

    // "Falu" + Enter is not a name; "Falun" is: the kommun in focus, its county as the reference.
    await page.fill('[data-testid="region-search"]', 'Falu');
    await page.press('[data-testid="region-search"]', 'Enter');
    await page.fill('[data-testid="region-search"]', 'Falun');
    await page.press('[data-testid="region-search"]', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('region') === '2080');
    await waitForApp(page, 3, 'indikator');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('2080');
    expect(await page.textContent('[data-testid="trend-figure"] h2')).toContain('Falun');
    expect(await page.isChecked('[data-testid="scope-kommun"]')).toBe(true);

    // Back to the län: the county in focus, 21 län in the table.
    await page.check('[data-testid="scope-lan"]');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('region') === '20');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="counties-data-table"] tbody tr').length === 22,
      undefined,
      { timeout: WAIT },
    );
    expect((await tableValues(page)).has('Falun')).toBe(false);
    expectClean(problems);
    await page.close();
  });

  it('a kommun in a link opens its county in the views that compare the län', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=lan&region=2080`);
    await waitForApp(page, 1, 'lan');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('20');
    expectClean(problems);
    await page.close();
  });
});
