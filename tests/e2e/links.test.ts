import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage } from './browser';
import { expectClean, openView, VIEWPORTS, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** What a reader sees of the selection: the choices in the form and the headings. */
async function visibleState(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLSelectElement>('main select[data-testid]'))
      values[el.dataset['testid'] ?? ''] = el.value;
    values['headings'] = [...document.querySelectorAll('main h2')]
      .map((h) => h.textContent ?? '')
      .join(' | ');
    values['nav'] = document.querySelector('[aria-current="page"]')?.textContent ?? '';
    values['lang'] = document.documentElement.lang;
    return values;
  });
}

describe.skipIf(!chromiumPath)('a copied link reproduces the view exactly (Chromium)', () => {
  let browser: FileBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    context = await browser.newContext({ viewport: VIEWPORTS.laptop });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('after choices made by clicking, on every view, in a fresh page', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator`);
    await waitForApp(page, 2, 'indikator');
    await page.selectOption('[data-testid="region-select"]', '18');
    await page.selectOption('[data-testid="indicator-select"]', 'sysselsattningsgrad');
    await page.selectOption('[data-testid="gender-select"]', 'KM');
    await page.selectOption('[data-testid="from-select"]', '2015');
    await page.selectOption('[data-testid="at-select"]', '2022');
    await page.selectOption('[data-testid="map-mode"]', 'status');
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => window.location.search.includes('lang=en'));
    await waitForApp(page, 3, 'indikator');
    // What the user sees on each view after the clicks, and the link the address bar then holds.
    const links: string[] = [page.url()];
    const seen: Record<string, string>[] = [await visibleState(page)];
    for (const view of ['lan', 'jamfor', 'fragor'] as const) {
      await openView(page, view);
      expect(new URL(page.url()).searchParams.get('vy')).toBe(view);
      links.push(page.url());
      seen.push(await visibleState(page));
    }
    const views = ['indikator', 'lan', 'jamfor', 'fragor'];
    const fresh = await context.newPage();
    fresh.setDefaultTimeout(60_000);
    for (const [k, link] of links.entries()) {
      await fresh.goto(link);
      await waitForApp(fresh, 0, views[k]);
      expect(await visibleState(fresh)).toEqual(seen[k]);
    }
    // What was read is the view itself, not a page still loading.
    expect(seen.map((s) => s['headings'] !== '')).toEqual([true, true, true, true]);
    expect(seen[0]?.['gender-select']).toBe('KM');
    expect(seen[0]?.['at-select']).toBe('2022');
    expect(seen[0]?.['lang']).toBe('en');
    await fresh.close();
    expectClean(problems);
    await page.close();
  });

  it('a link from the first version (lan, indicator, gender; no view) opens as its form today', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=sysselsattningsgrad&kon=K`);
    await waitForApp(page, 2, 'indikator');
    const today = await visibleState(page);
    await page.goto(`${baseUrl}?lan=20&indicator=sysselsattningsgrad&gender=K`);
    await waitForApp(page, 2, 'indikator');
    expect(await visibleState(page)).toEqual(today);
    expect([today['region-select'], today['indicator-select'], today['gender-select']]).toEqual([
      '20',
      'sysselsattningsgrad',
      'K',
    ]);
    expectClean(problems);
    await page.close();
  });

  it('back and forward walk through the selections', async () => {
    const { page } = await openPage(context);
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=nyforetagande`);
    await waitForApp(page, 2, 'indikator');
    await page.selectOption('[data-testid="region-select"]', '01');
    await page.click('[data-testid="nav-jamfor"]');
    await page.waitForFunction(() => window.location.search.includes('vy=jamfor'));
    await page.goBack();
    await page.waitForFunction(
      () => window.location.search.includes('vy=indikator') && window.location.search.includes('region=01'),
    );
    await page.goBack();
    await page.waitForFunction(() => window.location.search.includes('region=20'));
    // Back from Jämför, Indikator comes in a deferred render: until it is drawn (main busy), the
    // Jämför view stays with its own county choice. Waits for the choice to show the county.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-view]')?.getAttribute('data-view') === 'indikator' &&
        document.querySelector<HTMLSelectElement>('[data-testid="region-select"]')?.value === '20',
    );
    await waitForApp(page, 2, 'indikator');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('20');
    await page.goForward();
    await page.waitForFunction(() => window.location.search.includes('region=01'));
    await page.close();
  });
});
