import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { expectClean, openView, showSelection, VIEWPORTS, WAIT } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/**
 * Waits until slide `n` of the deck is shown and ready: the bar says "Bild n av …", its heading has
 * the focus, and its chart (an indicator's slide has one) shows its option.
 */
async function waitForSlide(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (k) => {
      const position = document.querySelector('[data-testid="slide-position"]')?.textContent ?? '';
      if (!position.startsWith(`Bild ${k} av `)) return false;
      const heading = document.querySelector('[data-testid="slide-heading"]');
      if (!heading || document.activeElement !== heading) return false;
      const slide = document.querySelector('[data-testid="slide"]');
      const charts = [...(slide?.querySelectorAll('.chart') ?? [])];
      if (slide?.classList.contains('slide-indikator') && charts.length === 0) return false;
      return charts.every((c) => c.getAttribute('data-drawn') === 'true');
    },
    n,
    { timeout: WAIT },
  );
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.textContent(`[data-testid="${testId}"]`)) ?? '';
}

/** Whether the slide fits the window: no scrolling, and its source line above the bar. */
async function fits(page: Page): Promise<{ scroll: boolean; footAboveBar: boolean }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const foot = document.querySelector('.slide-foot')?.getBoundingClientRect();
    const bar = document.querySelector('.meeting-bar')?.getBoundingClientRect();
    return {
      scroll: root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth,
      footAboveBar: foot !== undefined && bar !== undefined && foot.bottom <= bar.top + 1,
    };
  });
}

describe.skipIf(!chromiumPath)('Mötesläge, the meeting screen, in real Chromium at 1920 × 1080', () => {
  let browser: FileBrowser;
  let projector: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    projector = await browser.newContext({ viewport: VIEWPORTS.projector, locale: 'sv-SE' });
  });

  afterAll(async () => {
    await projector?.close();
    await browser?.close();
  });

  it('opens from Län, moves by arrows and a clicker’s PageDown/PageUp, fits every slide, passes axe, and Esc goes back', async () => {
    const { page, problems } = await openPage(projector);
    await showSelection(page, baseUrl, '?vy=lan&region=17');
    await openView(page, 'mote');
    await waitForSlide(page, 1);
    const url = new URL(page.url());
    expect([
      url.searchParams.get('vy'),
      url.searchParams.get('region'),
      url.searchParams.get('retur'),
    ]).toEqual(['mote', '17', 'lan']);

    // The first slide: the first level of the chain with data, for Värmland, with its source and period.
    expect(await text(page, 'slide-heading')).toBe('Resurser');
    expect(await page.textContent('.slide-kicker')).toContain('Värmlands län');
    expect(await text(page, 'slide-source')).toMatch(/^Källa: Exempeldata \(påhittad\)/);
    expect(await text(page, 'slide-period')).toMatch(/^Period: \d{4}/);
    expect(await text(page, 'slide-example')).toContain('Exempeldata (påhittade värden)');
    expect(await text(page, 'slide-counts')).toContain('I fas mot målet');
    const count = Number((await text(page, 'slide-position')).replace(/^Bild 1 av /, ''));
    expect(count).toBeGreaterThan(6);
    // Large type for the room: the title at least 48 px, the counts at least 72 px.
    const sizes = await page.evaluate(() =>
      ['[data-testid="slide-heading"]', '.slide-count .slide-big'].map((s) =>
        parseFloat(getComputedStyle(document.querySelector(s) ?? document.body).fontSize),
      ),
    );
    expect(sizes[0]).toBeGreaterThanOrEqual(48);
    expect(sizes[1]).toBeGreaterThanOrEqual(72);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Arrow right, a clicker's PageDown and PageUp: the heading changes, takes the focus, is announced.
    const steps: readonly [string, number, string][] = [
      ['ArrowRight', 2, 'Aktiviteter'],
      ['PageDown', 3, 'Prestationer'],
      ['PageUp', 2, 'Aktiviteter'],
    ];
    for (const [key, n, heading] of steps) {
      await page.keyboard.press(key);
      await waitForSlide(page, n);
      expect(await text(page, 'slide-heading')).toBe(heading);
      // The heading takes the focus in the effect that announces the slide; the live region's text is
      // rendered after it, so wait for the announcement (it never comes if the slide is not announced).
      const announced = `Bild ${n} av ${count}: ${heading}`;
      await page.waitForFunction(
        (want) => (document.querySelector('[data-testid="live-status"]')?.textContent ?? '').includes(want),
        announced,
        { timeout: WAIT },
      );
      expect(await text(page, 'live-status')).toContain(announced);
      expect(new URL(page.url()).searchParams.get('bild')).toBe(String(n));
    }

    // Every slide of the default deck fits 1920 × 1080 without scrolling; an indicator's has its
    // value in large figures, its trend chart and its source.
    expect(await fits(page)).toEqual({ scroll: true, footAboveBar: true });
    let checkedIndicator = false;
    for (let n = 3; n <= count; n++) {
      await page.keyboard.press('ArrowRight');
      await waitForSlide(page, n);
      expect(await fits(page), `slide ${n}: ${await text(page, 'slide-heading')}`).toEqual({
        scroll: true,
        footAboveBar: true,
      });
      expect(await text(page, 'slide-source')).toMatch(/^Källa: \S/);
      if (!checkedIndicator && (await page.$('.slide-indikator'))) {
        checkedIndicator = true;
        const value = await page.evaluate(() =>
          parseFloat(
            getComputedStyle(document.querySelector('[data-testid="slide-value"]') ?? document.body).fontSize,
          ),
        );
        expect(value).toBeGreaterThanOrEqual(72);
        expect(await text(page, 'slide-value')).toMatch(/\d/);
        expect(await page.getAttribute('[data-testid="slide-chart"]', 'aria-label')).toContain(
          'Värmlands län',
        );
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
    }
    expect(checkedIndicator).toBe(true);
    // Esc goes back to the Län view for the same county.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-view="lan"]', { timeout: WAIT });
    const back = new URL(page.url());
    expect([
      back.searchParams.get('vy'),
      back.searchParams.get('region'),
      back.searchParams.get('bild'),
    ]).toEqual(['lan', '17', null]);
    expect(await page.isVisible('[data-testid="nav-mote"]')).toBe(true);
    // Focus is back where the user went in, not on <body>.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'nav-mote',
      undefined,
      {
        timeout: WAIT,
      },
    );
    expectClean(problems);
  });
});
