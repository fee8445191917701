import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfPageTexts } from '../support/pdf-text';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { expectClean, showSelection, VIEWPORTS, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** Text without its white space: a PDF's text runs break lines and cells where the page does not. */
const squash = (text: string): string => text.replace(/\s+/g, '');

/** Each key chart's title and source line, as the page shows them. */
async function chartTexts(page: Page): Promise<{ title: string; source: string }[]> {
  return page.$$eval('.briefing-chart', (figures) =>
    figures.map((f) => ({
      title: f.querySelector('.briefing-chart-title')?.textContent ?? '',
      source: f.querySelector('.briefing-chart-source')?.textContent ?? '',
    })),
  );
}

const chosenInUrl = (page: Page): string[] =>
  (new URL(page.url()).searchParams.get('diagram') ?? '').split(',').filter((s) => s !== '');

describe.skipIf(!chromiumPath)('Ledningsunderlag, the county briefing, in real Chromium', () => {
  let browser: FileBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'sv-SE' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('prints as one A4 page with the counts, the summary, every chart’s title and source and "Exempeldata"; the charts are chosen by keyboard; axe passes', async () => {
    const { page, problems } = await openPage(context);
    // The default choice: one chart per chain level with data (six in the example data).
    await showSelection(page, baseUrl, '?vy=underlag&region=17', 6);
    expect(await page.textContent('[data-testid="briefing-title"]')).toBe('Värmlands län');
    expect(await page.title()).toContain('Ledningsunderlag: Värmlands län');
    const charts = await chartTexts(page);
    expect(charts).toHaveLength(6);
    const rows = await page.$$eval('[data-testid="briefing-counts"] tbody tr', (trs) =>
      trs.map((tr) => tr.textContent ?? ''),
    );
    expect(rows.at(-1)).toMatch(/^Totalt\d/);
    const firstSentence = (await page.textContent('[data-testid="briefing-summary"] li')) ?? '';
    expect(firstSentence).toContain('Värmlands län');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = await pdfPageTexts(pdf);
    expect(pages).toHaveLength(1);
    const printed = squash(pages[0] ?? '');
    for (const row of rows) expect(printed).toContain(squash(row));
    expect(printed).toContain(squash(firstSentence));
    for (const { title, source } of charts) {
      expect(source).toMatch(/^Källa: Exempeldata \(påhittad\)/);
      expect(printed).toContain(squash(title));
      expect(printed).toContain(squash(source));
    }
    expect(printed).toContain(squash('Exempeldata — påhittade värden'));
    expect(printed).toContain('Ingaanteckningar');
    // What is on screen only is not printed.
    expect(printed).not.toContain(squash('Diagram i underlaget'));
    expect(printed).not.toContain(squash('Skriv ut / Spara som PDF'));

    // Untick a chart and tick another, by keyboard: the link and the page follow.
    const first = chosenInUrlOrDefault(
      await page.$$eval('.briefing-chart', (f) => f.map((e) => e.getAttribute('data-testid') ?? '')),
    );
    await page.focus(`[data-testid="briefing-choose-${first}"]`);
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (id) => !document.querySelector(`[data-testid="briefing-chart-${id}"]`),
      first,
    );
    expect(chosenInUrl(page)).toHaveLength(5);
    expect(chosenInUrl(page)).not.toContain(first);
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() =>
      (document.activeElement?.getAttribute('data-testid') ?? '').replace('briefing-choose-', ''),
    );
    expect(chosenInUrl(page)).not.toContain(next);
    await page.keyboard.press('Space');
    await page.waitForSelector(`[data-testid="briefing-chart-${next}"] .chart[data-drawn="true"]`);
    await waitForApp(page, 6, 'underlag');
    expect(chosenInUrl(page)).toContain(next);
    expect(chosenInUrl(page)).toHaveLength(6);
    expect((await chartTexts(page)).map((c) => c.title)).not.toEqual(charts.map((c) => c.title));

    expect(await seriousAxeViolations(page)).toEqual([]);
    expectClean(problems);
  });
});

/** The indicator id of the first chart on the page. */
function chosenInUrlOrDefault(testIds: readonly string[]): string {
  return (testIds[0] ?? '').replace('briefing-chart-', '');
}
