import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { addFiles, expectClean, goInApp, openView, shoot, showSelection, waitForApp, WAIT } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** 1280 CSS px at 400 % zoom, and at 200 %. */
const NARROW = { width: 320, height: 800 } as const;
const HALF = { width: 640, height: 800 } as const;

const VIEWS = [
  ['lan', '?vy=lan&region=20', 10],
  ['indikator', '?vy=indikator&region=20&indikator=nyforetagande', 3],
  ['jamfor', '?vy=jamfor', 0],
  ['fragor', '?vy=fragor&region=20', 0],
  ['finansiering', '?vy=finansiering&region=20', 0],
  ['strategi', '?vy=strategi', 0],
  ['mote', '?vy=mote&region=20', 0],
  ['underlag', '?vy=underlag&region=20', 0],
] as const;

async function showEveryTable(page: Page): Promise<void> {
  const showTable = page.getByRole('button', { name: 'Visa tabell' });
  while ((await showTable.count()) > 0) await showTable.first().click();
}

/** What scrolls sideways inside the page: every such box must be a named, keyboard-reachable region. */
async function sidewaysScrollers(
  page: Page,
): Promise<{ what: string; region: boolean; named: boolean; focusable: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter(
        (el) =>
          el instanceof HTMLElement &&
          el.scrollWidth > el.clientWidth + 1 &&
          ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      )
      .map((el) => ({
        what: `${el.tagName.toLowerCase()}.${el.className}`,
        region: el.getAttribute('role') === 'region',
        named:
          (el.getAttribute('aria-label') ?? '') !== '' || (el.getAttribute('aria-labelledby') ?? '') !== '',
        focusable:
          (el as HTMLElement).tabIndex >= 0 ||
          el.querySelector('button, a[href], input, select, [tabindex="0"]') !== null,
      })),
  );
}

