import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COUNTIES } from '../../src/domain/regions';
import { pdfPageTexts } from '../support/pdf-text';
import { type FileBrowser, launchChromium, openPage, type PageProblems } from './browser';
import { downloadBytes, downloadText, expectClean, goInApp, showSelection, VIEWPORTS, WAIT } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const INDICATOR = '?vy=indikator&region=20&indikator=nyforetagande';
const COUNTY_NAMES = COUNTIES.map((c) => c.nameSv);

/** Text compared without its spaces: a printed head may wrap anywhere ("1:1-" / "krona"). */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The page printed as the browser's print dialog would (print media, A4, the page's own @page sizes). */
async function printed(page: Page): Promise<{ pages: string[]; pdf: Buffer }> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return { pages: await pdfPageTexts(pdf), pdf };
}

/** The visible buttons' texts on screen: none of them may be on paper. */
async function buttonTexts(page: Page): Promise<string[]> {
  return page.$$eval('main button, header button', (buttons) =>
    buttons
      .filter(
        (b) =>
          b instanceof HTMLElement &&
          b.offsetParent !== null &&
          !b.matches('.cell-button, .chooser-button, .sort-button'),
      )
      .map((b) => (b.textContent ?? '').trim())
      .filter((t) => t.length > 3),
  );
}

/** The width and height of each page of a PDF, from its MediaBox entries (Chromium writes them plainly). */
function mediaBoxes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The character data of an SVG's <text> elements, entities decoded, joined by spaces. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe.skipIf(!chromiumPath)('print of every view and the captioned exports (built app, Chromium)', () => {
  let browser: FileBrowser;
  let context: BrowserContext;
  let shared: { page: Page; problems: PageProblems } | undefined;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({
      viewport: VIEWPORTS.laptop,
      locale: 'sv-SE',
      acceptDownloads: true,
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  async function sharedPage(): Promise<{ page: Page; problems: PageProblems }> {
    shared ??= await openPage(context);
    return shared;
  }

  it('the SVG download carries the title and caption as text; the PNG has its caption drawn in', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, INDICATOR, 3);
    const figure = '[data-testid="trend-figure"]';
    const title = (await page.textContent(`${figure} h2`)) ?? '';
    const caption = ((await page.textContent(`${figure} figcaption`)) ?? '').trim();
    expect(caption).toContain('Exempeldata (påhittad)');

    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${figure} [data-testid="download-svg"]`),
    ]);
    expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await downloadText(svgFile);
    expect(svg.startsWith('<svg')).toBe(true);
    const texts = svgTexts(svg);
    expect(texts[0]).toBe(title.slice(0, texts[0]?.length));
    const joined = texts.join(' ');
    expect(joined).toContain(title);
    expect(joined).toContain(caption);
    expect(joined).toContain('Exempeldata');
    // The plot is ECharts' SVG drawing (paths, its axis labels as text), and the whole is well-formed XML.
    expect(svg.match(/<svg\b/g)?.length).toBe(2);
    expect(svg).toMatch(/<path\b/);
    expect(texts).toContain('2020');
    expect(
      await page.evaluate(
        (s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror') === null,
        svg,
      ),
    ).toBe(true);

    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${figure} [data-testid="download-png"]`),
    ]);
    const png = await downloadBytes(pngFile);
    expect([...png.subarray(12, 16)].map((b) => String.fromCharCode(b)).join('')).toBe('IHDR');
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    const chart = await page.$eval(`${figure} .chart`, (c) => {
      const r = c.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
    // Twice the chart, with the title and caption bands (at least a line each) added to its height.
    expect(Math.abs(size.width - Math.max(chart.width, 320) * 2)).toBeLessThanOrEqual(2);
    expect(size.height).toBeGreaterThan(Math.round(chart.height * 2) + 2 * 2 * 12);
    // The caption band under the plot has ink on white: the text is drawn, not a blank strip.
    const ink = await page.evaluate(
      async (bytes) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext('2d');
        if (!context2d) return -1;
        context2d.drawImage(bitmap, 0, 0);
        const band = context2d.getImageData(0, bitmap.height - 80, bitmap.width, 80).data;
        let dark = 0;
        for (let i = 0; i < band.length; i += 4) if ((band[i] ?? 255) < 128) dark++;
        return dark;
      },
      [...png],
    );
    expect(ink).toBeGreaterThan(50);
    expectClean(problems);
  });

  it('prints Indikator and Jämför whole: every county, every indicator column, no buttons', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, INDICATOR, 3);
    const buttons = await buttonTexts(page);
    expect(buttons).toEqual(expect.arrayContaining(['Visa tabell', 'Ladda ner bild (SVG)']));
    await page.emulateMedia({ media: 'print' });
    const indicator = await printed(page);
    await page.emulateMedia({ media: 'screen' });
    const all = squeeze(indicator.pages.join(' '));
    for (const name of COUNTY_NAMES) expect(all, name).toContain(squeeze(name));
    for (const text of buttons) expect(all, text).not.toContain(squeeze(text));
    // The map is printed on the page of its title (it used to be pushed away from it).
    const mapPage = indicator.pages.findIndex((p) => p.includes('länen på kartan'));
    expect(mapPage).toBeGreaterThanOrEqual(0);
    expect(indicator.pages[mapPage]).toContain('Kartunderlag');

    await goInApp(page, '?vy=jamfor&region=20');
    // Every indicator column, as the page's own matrix names them (its grid draws them all at this size).
    const columns = await page.$$eval('[data-testid="matrix"] thead th.indicator-head', (ths) =>
      ths.map((th) => th.textContent ?? ''),
    );
    const colcount = Number(await page.getAttribute('[data-testid="matrix"]', 'aria-colcount'));
    expect(columns).toHaveLength(colcount - 1);
    expect(columns.length).toBeGreaterThan(20);
    const matrixButtons = await buttonTexts(page);
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('[data-testid="print-matrix"]', { state: 'attached', timeout: WAIT });
    const matrix = await printed(page);
    await page.emulateMedia({ media: 'screen' });
    const text = squeeze(matrix.pages.join(' '));
    for (const name of COUNTY_NAMES) expect(text, name).toContain(squeeze(name));
    for (const name of columns) expect(text, name).toContain(squeeze(name));
    expect(text).toContain(squeeze(`kolumnerna 1–${columns.length} av ${columns.length}`));
    for (const t of matrixButtons) expect(text, t).not.toContain(squeeze(t));
    // A matrix this wide is printed on landscape pages.
    expect(mediaBoxes(matrix.pdf).some((box) => box.width > box.height)).toBe(true);
    expect(mediaBoxes(indicator.pdf).every((box) => box.height > box.width)).toBe(true);
    // Printing over, the print matrix is gone again.
    await page.waitForSelector('[data-testid="print-matrix"]', { state: 'detached', timeout: WAIT });
    expectClean(problems);
  });
});
