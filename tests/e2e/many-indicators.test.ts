import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  MANY_CATALOGUED,
  MANY_INDICATORS,
  manyIndicatorId,
  manyIndicatorName,
  writeManyIndicatorFiles,
} from '../../scripts/bench/many-indicators-file';
import { CHAIN_LEVELS } from '../../src/domain/chain-levels';
import { canvasHasDrawing, type FileBrowser, launchChromium, openPage, type PageProblems } from './browser';
import { expectClean, goInApp, importCount, VIEWPORTS, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/**
 * 2 000 indicators × Riket and the 21 län × 3 years (132 000 rows): the views' handling of many
 * indicators, not the import's speed (the bench takes 10 years), is what this checks.
 */
const LONG_WAIT = 200_000;

/** Waits until nothing in the view is busy (the long lists are summarised a slice at a time). */
async function nothingBusy(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      return main?.getAttribute('aria-busy') === 'false' && !main.querySelector('[aria-busy="true"]');
    },
    undefined,
    { timeout: LONG_WAIT },
  );
}

async function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
}

/**
 * Issue 15, item 5: a file with 2 000 indicators. Every view renders it and works: the last
 * indicators can be found and opened, and the matrix can be walked with the keyboard to its far
 * end, though only the columns near the viewport are drawn. (How long the main thread is held is
 * measured in `npm run bench`, not here.)
 */
