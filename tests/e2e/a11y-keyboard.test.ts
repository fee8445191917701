import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { expectClean, importCount, importDone, showSelection, VIEWPORTS, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** The focused element's data-testid ('' when it has none, 'BODY' when focus is on <body>). */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return el.getAttribute('data-testid') ?? '';
  });
}

/** Waits until the element with this data-testid has focus. */
async function waitForFocus(page: Page, testId: string): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId);
}

/** The data-testid of the matrix cell at (row, column), counted over the body's rows and cells. */
async function cellAt(page: Page, row: number, col: number): Promise<string> {
  return page.evaluate(
    ({ r, c }) => {
      const rows = [...document.querySelectorAll('[data-testid="matrix"] tbody tr')];
      const target = r < 0 ? rows[rows.length - 1] : rows[r];
      const cells = [...(target?.querySelectorAll('button') ?? [])];
      return (c < 0 ? cells[cells.length - 1] : cells[c])?.getAttribute('data-testid') ?? '';
    },
    { r: row, c: col },
  );
}

async function press(page: Page, key: string, expected: string): Promise<void> {
  await page.keyboard.press(key);
  await waitForFocus(page, expected);
}

describe.skipIf(!chromiumPath)('keyboard and focus (WCAG 2.1 AA), in real Chromium', () => {
  let browser: FileBrowser;
  let laptop: BrowserContext;
  // The tests that only look and press keys share one page and move inside the app between their
  // selections (showSelection); those that add files or targets get a context of their own.
  let shared: Awaited<ReturnType<typeof openPage>> | undefined;
  const sharedPage = async (): Promise<Awaited<ReturnType<typeof openPage>>> =>
    (shared ??= await openPage(laptop));

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    laptop = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'sv-SE' });
  });

  afterAll(async () => {
    await laptop?.close();
    await browser?.close();
  });

  it('Jämför: the matrix is one Tab stop; arrows, Home, End and Ctrl+Home/End move between cells; Enter opens the indicator for that county', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=jamfor', 0);
    expect(await page.getAttribute('[data-testid="matrix"]', 'role')).toBe('grid');
    const stops = await page.$$eval(
      '[data-testid="matrix"] button',
      (bs) => bs.filter((b) => b.tabIndex === 0).length,
    );
    expect(stops).toBe(1);

    // Tab from the control before the matrix reaches its first cell, and one more Tab leaves it.
    const first = await cellAt(page, 0, 0);
    await page.focus('[data-testid="matrix-mode"]');
    const inMatrix = (): Promise<boolean> =>
      page.evaluate(
        () => document.querySelector('[data-testid="matrix"]')?.contains(document.activeElement) ?? false,
      );
    for (let i = 0; i < 10 && !(await inMatrix()); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(first);
    await page.keyboard.press('Tab');
    expect(await inMatrix()).toBe(false);
    await press(page, 'Shift+Tab', first);

    await press(page, 'ArrowRight', await cellAt(page, 0, 1));
    await press(page, 'ArrowDown', await cellAt(page, 1, 1));
    await press(page, 'End', await cellAt(page, 1, -1));
    await press(page, 'Home', await cellAt(page, 1, 0));
    await press(page, 'Control+End', await cellAt(page, -1, -1));
    await press(page, 'Control+Home', first);
    // At the edge the cell stays.
    await press(page, 'ArrowUp', first);
    await press(page, 'ArrowLeft', first);

    // The last cell visited is the Tab stop: leaving and coming back lands on it.
    await press(page, 'ArrowDown', await cellAt(page, 1, 0));
    await press(page, 'ArrowRight', await cellAt(page, 1, 1));
    const chosen = await cellAt(page, 1, 1);
    expect(
      await page.$$eval('[data-testid="matrix"] button', (bs) =>
        bs.filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('data-testid')),
      ),
    ).toEqual([chosen]);
    const [, region, indicator] = /^cell-(\d\d)-(.+)$/.exec(chosen) ?? [];
    expect(region).toBe('03');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ({ r, i }) =>
        window.location.search.includes('vy=indikator') &&
        window.location.search.includes(`region=${r}`) &&
        window.location.search.includes(`indikator=${i}`),
      { r: region, i: indicator },
    );
    await waitForFocus(page, 'indicator-heading');
    expectClean(problems);
  });

  it('Jämför: the matrix has no serious or critical accessibility violations (axe-core), by status and by rank', async () => {
    const { page } = await sharedPage();
    for (const query of ['?vy=jamfor', '?vy=jamfor&visa=rang']) {
      await showSelection(page, baseUrl, query);
      await page.focus(`[data-testid="${await cellAt(page, 0, 0)}"]`);
      await press(page, 'ArrowDown', await cellAt(page, 1, 0));
      const violations = await seriousAxeViolations(page);
      expect({ query, violations }).toEqual({ query, violations: [] });
    }
  });

  it('focus: a card’s link on Län opens the indicator with focus on its heading', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=lan&region=20', 5);
    await page.focus('[data-testid="card-nyforetagande"] h3 a');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        window.location.search.includes('vy=indikator') &&
        window.location.search.includes('indikator=nyforetagande'),
    );
    await waitForFocus(page, 'indicator-heading');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nyföretagande');
    expect(await page.getAttribute('[data-testid="indicator-heading"]', 'tabindex')).toBe('-1');
    expectClean(problems);
  });

  it('focus: a click on a matrix cell opens the indicator for the county with focus on its heading', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=jamfor', 0);
    await page.click('[data-testid="cell-23-nyforetagande"]');
    await page.waitForFunction(
      () => window.location.search.includes('vy=indikator') && window.location.search.includes('region=23'),
    );
    await waitForFocus(page, 'indicator-heading');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nyföretagande');
    expectClean(problems);
  });

  it('focus: saving a column mapping moves focus to the source’s counts; a failed save puts focus on the field, tied to its error', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'sv-SE' });
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator`);
    await waitForApp(page, 2, 'indikator');
    const before = await importCount(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['kol1;kol2;kol3;kol4\n20;2023;100;5\n01;2023;900;40\n'], 'anstallda.csv', {
          type: 'text/csv',
        }),
      );
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    });
    await importDone(page, before);
    await page.click('[data-testid="sources-toggle"]');
    await page.waitForSelector('[data-testid="sources-panel"]');
    await page.click('[data-testid="source-map"]');
    await page.selectOption('[data-testid="map-region"]', '0');
    await page.selectOption('[data-testid="map-period"]', '1');
    await page.selectOption('[data-testid="map-value"]', '2');

    // No name for the new indicator: the name field gets focus, is invalid and described by the error.
    await page.fill('[data-testid="map-name"]', '');
    await page.click('[data-testid="map-save"]');
    await waitForFocus(page, 'map-name');
    expect(await page.getAttribute('[data-testid="map-name"]', 'aria-invalid')).toBe('true');
    const describedBy = (await page.getAttribute('[data-testid="map-name"]', 'aria-describedby')) ?? '';
    expect(await page.evaluate((id) => document.getElementById(id)?.textContent ?? '', describedBy)).toBe(
      await page.textContent('[data-testid="mapping-error"]'),
    );
    expect(describedBy).not.toBe('');

    await page.fill('[data-testid="map-name"]', 'Antal anställda');
    const saving = await importCount(page);
    await page.click('[data-testid="map-save"]');
    await importDone(page, saving);
    await waitForFocus(page, 'source-counts');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-testid="source"]')?.textContent ?? ''),
    ).toContain('anstallda.csv');
    await page.waitForFunction(() => (document.activeElement?.textContent ?? '').includes('2 godkända'));
    expect(await page.getAttribute('[data-testid="source-counts"]', 'aria-live')).toBe('polite');

    // The workspace file's label shows the keyboard focus of its hidden input.
    await page.focus('[data-testid="workspace-export"]');
    await press(page, 'Tab', 'workspace-input');
    expect(
      await page.$eval('[data-testid="workspace-import-label"]', (l) => getComputedStyle(l).outlineStyle),
    ).toBe('solid');
    expectClean(problems);
    await context.close();
  });

  // A wrong target is never saved: the shared page will do.
  it('form errors: a wrong own target puts focus on the field, which is invalid and described by the error', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=indikator&region=20&indikator=nyforetagande', 2);
    await page.click('[data-testid="target-editor-toggle"]');
    await page.fill('[data-testid="target-value"]', 'mycket');
    await page.click('[data-testid="target-save"]');
    await waitForFocus(page, 'target-value');
    expect(await page.getAttribute('[data-testid="target-value"]', 'aria-invalid')).toBe('true');
    const describedBy = (await page.getAttribute('[data-testid="target-value"]', 'aria-describedby')) ?? '';
    expect(describedBy).not.toBe('');
    expect(
      await page.evaluate((id) => document.getElementById(id)?.getAttribute('data-testid'), describedBy),
    ).toBe('target-error');
    expect(await page.getAttribute('[data-testid="target-period"]', 'aria-invalid')).toBeNull();
    expectClean(problems);
  });

  it('focus: a case search stays in the field while typing and moves to the result count on Enter', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=finansiering&region=20', 0);
    await page.focus('[data-testid="case-search"]');
    await page.keyboard.type('20-2024');
    expect(await focused(page)).toBe('case-search');
    expect(await page.getAttribute('[data-testid="case-count"]', 'role')).toBe('status');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('sok=20-2024'));
    await waitForFocus(page, 'case-count');
    const count = (await page.textContent('[data-testid="case-count"]')) ?? '';
    const rows = await page.locator('[data-testid="cases"] tbody tr').count();
    expect(count).toContain(`${rows} av`);
    // The button does the same.
    await page.fill('[data-testid="case-search"]', '20-2023');
    await page.click('[data-testid="case-search-submit"]');
    await page.waitForFunction(() => window.location.search.includes('sok=20-2023'));
    await waitForFocus(page, 'case-count');
    expectClean(problems);
  });

  it('Escape: closes the evaluation-question tooltip while focus stays on "?"', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=lan&region=20', 5);
    const tip = '[data-testid="card-nyforetagande"] [role="tooltip"]';
    await page.focus('[data-testid="card-nyforetagande"] .tip-button');
    expect(await page.isVisible(tip)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector(tip, { state: 'hidden' });
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.classList.contains('tip-button') &&
          document.activeElement.closest('[data-testid="card-nyforetagande"]') !== null,
      ),
    ).toBe(true);
    // It shows again on the next focus.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.waitForSelector(tip, { state: 'visible' });
    expectClean(problems);
  });

  it('Escape: closes the compare panel and returns focus to its toggle', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=indikator&region=20&indikator=nyforetagande', 2);
    await page.click('[data-testid="compare-toggle"]');
    await page.waitForSelector('[data-testid="compare-panel"]', { state: 'visible' });
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-testid="compare-panel"]')?.contains(document.activeElement) ?? false,
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="compare-panel"]', { state: 'hidden' });
    expect(await focused(page)).toBe('compare-toggle');
    expect(await page.getAttribute('[data-testid="compare-toggle"]', 'aria-expanded')).toBe('false');
    expectClean(problems);
  });
});
