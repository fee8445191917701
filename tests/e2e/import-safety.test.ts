import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { HAVE_SHARED_FIXTURES, fixturePath } from '../support/shared-fixtures';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import {
  addFiles,
  downloadText,
  expectClean,
  goInApp,
  hoverForTooltip,
  openView,
  shoot,
  VIEWPORTS,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const OWN_FIXTURES = resolve(import.meta.dirname, '../fixtures');

describe.skipIf(!chromiumPath)('import from the UI and safety (Chromium)', () => {
  let browser: FileBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  // A fresh context per test: added files are kept in IndexedDB, which a context shares.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.laptop, acceptDownloads: true });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a dropped file is merged with the example data; its bad rows are listed by line', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 5, 'lan');
    const text = readFileSync(resolve(OWN_FIXTURES, 'two_bad_rows.csv'), 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'two_bad_rows.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, text);
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="import-summary-toggle"]')?.textContent ?? '').includes(
        '2 avvisade',
      ),
    );
    await page.click('[data-testid="import-summary-toggle"]');
    const panel = (await page.textContent('[data-testid="import-summary-panel"]')) ?? '';
    expect(panel).toContain('two_bad_rows.csv');
    expect(panel).toContain('Värdet ”tolv” är inte ett tal');
    expect(panel).toContain('Okänd region ”Atlantis län”');
    const lines = await page.$$eval('[data-testid="import-summary-panel"] .issues-table tbody tr', (rows) =>
      rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''),
    );
    expect(lines).toEqual(['2', '3']);
    // The example data is still there.
    expect(panel).toContain('exempel-observationer.csv');
    expectClean(problems);
    await page.close();
  });

  it('a file that leaves the figures shown as they were leaves their charts as drawn; one that changes a figure redraws it', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=nyforetagande`);
    await waitForApp(page, 3, 'indikator');
    // Which charts were drawn anew: a chart waiting to draw a new option (data-drawn false), or made
    // anew (a placeholder in its place). A mark count would also count ECharts' own resizes.
    const watchRedraws = (): Promise<void> =>
      page.evaluate(() => {
        const seen = new Set<string>();
        (window as unknown as { __redrawn: Set<string> }).__redrawn = seen;
        const note = (el: Element): void => {
          if (el.matches('.chart') && el.getAttribute('data-drawn') !== 'true')
            seen.add(el.getAttribute('data-testid') ?? '?');
        };
        new MutationObserver((mutations) => {
          for (const m of mutations) {
            if (m.target instanceof Element) note(m.target);
            for (const added of m.addedNodes)
              if (added instanceof Element) [added, ...added.querySelectorAll('.chart')].forEach(note);
          }
        }).observe(document.querySelector('main') ?? document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-drawn'],
        });
      });
    const redrawn = (): Promise<string[]> =>
      page.evaluate(() => [...(window as unknown as { __redrawn: Set<string> }).__redrawn].sort());
    // Another indicator for Dalarna: nyföretagande's trend, ranking and map stay the same.
    await watchRedraws();
    await addFiles(page, [resolve(OWN_FIXTURES, 'annan-indikator-dalarna.csv')]);
    await waitForApp(page, 3, 'indikator');
    expect(await page.textContent('[data-testid="sources-toggle"]')).toContain('1 egen fil eller länk');
    expect(await redrawn()).toEqual([]);
    // Dalarna's own nyföretagande: its trend changes, and is drawn again.
    await watchRedraws();
    await addFiles(page, [resolve(OWN_FIXTURES, 'egen-serie-dalarna.csv')]);
    await waitForApp(page, 3, 'indikator');
    expect(await redrawn()).toContain('trend-chart');
    expect(await page.textContent('[data-testid="trend-figure"] figcaption')).toContain(
      'Källa: egen-serie-dalarna.csv',
    );
    expectClean(problems);
    await page.close();
  });

  it("a series of the user's own replaces the invented one whole: no example years, no example target", async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=nyforetagande`);
    await waitForApp(page, 2, 'indikator');
    const dalarna = async (): Promise<{ headers: string[]; cells: string[][] }> => {
      await page.click('[data-testid="trend-figure"] button:has-text("Visa tabell")');
      const headers = await page.$$eval('[data-testid="trend-figure"] table thead th', (ths) =>
        ths.map((t) => t.textContent ?? ''),
      );
      const column = headers.indexOf('Dalarnas län');
      const rows = await page.$$eval('[data-testid="trend-figure"] table tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
      );
      await page.click('[data-testid="trend-figure"] button:has-text("Dölj tabell")');
      return {
        headers,
        cells: rows
          .filter((r) => !['', '..'].includes(r[column] ?? ''))
          .map((r) => [r[0] ?? '', r[column] ?? '']),
      };
    };
    const before = await dalarna();
    expect(before.cells.length).toBeGreaterThan(10);
    expect(before.headers).toContain('Dalarnas län: Mål');
    await addFiles(page, [resolve(OWN_FIXTURES, 'egen-serie-dalarna.csv')]);
    await waitForApp(page, 2, 'indikator');
    expect((await dalarna()).cells).toEqual([
      ['2019', '9,1'],
      ['2020', '9,4'],
    ]);
    expect((await dalarna()).headers).not.toContain('Dalarnas län: Mål');
    // The sources say whose values are whose: Dalarna's from the file, Riket's still invented.
    expect(await page.textContent('[data-testid="indicator-card"]')).toContain(
      'Källa: egen-serie-dalarna.csv.',
    );
    expect(await page.textContent('[data-testid="trend-figure"] figcaption')).toContain(
      'Källa: egen-serie-dalarna.csv; Exempeldata (påhittad)',
    );
    await shoot(page, 'egen-serie-dalarna');
    await page.click('[data-testid="import-summary-toggle"]');
    expect(await page.textContent('[data-testid="import-summary-panel"]')).toContain(
      'av exempeldatan användes inte: dina egna filer ger samma serier',
    );
    expectClean(problems);
    await page.close();
  });

  it.skipIf(!HAVE_SHARED_FIXTURES)(
    'script payloads from data run nowhere — names, tables, matrix, tooltips — and the CSP holds',
    async () => {
      const { page, problems } = await openPage(context);
      await page.goto(`${baseUrl}?vy=lan&region=20`);
      await waitForApp(page, 5, 'lan');
      const accepted = async (): Promise<number> =>
        Number(
          /(\d+)godkända/.exec(
            ((await page.textContent('[data-testid="import-summary-toggle"]')) ?? '').replace(/\s/g, ''),
          )?.[1] ?? NaN,
        );
      const before = await accepted();
      await page.setInputFiles('[data-testid="file-input"]', [
        fixturePath('sec/xss_indicator_names.csv'),
        fixturePath('sec/formula_cells.csv'),
      ]);
      // The two files' 11 good rows are added to the example data's.
      await page.waitForFunction(
        (n) =>
          (document.querySelector('[data-testid="import-summary-toggle"]')?.textContent ?? '')
            .replace(/\s/g, '')
            .includes(`${n}godkända`),
        before + 11,
      );
      // Overview: the uncatalogued indicators appear as cards, their names as text.
      expect(await page.textContent('main')).toContain('<img src=x onerror=alert(1)> (saknas i katalogen)');
      for (const view of ['jamfor', 'fragor', 'indikator'] as const) await openView(page, view);
      await page.selectOption('[data-testid="indicator-select"]', '<svg onload=alert(4)>');
      await waitForApp(page, 2, 'indikator');
      expect(await page.textContent('#indicator-name')).toContain('<svg onload=alert(4)>');
      // Hover the trend so that its tooltip (HTML that ECharts writes from the formatter) is drawn.
      expect(await hoverForTooltip(page, 'trend-chart', 0.5, 0.5)).toContain('Dalarnas län');
      await page.click('[data-testid="import-summary-toggle"]');
      expect(await page.$('img[src="x"]')).toBeNull();
      expect(await page.$('main svg[onload]')).toBeNull();
      expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
      await shoot(page, 'xss-indicator-1366');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expectClean(problems);
      await page.close();
    },
  );

  it('exported CSV neutralises formula text from data but keeps numbers such as -3,2', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=jamfor`);
    await waitForApp(page, 0, 'jamfor');
    await page.setInputFiles('[data-testid="file-input"]', resolve(OWN_FIXTURES, 'formula_indicator.csv'));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="matrix"]')?.textContent?.includes('=SUM(1)'),
    );
    const [matrixCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-csv"]'),
    ]);
    const header = (await downloadText(matrixCsv)).slice(1).split('\r\n')[0] ?? '';
    expect(header.split(';')).toContain("'=SUM(1) (saknas i katalogen)");
    expect(header.split(';')).toContain("'@lista (saknas i katalogen)");

    // The indicator's own view, reached inside the app (the file is already read).
    await goInApp(page, '?vy=indikator&indikator=%3DSUM(1)&region=20', 2);
    expect(await page.textContent('#indicator-name')).toContain('=SUM(1)');
    const [counties] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="ranking-figure"] [data-testid="download-csv"]'),
    ]);
    const rows = (await downloadText(counties)).slice(1).split('\r\n');
    expect(rows.find((r) => r.includes('Dalarnas län'))).toMatch(/;Dalarnas län;-3,2;/);
    expect(rows.find((r) => r.includes('Stockholms län'))).toMatch(/;Stockholms län;4,5;/);
    expectClean(problems);
    await page.close();
  });
});
