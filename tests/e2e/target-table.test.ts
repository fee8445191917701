import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import {
  expectClean,
  importCount,
  importDone,
  reloadSaved,
  trendTargets,
  VIEWPORTS,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** Three years of targets for Dalarna and Falun, as Swedish Excel copies them; line 8 is ambiguous. */
const PASTE = [
  'Region\tÅr\tMålvärde\tBasår\tBasvärde',
  'Dalarnas län\t2026\t9,4\t2020\t8,3',
  'Dalarnas län\t2028\t9,8\t2020\t8,3',
  'Dalarnas län\t2030\t10,3\t2020\t8,3',
  '2080\t2026\t9,6\t2020\t8,6',
  '2080\t2028\t10,2\t2020\t8,6',
  '2080\t2030\t10,7\t2020\t8,6',
  'Borlänge\t2030\t10.500\t2020\t8',
  '',
].join('\r\n');

async function openTable(page: Page): Promise<void> {
  await page.click('[data-testid="target-table-toggle"]');
  await page.waitForSelector('[data-testid="target-table"]');
}

describe.skipIf(!chromiumPath)('targets in bulk (Chromium)', () => {
  let browser: FileBrowser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a paste from Excel for a county and a kommun: previewed with its bad line named, added by keyboard, drawn as the target, kept after a reload', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'sv-SE' });
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator&indikator=nyforetagande&region=20`);
    await waitForApp(page, 2, 'indikator');
    await openTable(page);
    expect(await page.isVisible('[data-testid="target-table-none"]')).toBe(true);

    // Pasted into the textarea: the preview names the bad line and its column before anything is added.
    await page.focus('[data-testid="target-paste-text"]');
    await page.keyboard.insertText(PASTE);
    await page.waitForSelector('[data-testid="target-paste-preview"]');
    expect(await page.textContent('[data-testid="target-paste-summary"]')).toBe(
      '7 rader inklistrade. Nya mål: 6. Ersätter ett mål: 0. Oförändrade: 0. Lästes inte: 1.',
    );
    expect(await page.locator('[data-testid="target-paste-row"]').count()).toBe(6);
    const rejected = (await page.textContent('[data-testid="target-paste-rejected"]')) ?? '';
    expect(rejected).toContain('Rad 8, kolumn 3:');
    expect(rejected).toContain('”10.500” är tvetydigt');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Added by keyboard; focus goes to what was done; the import runs again with the targets.
    const before = await importCount(page);
    await page.focus('[data-testid="target-paste-apply"]');
    await page.keyboard.press('Enter');
    await importDone(page, before);
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'target-table-status',
    );
    expect(await page.textContent('[data-testid="target-table-status"]')).toBe(
      '6 mål lades till och 0 ersattes för Nyföretagande.',
    );
    const rows = (): Promise<(string | null)[]> =>
      page.$$eval('[data-testid="target-table-row"]', (trs) =>
        trs.map((tr) => tr.getAttribute('data-region')),
      );
    expect(await rows()).toEqual(['20', '20', '20', '2080', '2080', '2080']);
    expect(await page.inputValue('[aria-label="Målvärde, Falun, rad 6"]')).toBe('10,7');
    await waitForApp(page, 2, 'indikator');
    expect(await trendTargets(page, 'Dalarnas län')).toEqual({
      '2026': '9,4',
      '2028': '9,8',
      '2030': '10,3',
    });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Kept in the workspace: after a reload the table and the chart have them.
    await reloadSaved(page);
    await waitForApp(page, 2, 'indikator');
    await openTable(page);
    expect(await rows()).toEqual(['20', '20', '20', '2080', '2080', '2080']);
    expect(await page.inputValue('[aria-label="Målvärde, Dalarnas län, rad 2"]')).toBe('9,8');
    expect(await trendTargets(page, 'Dalarnas län')).toEqual({
      '2026': '9,4',
      '2028': '9,8',
      '2030': '10,3',
    });
    expectClean(problems);
    await context.close();
  });
});