describe.skipIf(!chromiumPath)('2 000 indicators in every view (built app)', () => {
  let browser: FileBrowser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  const dir = mkdtempSync(join(tmpdir(), 'rr-many-'));
  const last = manyIndicatorId(MANY_INDICATORS);
  const lastCatalogued = manyIndicatorId(MANY_CATALOGUED);

  beforeAll(async () => {
    const files = writeManyIndicatorFiles(dir, 3);
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'sv-SE' });
    ({ page, problems } = await openPage(context));
    page.setDefaultTimeout(LONG_WAIT);
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 1, 'lan');
    const before = await importCount(page);
    await page.setInputFiles('[data-testid="file-input"]', [...files.all]);
    await page.waitForFunction((n) => performance.getEntriesByName('rr:import-done').length > n, before, {
      timeout: LONG_WAIT,
    });
    await nothingBusy(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Län: a card for every indicator, drawn in chunks where they are seen (by scrolling or by Tab); the counts once all are summarised; a far card draws its sparkline', async () => {
    // The first chunk of the first level is drawn; the last indicator's card waits in a slot.
    expect(await page.locator('.card-chunks .card-grid-drawn .overview-card').count()).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid="card-${last}"]`).count()).toBe(0);
    // The far cards wait as named slots: drawn cards and slots together are every indicator.
    const drawn = await page.locator('.overview-card').count();
    expect(drawn).toBeLessThan(MANY_INDICATORS / 4);
    expect(drawn + (await page.locator('.card-slot').count())).toBeGreaterThanOrEqual(MANY_INDICATORS);
    expect(await page.getAttribute('.card-grid-waiting', 'aria-label')).toMatch(/^Kort \d+–\d+ av \d+/);
    // Out of sight, a waiting chunk's slots are not laid out, yet the chunk is as high as they would
    // make it: its height from its slot count and the grid's columns, the same as with them laid out.
    const heights = await page.evaluate(() => {
      const chunks = [...document.querySelectorAll<HTMLElement>('.card-grid-waiting')].filter(
        (c) => c.style.height === '' && c.getBoundingClientRect().top > 3 * window.innerHeight,
      );
      return chunks.slice(0, 3).map((chunk) => {
        const skipped = getComputedStyle(chunk).contentVisibility;
        const estimated = chunk.getBoundingClientRect().height;
        chunk.style.contentVisibility = 'visible';
        const laidOut = chunk.getBoundingClientRect().height;
        chunk.style.contentVisibility = '';
        return { skipped, estimated, laidOut };
      });
    });
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) {
      expect(h.skipped).toBe('auto');
      expect(h.laidOut).toBeGreaterThan(0);
      expect(Math.abs(h.estimated - h.laidOut)).toBeLessThan(1);
    }
    expect(await page.textContent('[data-testid="overview-counts"]')).toMatch(/\d/);
    // Tab from the last card of the first chunk draws the next chunk and lands on its first card.
    const before = new Set(
      await page.$$eval('.overview-card', (cards) => cards.map((c) => c.getAttribute('data-testid'))),
    );
    await page.focus('.card-chunks > .card-grid-drawn:first-child .overview-card:last-child h3 a');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const landed = await page.waitForFunction(() => {
      const card = document.activeElement?.closest('.overview-card');
      return document.activeElement?.tagName === 'A' && card ? card.getAttribute('data-testid') : false;
    });
    expect(before.has(String(await landed.jsonValue()))).toBe(false);
    // Scrolled to, a far card is drawn, and then its sparkline: the last catalogued indicator is the
    // last card of its level (the file gives the levels in turn), in that level's last chunk.
    const far = `[data-testid="card-${lastCatalogued}"]`;
    const level = CHAIN_LEVELS[MANY_CATALOGUED % CHAIN_LEVELS.length] ?? 'utfall';
    await page.locator(`[data-testid="level-${level}"] .card-chunks > :last-child`).scrollIntoViewIfNeeded();
    await page.waitForSelector(far);
    await page.locator(far).scrollIntoViewIfNeeded();
    await page.waitForFunction((sel) => {
      const chart = document.querySelector(`${sel} .chart`);
      return chart?.getAttribute('data-drawn') === 'true';
    }, far);
    expect(await canvasHasDrawing(page, far)).toBe(true);
    await page.click(`${far} h3 a`);
    await page.waitForFunction(
      (id) => new URLSearchParams(window.location.search).get('indikator') === id,
      lastCatalogued,
    );
    await waitForApp(page, 3, 'indikator');
    expect(await page.textContent('[data-testid="indicator-heading"]')).toContain(
      manyIndicatorName(MANY_CATALOGUED),
    );
  });

  it('Indikator: the last indicator can be chosen from the 2 000 and is drawn', async () => {
    // Reached inside the app: a load would read the 132 000 rows from the store again.
    await goInApp(page, '?vy=indikator&region=20', 3);
    const options = await page.$$eval('[data-testid="indicator-select"] option', (os) => os.length);
    expect(options).toBeGreaterThanOrEqual(MANY_INDICATORS);
    await page.selectOption('[data-testid="indicator-select"]', last);
    await page.waitForFunction(
      (id) => new URLSearchParams(window.location.search).get('indikator') === id,
      last,
    );
    await waitForApp(page, 3, 'indikator');
    expect(await page.textContent('[data-testid="indicator-heading"]')).toContain(last);
  });

  it('Jämför: the grid counts every column; Ctrl+End reaches the last indicator of the last county, arrows move from there, Enter opens it', async () => {
    await page.click('[data-testid="nav-jamfor"]');
    await waitForApp(page, 0, 'jamfor');
    const matrix = '[data-testid="matrix"]';
    const colCount = Number(await page.getAttribute(matrix, 'aria-colcount'));
    expect(colCount).toBeGreaterThan(MANY_INDICATORS);
    // Only a window of the columns is drawn, yet the grid says how many there are.
    const drawn = await page.$$eval(`${matrix} tbody tr:first-child button`, (bs) => bs.length);
    expect(drawn).toBeLessThan(200);
    await page.focus(`${matrix} button[tabindex="0"]`);
    expect(await focusedTestId(page)).toMatch(/^cell-01-/);
    await page.keyboard.press('Control+End');
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      `cell-25-${last}`,
    );
    const colIndex = await page.evaluate(() =>
      document.activeElement?.closest('td')?.getAttribute('aria-colindex'),
    );
    expect(Number(colIndex)).toBe(colCount);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      `cell-25-${manyIndicatorId(MANY_INDICATORS - 1)}`,
    );
    await page.keyboard.press('Control+Home');
    await page.waitForFunction(() =>
      /^cell-01-/.test(document.activeElement?.getAttribute('data-testid') ?? ''),
    );
    await page.keyboard.press('End');
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      `cell-01-${last}`,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const q = new URLSearchParams(window.location.search);
      return q.get('vy') === 'indikator' && q.get('region') === '01';
    });
    expect(new URL(page.url()).searchParams.get('indikator')).toBe(last);
    await waitForApp(page, 3, 'indikator');
  });

  /** Whether the focused cell is in its scroll box and nothing covers it: "seen", or what is wrong. */
  function seenFocus(): string {
    const cell = document.activeElement;
    const box = cell?.closest('.matrix-scroll')?.getBoundingClientRect();
    const r = cell?.getBoundingClientRect();
    if (!cell || !box || !r) return 'no cell';
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) return 'outside the scroll box';
    const y = r.top + r.height / 2;
    for (const x of [r.left + 1, r.right - 1]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === cell || cell.contains(hit)))
        return `covered at ${Math.round(x)} by ${hit?.tagName ?? 'nothing'}`;
    }
    return 'seen';
  }

  /**
   * Scrolls the matrix by the mouse (no keyboard) to `fraction` of its width, half a column past a
   * column's edge, and checks that focus went to the grid's Tab stop, a cell wholly in view and not
   * under the county names, from which the arrows go on.
   */
  async function scrollAwayKeepsFocus(fraction: number): Promise<void> {
    const matrix = '[data-testid="matrix"]';
    await page.focus(`${matrix} button[tabindex="0"]`);
    // The row in the middle of the page, where the user sees it.
    await page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }));
    const before = await focusedTestId(page);
    expect(before).toMatch(/^cell-01-/);
    const beforeCol = Number(
      await page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('aria-colindex')),
    );
    // None of the columns drawn before is drawn there; the edge cuts a column in half.
    const target = await page.evaluate(
      ({ sel, fraction }) => {
        const scroller = document.querySelector(sel)?.closest('.matrix-scroll');
        const head = document.querySelector(`${sel} .indicator-head`);
        if (!scroller || !head) return -1;
        const width = head.getBoundingClientRect().width;
        const column = Math.floor((scroller.scrollWidth * fraction) / width);
        scroller.scrollLeft = (column + 0.5) * width;
        return column;
      },
      { sel: matrix, fraction },
    );
    expect(Math.abs(target - beforeCol)).toBeGreaterThan(100);
    await page.waitForFunction(
      ({ sel, target }) => {
        const first = document.querySelector(`${sel} tbody tr:first-child td.cell`);
        return Math.abs(Number(first?.getAttribute('aria-colindex')) - target) < 20;
      },
      { sel: matrix, target },
    );
    await page.waitForFunction((b) => {
      const id = document.activeElement?.getAttribute('data-testid') ?? '';
      return /^cell-01-/.test(id) && id !== b;
    }, before);
    const col = Number(
      await page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('aria-colindex')),
    );
    expect(Math.abs(col - target)).toBeLessThan(20);
    expect(await page.getAttribute(`${matrix} button[tabindex="0"]`, 'data-testid')).toBe(
      await focusedTestId(page),
    );
    // The cell focus went to is in view and nothing covers it (at narrow widths the county names
    // stick to the left over the columns scrolled under them): its focus ring can be seen.
    expect(await page.evaluate(seenFocus)).toBe('seen');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (c) => Number(document.activeElement?.closest('td')?.getAttribute('aria-colindex')) === c + 1,
      col,
    );
    // Back to the left, past the column the view started at: each cell the arrows reach is scrolled
    // out from under the county names.
    for (let k = 0; k < 4; k++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(
        (c) => Number(document.activeElement?.closest('td')?.getAttribute('aria-colindex')) === c,
        col - k,
      );
      expect(await page.evaluate(seenFocus), `after ${k + 1} ArrowLeft`).toBe('seen');
    }
  }

  it('Jämför: scrolled by the mouse away from the focused cell, focus stays in the grid (on its Tab stop) and the arrows go on from there', async () => {
    await page.click('[data-testid="nav-jamfor"]');
    await waitForApp(page, 0, 'jamfor');
    await scrollAwayKeepsFocus(0.5);
    // Halfway along the two thousand columns, each row still says which county it is.
    const countyAtLeft = await page.evaluate(() => {
      const name = document.querySelector('[data-testid="matrix"] tbody th')?.getBoundingClientRect();
      const box = document.querySelector('.matrix-scroll')?.getBoundingClientRect();
      return name && box ? Math.abs(name.left - box.left) < 2 && name.right > box.left : false;
    });
    expect(countyAtLeft).toBe(true);
  });

  it('Jämför at 640 px (200 % zoom), the county names stuck to the left: focus scrolled away goes to a cell beside them, not under them', async () => {
    await page.setViewportSize({ width: 640, height: 800 });
    try {
      const sticky = await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('[data-testid="matrix"] tbody th') ?? document.body)
            .position,
      );
      expect(sticky).toBe('sticky');
      await scrollAwayKeepsFocus(0.8);
    } finally {
      await page.setViewportSize(VIEWPORTS.laptop);
    }
  });

  it('Frågor: every catalogued indicator is under its question; one of the last opens', async () => {
    await page.click('[data-testid="nav-fragor"]');
    await waitForApp(page, 0, 'fragor');
    await nothingBusy(page);
    const link = page.getByRole('link', { name: manyIndicatorName(MANY_CATALOGUED), exact: true });
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForFunction(
      (id) => new URLSearchParams(window.location.search).get('indikator') === id,
      lastCatalogued,
    );
    await waitForApp(page, 3, 'indikator');
  });

  it('Finansiering opens beside the 2 000 indicators, and nothing went wrong on the way', async () => {
    await page.click('[data-testid="nav-finansiering"]');
    await waitForApp(page, 1, 'finansiering');
    expectClean(problems);
  });
});