describe.skipIf(!chromiumPath)('reflow, titles and announcements (WCAG 1.4.10, 2.4.2, 4.1.3)', () => {
  let browser: FileBrowser;
  let narrow: BrowserContext;
  // The tests that only look share one page, loaded once, and move inside the app (showSelection);
  // each sets the width it is about. The one that needs a first load and adds a file has its own.
  let shared: Awaited<ReturnType<typeof openPage>> | undefined;
  const sharedPage = async (
    viewport: typeof NARROW | typeof HALF,
  ): Promise<Awaited<ReturnType<typeof openPage>>> => {
    shared ??= await openPage(narrow);
    await shared.page.setViewportSize(viewport);
    return shared;
  };

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    narrow = await browser.newContext({ viewport: NARROW, locale: 'sv-SE' });
  });

  afterAll(async () => {
    await narrow?.close();
    await browser?.close();
  });

  it('at 320 CSS px every view is one column without sideways page scroll, the header stays dark, and axe finds nothing serious', async () => {
    const { page, problems } = await sharedPage(NARROW);
    for (const [view, query, charts] of VIEWS) {
      await showSelection(page, baseUrl, query, charts);
      await showEveryTable(page);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(widths.inner).toBe(NARROW.width);
      expect({ view, fits: widths.scroll <= widths.inner, ...widths }).toEqual({
        view,
        fits: true,
        ...widths,
      });
      // The header's controls and the view links stay inside the dark bars.
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('.app-header button, .app-header label, .view-nav a')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            const bar = el.closest('.app-header, .view-nav')?.getBoundingClientRect();
            return (
              !bar ||
              box.left < bar.left ||
              box.right > bar.right ||
              box.top < bar.top ||
              box.bottom > bar.bottom
            );
          })
          .map((el) => el.textContent ?? ''),
      );
      expect({ view, outside }).toEqual({ view, outside: [] });
      for (const scroller of await sidewaysScrollers(page))
        expect({ view, ...scroller }).toEqual({
          view,
          what: scroller.what,
          region: true,
          named: true,
          focusable: true,
        });
      expect({ view, violations: await seriousAxeViolations(page) }).toEqual({ view, violations: [] });
      await shoot(page, `${view}-320`);
    }
    expectClean(problems);
  });

  it('at 640 CSS px the Indikator map and counties table are one column, with the value and status columns in view', async () => {
    // As a user zooming to 200 % gets it: the open page's window becomes 640 CSS px wide.
    const { page, problems } = await sharedPage(HALF);
    await showSelection(page, baseUrl, '?vy=indikator&region=20&indikator=nyforetagande', 3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(HALF.width);
    const layout = await page.evaluate(() => {
      const map = document.querySelector('[data-testid="map-figure"]')?.getBoundingClientRect();
      const table = document.querySelector('[data-testid="counties-table"]')?.getBoundingClientRect();
      const wrap = document
        .querySelector('[data-testid="counties-table"] .table-wrap')
        ?.getBoundingClientRect();
      const heads = [...document.querySelectorAll('[data-testid="counties-data-table"] thead th')].map(
        (th) => {
          const box = th.getBoundingClientRect();
          const style = getComputedStyle(th);
          return {
            text: (th.textContent ?? '').replace(/[↕▲▼]/g, '').trim(),
            left: box.left,
            right: box.right,
            width: box.width,
            shown: style.display !== 'none' && style.visibility !== 'hidden',
          };
        },
      );
      return {
        map: map && { bottom: map.bottom, width: map.width },
        table: table && { top: table.top, width: table.width },
        wrapRight: wrap?.right ?? 0,
        heads,
        inner: window.innerWidth,
      };
    });
    // Stacked, each the full width, not two cramped columns.
    expect(layout.map && layout.table && layout.map.bottom <= layout.table.top).toBe(true);
    expect(layout.table?.width ?? 0).toBeGreaterThan(HALF.width * 0.9);
    for (const name of ['Värde', 'Status']) {
      const head = layout.heads.find((h) => h.text.startsWith(name));
      expect({ name, found: head !== undefined }).toEqual({ name, found: true });
      if (!head) continue;
      expect(head.shown).toBe(true);
      expect(head.width).toBeGreaterThan(20);
      expect(head.right).toBeLessThanOrEqual(Math.min(layout.inner, layout.wrapRight) + 1);
    }
    expect(
      await page.isVisible('[data-testid="counties-data-table"] tbody tr:first-child td:last-child'),
    ).toBe(true);
    await shoot(page, 'indikator-640');
    expectClean(problems);
  });

  it('gives every view its own document title, in the current language', async () => {
    const { page, problems } = await sharedPage(NARROW);
    await showSelection(page, baseUrl, '?vy=lan&region=20', 10);
    /**
     * Opens every view in turn (inside the app: Mötesläge hides the view links); the title is set
     * once the view is on the page, so wait for it.
     */
    const titles = async (prefixes: readonly string[], lang: string): Promise<string[]> => {
      const seen: string[] = [];
      for (const [k, [, query, charts]] of VIEWS.entries()) {
        await goInApp(page, `${query}${lang}`, charts);
        await page.waitForFunction((prefix) => document.title.startsWith(prefix), prefixes[k] ?? '', {
          timeout: WAIT,
        });
        seen.push(await page.title());
      }
      return seen;
    };
    const sv = await titles(
      [
        'Län:',
        'Indikator:',
        'Jämför:',
        'Utvärderingsfrågor:',
        'Finansiering:',
        'Strategin',
        'Mötesläge:',
        'Ledningsunderlag:',
      ],
      '',
    );
    expect(sv).toEqual([
      'Län: Dalarnas län – Regionala resultat',
      'Indikator: Nyföretagande – Dalarnas län – Regionala resultat',
      'Jämför: alla län och indikatorer – Regionala resultat',
      'Utvärderingsfrågor: Dalarnas län – Regionala resultat',
      'Finansiering: Dalarnas län – Regionala resultat',
      'Strategin – effektkedjan – Regionala resultat',
      'Mötesläge: Dalarnas län – Regionala resultat',
      'Ledningsunderlag: Dalarnas län – Regionala resultat',
    ]);
    // The language toggle changes the shown view's title at once.
    await goInApp(page, '?vy=finansiering&region=20');
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(
      () => document.title === 'Funding: Dalarna County – Regional results',
      undefined,
      { timeout: WAIT },
    );
    await openView(page, 'fragor');
    await page.waitForFunction(() => document.title.startsWith('Evaluation questions'), undefined, {
      timeout: WAIT,
    });
    const en = await titles(
      [
        'County:',
        'Indicator:',
        'Compare:',
        'Evaluation questions:',
        'Funding:',
        'The strategy',
        'Meeting mode:',
        'Briefing:',
      ],
      '&lang=en',
    );
    expect(new Set(en).size).toBe(VIEWS.length);
    en.forEach((title, i) => {
      expect(title).toMatch(/ – Regional results$/);
      expect(title).not.toBe(sv[i]);
    });
    expect(en[0]).toBe('County: Dalarna County – Regional results');
    expect(en[1]).toMatch(/^Indicator: .+ – Dalarna County – Regional results$/);
    expectClean(problems);
  });

  it('announces a new view and the result of an import in one polite live region, not on first load', async () => {
    const context = await browser.newContext({ viewport: NARROW, locale: 'sv-SE' });
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    const live = page.locator('[data-testid="live-status"]');
    await live.waitFor({ state: 'attached' });
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await waitForApp(page, 10, 'lan');
    expect((await live.textContent())?.trim()).toBe('');

    await openView(page, 'jamfor');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="live-status"]')?.textContent ?? '').includes(
          'Jämför: alla län och indikatorer',
        ),
      undefined,
      { timeout: WAIT },
    );
    // A change of county is not a change of view: nothing new is said.
    await openView(page, 'fragor');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="live-status"]')?.textContent ?? '').startsWith(
          'Utvärderingsfrågor: Dalarnas län',
        ),
      undefined,
      { timeout: WAIT },
    );
    await page.selectOption('[data-testid="region-select"]', '25');
    await page.waitForFunction(
      () => document.title.startsWith('Utvärderingsfrågor: Norrbottens län'),
      undefined,
      { timeout: WAIT },
    );
    expect(await live.textContent()).toBe('Utvärderingsfrågor: Dalarnas län');

    await addFiles(page, [resolve(FIXTURES, 'two_bad_rows.csv')]);
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="live-status"]')?.textContent ?? '').includes(
          'two_bad_rows.csv',
        ),
      undefined,
      { timeout: WAIT },
    );
    const said = (await live.textContent()) ?? '';
    expect(said).toContain('0 godkända, 2 avvisade, 0 överhoppade');
    expect(said).toMatch(/Avvisade rader: \d+, \d+\./);
    // Said once the result is on the page: the header's accounting already counts the rejected rows.
    expect(await page.textContent('[data-testid="import-summary-toggle"]')).toMatch(/[1-9]\d* avvisade/);
    expectClean(problems);
    await context.close();
  });
});
