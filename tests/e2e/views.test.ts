import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  canvasHasDrawing,
  type FileBrowser,
  launchChromium,
  openPage,
  seriousAxeViolations,
} from './browser';
import {
  chooseCounty,
  chooseIn,
  clickCountyOnMap,
  downloadBytes,
  downloadText,
  expectClean,
  shoot,
  showSelection,
  VIEWPORTS,
  waitForApp,
} from './helpers';
import { REPO_ROOT } from '../../scripts/lib/serve-build';
import { CHARTS_WARMED_MARK } from '../../src/components/chart-warm-up';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('every view in real Chromium (built app)', () => {
  let browser: FileBrowser;
  let laptop: BrowserContext;
  // The tests here only look, choose and download: nothing they do is kept beyond the address. They
  // share one page, loaded once, and move inside the app between their selections (showSelection).
  let shared: Awaited<ReturnType<typeof openPage>> | undefined;
  const sharedPage = async (): Promise<Awaited<ReturnType<typeof openPage>>> =>
    (shared ??= await openPage(laptop));

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
    laptop = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'sv-SE', acceptDownloads: true });
  });

  afterAll(async () => {
    await laptop?.close();
    await browser?.close();
  });

  it('Län: the county along the effect chain, with a card per indicator, a sparkline each, and the example-data notice', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=lan&region=20', 10);
    expect(await page.textContent('[data-testid="example-banner"]')).toContain(
      'Exempeldata — påhittade värden',
    );
    const levels = await page.$$eval('.chain > li h2', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(levels.map((l) => l.split(' (')[0])).toEqual([
      'Resurser',
      'Aktiviteter',
      'Prestationer',
      'Utfall',
      'Kortsiktiga effekter',
      'Långsiktiga effekter',
    ]);
    expect(await page.locator('.overview-card').count()).toBeGreaterThanOrEqual(14);
    expect(await canvasHasDrawing(page, '[data-testid="card-nyforetagande"]')).toBe(true);
    // The evaluation question shows on keyboard focus.
    await page.focus('[data-testid="card-nyforetagande"] .tip-button');
    expect(await page.isVisible('[data-testid="card-nyforetagande"] [role="tooltip"]')).toBe(true);
    await shoot(page, 'lan-1366');
    // The generated summary: the card's value, and the target that data/targets.csv sets for Dalarna.
    const [, targetYear = '', target = ''] =
      /^20;nyforetagande;(\d{4});([\d,]+);/m.exec(
        readFileSync(resolve(REPO_ROOT, 'data/targets.csv'), 'utf8'),
      ) ?? [];
    const sentence =
      (await page.textContent('[data-testid="summary-sentence-nyforetagande"] .summary-text')) ?? '';
    const cardValue = (
      (await page.textContent('[data-testid="card-nyforetagande"] .card-value')) ?? ''
    ).split(/\s/)[0];
    expect(sentence).toMatch(new RegExp(`^Nyföretagande i Dalarnas län var ${cardValue} nya företag `));
    expect(sentence).toContain(`inte i fas mot målet ${target} år ${targetYear}.`);
    expect(await page.textContent('[data-testid="summary-kortsiktiga_effekter"] .summary-count')).toMatch(
      /^\d+ indikatorer: /,
    );
    expect(await page.textContent('[data-testid="summary-invented"]')).toContain('påhittade exempeldata');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-csv"]'),
    ]);
    const rows = (await downloadText(csv))
      .slice(1)
      .split('\r\n')
      .filter((r) => r !== '');
    expect(rows[0]?.split(';').slice(0, 4)).toEqual([
      'Nivå i effektkedjan',
      'Indikator',
      'Utvärderingsfråga',
      'Värde',
    ]);
    expect(rows.length - 1).toBe(await page.locator('.overview-card').count());
    const card = (await page.textContent('[data-testid="card-nyforetagande"] .card-value')) ?? '';
    const row = rows.find((r) => r.split(';')[1] === 'Nyföretagande') ?? '';
    expect(card.replace(/\s.*$/s, '')).toBe(row.split(';')[3]);
    // Each row carries its unit and source.
    const header = rows[0]?.split(';') ?? [];
    expect(row.split(';')[header.indexOf('Enhet')]).toBe('nya företag per 1 000 invånare 16–64 år');
    expect(row.split(';')[header.indexOf('Källa')]).toContain('Exempeldata (påhittad)');

    // On paper: no view links and no buttons, the header's title in ink (browsers leave backgrounds
    // out), the county's choice and every card still there.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('.view-nav') ?? document.body).display,
      buttons: [...document.querySelectorAll('button')]
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => b.textContent ?? ''),
      title: getComputedStyle(document.querySelector('.app-header h1') ?? document.body).color,
      choice: document.querySelector('[data-testid="region-select"]')?.getClientRects().length ?? 0,
      cards: [...document.querySelectorAll('.overview-card')].filter((c) => c.getClientRects().length > 0)
        .length,
    }));
    expect(printed).toEqual({
      nav: 'none',
      buttons: [],
      title: 'rgb(0, 0, 0)',
      choice: 1,
      cards: await page.locator('.overview-card').count(),
    });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // Another county: the select shows it at once, and `main` is busy from the change until the view
    // shows the county (the cards are drawn in a later render, main never says ready too early).
    expect(await chooseCounty(page, '01')).toEqual({ value: '01', busy: 'true' });
    await waitForApp(page, 10, 'lan');
    expect(await page.textContent('.overview-title')).toContain('Stockholms län');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('01');

    await page.click('[data-testid="card-nyforetagande"] h3 a');
    await page.waitForFunction(
      () =>
        window.location.search.includes('vy=indikator') &&
        window.location.search.includes('indikator=nyforetagande'),
    );
    expectClean(problems);
  });

  it('Indikator: picking a county on the map selects it; the indicator changes; CSV and PNG download', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=indikator&region=20&indikator=nyforetagande', 3);
    expect(await canvasHasDrawing(page, '[data-testid="map-chart"]')).toBe(true);
    await clickCountyOnMap(page, 'Jämtland');
    await page.waitForFunction(() => window.location.search.includes('region=23'));
    expect(await page.textContent('[data-testid="trend-figure"] h2')).toContain('Jämtlands län');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('23');

    // Another indicator: the choice shows it at once, and `main` is busy until the view has drawn it
    // (in a later render React may cut into slices).
    expect(await chooseIn(page, 'indicator-select', 'arbetsloshet')).toEqual({
      value: 'arbetsloshet',
      busy: 'true',
    });
    await waitForApp(page, 3, 'indikator');
    expect(new URL(page.url()).searchParams.get('indikator')).toBe('arbetsloshet');
    expect(await page.textContent('#indicator-name')).toBe('Arbetslöshet 20–64 år');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="ranking-figure"] [data-testid="download-csv"]'),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = await downloadText(csv);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines[0]).toBe('Plats;Län;Värde (%);Status;Period;Enhet;Källa');
    expect(lines).toHaveLength(1 + 21 + 1);
    const jamtland = lines.find((l) => l.includes('Jämtlands län')) ?? '';
    expect(jamtland).toMatch(/^\d+;Jämtlands län;\d+,\d;/);
    // The value in the file is the value on the page.
    const shown = await page.$$eval(
      '[data-testid="counties-data-table"] tr',
      (rows) => rows.map((r) => r.textContent ?? '').find((t) => t.includes('Jämtlands län')) ?? '',
    );
    expect(shown.replace(/\s/g, '')).toContain((jamtland.split(';')[2] ?? 'x').replace('.', ','));

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="trend-figure"] [data-testid="download-png"]'),
    ]);
    const bytes = await downloadBytes(png);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5000);
    // The image carries its title above the plot and its caption below it, at twice the chart's size:
    // ink in the band above the plot and in the band below it, on a white ground.
    const image = await page.evaluate(
      async (data) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0);
        const chart = document.querySelector('[data-testid="trend-figure"] canvas')?.getBoundingClientRect();
        const plotHeight = Math.round((chart?.height ?? 0) * 2);
        const extra = bitmap.height - plotHeight;
        const inkIn = (top: number, height: number): number => {
          const d = context.getImageData(0, top, bitmap.width, Math.max(1, height)).data;
          let ink = 0;
          for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) < 128) ink++;
          return ink;
        };
        return {
          width: bitmap.width,
          chartWidth: Math.round((chart?.width ?? 0) * 2),
          extra,
          titleInk: inkIn(0, 70),
          captionInk: inkIn(bitmap.height - 100, 100),
          corner: [...context.getImageData(0, 0, 1, 1).data],
        };
      },
      [...bytes],
    );
    expect(image.width).toBe(Math.max(image.chartWidth, 640));
    expect(image.titleInk).toBeGreaterThan(50);
    expect(image.captionInk).toBeGreaterThan(50);
    expect(image.extra).toBeGreaterThan(100);
    expect(image.corner).toEqual([255, 255, 255, 255]);
    await shoot(page, 'indikator-1366');
    expectClean(problems);
  });

  it('Indikator: compared regions, quarters, women and men, period range, the map by status', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=indikator&region=12&indikator=nyforetagande', 3);
    await page.click('[data-testid="compare-toggle"]');
    await page.check('[data-testid="compare-panel"] input[value="01"]');
    await page.check('[data-testid="compare-panel"] input[value="25"]');
    await page.waitForFunction(
      () => window.location.search.includes('med=01%2C25') || window.location.search.includes('med=01,25'),
    );
    await page.selectOption('[data-testid="granularity-select"]', 'quarter');
    await page.selectOption('[data-testid="from-select"]', '2020-Q1');
    await page.waitForFunction(() => window.location.search.includes('fran=2020-Q1'));
    await page.click('[data-testid="trend-figure"] button:has-text("Visa tabell")');
    const first = await page.textContent('[data-testid="trend-figure"] table tbody tr th');
    expect(first).toBe('2020 K1');
    const headers = await page.$$eval('[data-testid="trend-figure"] table thead th', (ths) =>
      ths.map((t) => t.textContent ?? ''),
    );
    expect(headers).toEqual(
      expect.arrayContaining(['Skåne län', 'Stockholms län', 'Norrbottens län', 'Riket']),
    );
    await page.selectOption('[data-testid="map-mode"]', 'status');
    await page.waitForFunction(() => window.location.search.includes('karta=status'));
    expect(await page.textContent('[data-testid="map-figure"] .status-legend')).toContain(
      'Inte i fas med målet',
    );
    // The trend's table stays open across a change of selection; closed here, opened again there.
    await page.click('[data-testid="trend-figure"] button:has-text("Dölj tabell")');
    await showSelection(page, baseUrl, '?vy=indikator&region=20&indikator=sysselsattningsgrad&kon=KM', 3);
    await page.click('[data-testid="trend-figure"] button:has-text("Visa tabell")');
    const kmHeaders = await page.$$eval('[data-testid="trend-figure"] table thead th', (ths) =>
      ths.map((t) => t.textContent ?? ''),
    );
    expect(kmHeaders).toEqual([
      'Period',
      'Dalarnas län, kvinnor',
      'Dalarnas län, män',
      'Riket, kvinnor',
      'Riket, män',
    ]);
    expectClean(problems);
  });

  it('Jämför: the matrix by status and by rank; a cell opens the indicator for that county', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=jamfor');
    expect(await page.locator('[data-testid="matrix"] tbody tr').count()).toBe(21);
    const label = await page.getAttribute('[data-testid="cell-14-nyforetagande"]', 'aria-label');
    expect(label).toMatch(
      /^Västra Götalands län, Nyföretagande: (I fas mot målet|Risk att inte nå målet|Inte i fas med målet)$/,
    );
    await shoot(page, 'jamfor-1366');
    await page.selectOption('[data-testid="matrix-mode"]', 'rank');
    await page.waitForFunction(() => window.location.search.includes('visa=rang'));
    // The address changes before the matrix has drawn its ranks: wait until every cell shows one.
    const shown = await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid^="cell-"][data-testid$="-nyforetagande"]')];
      const texts = cells.map((c) => (c.textContent ?? '').trim());
      return cells.length > 0 && texts.every((t) => /^\d+$/.test(t)) && texts;
    });
    const ranks = ((await shown.jsonValue()) as string[]).map(Number);
    // Competition ranking: 1 first, ties share a rank and the next rank skips ("1, 2, 2, 4").
    const sorted = [...ranks].sort((a, b) => a - b);
    expect(sorted[0]).toBe(1);
    sorted.forEach((rank, i) => expect(rank === i + 1 || rank === sorted[i - 1]).toBe(true));
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-csv"]'),
    ]);
    const rows = (await downloadText(csv)).slice(1).split('\r\n');
    expect(rows[0]?.startsWith('Län;')).toBe(true);
    expect(rows[1]?.startsWith('Stockholms län;')).toBe(true);
    await page.click('[data-testid="cell-23-nyforetagande"]');
    await page.waitForFunction(
      () => window.location.search.includes('vy=indikator') && window.location.search.includes('region=23'),
    );
    await waitForApp(page, 2, 'indikator');
    expect(await page.textContent('[data-testid="trend-figure"] h2')).toContain('Jämtlands län');
    expectClean(problems);
  });

  it('Utvärderingsfrågor: process and summative questions by chain level, with the county’s status', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=fragor&region=25');
    expect(await page.textContent('h2.view-title')).toBe('Utvärderingsfrågor: Norrbottens län');
    expect(await page.textContent('[data-testid="questions-kortsiktiga_effekter"]')).toContain(
      'Ökar nyföretagandet i länet?',
    );
    expect(await page.textContent('[data-testid="questions-aktiviteter"]')).toContain(
      'Hur ser ansökningstrycket på 1:1-medel ut?',
    );
    expect(await page.locator('.question-process').count()).toBeGreaterThan(0);
    expect(await page.locator('.question-summative').count()).toBeGreaterThan(0);
    await shoot(page, 'fragor-1366');
    // Another county: shown in the select at once, `main` busy until the questions show it.
    expect(await chooseCounty(page, '20')).toEqual({ value: '20', busy: 'true' });
    await waitForApp(page, 0, 'fragor');
    expect(await page.textContent('h2.view-title')).toBe('Utvärderingsfrågor: Dalarnas län');
    expectClean(problems);
  });

  it('speaks English on every view after the toggle, and back', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=lan&region=20', 5);
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => window.location.search.includes('lang=en'));
    expect(await page.textContent('h1')).toBe('Regional results');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    for (const [view, text] of [
      ['indikator', 'Latest value'],
      ['jamfor', 'Counties and indicators'],
      ['fragor', 'Evaluation questions: Dalarna County'],
    ] as const) {
      await page.click(`[data-testid="nav-${view}"]`);
      await page.waitForFunction((v) => window.location.search.includes(`vy=${v}`), view);
      // The address changes first; the view's words once it is on the page.
      await waitForApp(page, 0, view);
      await page.waitForFunction((t) => document.querySelector('main')?.textContent?.includes(t), text);
    }
    await page.click('[data-testid="lang-toggle"]');
    expect(await page.textContent('h1')).toBe('Regionala resultat');
    expectClean(problems);
  });

  it('has no serious or critical accessibility violations on any view (axe-core, WCAG 2.1 AA)', async () => {
    const { page } = await sharedPage();
    // Jämför by status and by rank, at this size, is checked in a11y-keyboard.test.ts (with a cell
    // focused by the arrows, the matrix's roving tab stop moved): not checked twice.
    for (const query of [
      '?vy=lan&region=20',
      '?vy=indikator&region=20&indikator=nyforetagande&med=01',
      '?vy=indikator&region=20&indikator=nyforetagande&karta=status',
      '?vy=fragor&region=20',
      '?vy=lan&region=20&lang=en',
    ]) {
      await showSelection(page, baseUrl, query);
      const showTable = page.getByRole('button', { name: 'Visa tabell' });
      while ((await showTable.count()) > 0) await showTable.first().click();
      const violations = await seriousAxeViolations(page);
      expect({ query, violations }).toEqual({ query, violations: [] });
    }
    await page.click('[data-testid="import-summary-toggle"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click('[data-testid="import-summary-toggle"]');
  });

  // A select without a width of its own is as wide as its widest option, so the browser measured
  // all 312 options of the region choice on every layout of the page: 5–25 ms of each county change.
  it('no select is sized by its options: an option far longer than any leaves every select as wide as it was', async () => {
    const { page } = await sharedPage();
    const checked: string[] = [];
    for (const query of [
      '?vy=lan&region=20',
      '?vy=indikator&region=20&indikator=nyforetagande',
      '?vy=jamfor&region=20',
      '?vy=finansiering&region=20',
      '?vy=indikator&region=20&indikator=nyforetagande&lang=en',
    ]) {
      await showSelection(page, baseUrl, query);
      const widths = await page.$$eval('main select, header select', (selects) =>
        selects.map((select) => {
          const before = select.getBoundingClientRect().width;
          const long = document.createElement('option');
          long.textContent = 'Ett mycket långt alternativ '.repeat(8);
          select.append(long);
          const after = select.getBoundingClientRect().width;
          long.remove();
          return {
            select: select.getAttribute('data-testid') ?? select.id,
            options: select.querySelectorAll('option').length,
            before,
            after,
          };
        }),
      );
      for (const w of widths) expect({ query, ...w }).toEqual({ query, ...w, after: w.before });
      checked.push(...widths.map((w) => `${w.select}:${w.options > 300 ? 'many' : 'few'}`));
    }
    // The heavy ones are among those checked: the region choice with every kommun, and the indicators.
    expect(checked).toContain('region-select:many');
    expect(checked).toContain('indicator-select:few');
  });

  // After a page's first chart, the other chart kinds are drawn once off the page in idle time
  // (chart-warm-up.ts), so that the next view's charts draw at their warm cost.
  it('warms the chart kinds up once, off the page: no canvas outside a chart, and the next view draws', async () => {
    const { page, problems } = await openPage(laptop);
    const warmUps = (): Promise<number> =>
      page.evaluate((mark) => performance.getEntriesByName(mark).length, CHARTS_WARMED_MARK);
    const strayCanvases = (): Promise<number> =>
      page.evaluate(
        () => [...document.querySelectorAll('canvas')].filter((c) => !c.closest('.chart')).length,
      );
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 1, 'lan');
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CHARTS_WARMED_MARK);
    expect(await strayCanvases()).toBe(0);
    await showSelection(page, baseUrl, '?vy=indikator&region=20&indikator=nyforetagande', 3);
    expect(await canvasHasDrawing(page, '[data-testid="map-chart"]')).toBe(true);
    expect(await canvasHasDrawing(page, '[data-testid="trend-chart"]')).toBe(true);
    expect(await warmUps()).toBe(1);
    expect(await strayCanvases()).toBe(0);
    expectClean(problems);
    await page.close();
  });

  it("a removed chart's canvases let go of their pixels soon after, not in the collector's pause", async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=lan&region=20');
    // Län's sparklines, kept hold of past their removal.
    const count = await page.evaluate(() => {
      const kept = [...document.querySelectorAll('main .chart canvas')];
      (window as unknown as { keptCanvases: Element[] }).keptCanvases = kept;
      return kept.length;
    });
    expect(count).toBeGreaterThan(5);
    await showSelection(page, baseUrl, '?vy=indikator&region=20&indikator=nyforetagande', 3);
    // In slices after the change of view: wait until none has pixels, or fail with their sizes.
    const sizes = (): Promise<string[]> =>
      page.evaluate(() =>
        (window as unknown as { keptCanvases: HTMLCanvasElement[] }).keptCanvases.map(
          (c) => `${c.isConnected ? 'in the page' : 'removed'} ${c.width}×${c.height}`,
        ),
      );
    await page
      .waitForFunction(() =>
        (window as unknown as { keptCanvases: HTMLCanvasElement[] }).keptCanvases.every(
          (c) => !c.isConnected && c.width === 0 && c.height === 0,
        ),
      )
      .catch(() => undefined);
    const after = await sizes();
    expect(after).toEqual(after.map(() => 'removed 0×0'));
    // The charts shown now have theirs.
    expect(await canvasHasDrawing(page, '[data-testid="trend-chart"]')).toBe(true);
    expectClean(problems);
  });

  it('is operable by keyboard: the view links, the county choice and the matrix cells', async () => {
    const { page } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=lan&region=20', 5);
    await page.focus('[data-testid="nav-jamfor"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('vy=jamfor'));
    await page.focus('[data-testid="cell-01-nyforetagande"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => window.location.search.includes('vy=indikator') && window.location.search.includes('region=01'),
    );
    await waitForApp(page, 2, 'indikator');
    await page.focus('[data-testid="region-select"]');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => window.location.search.includes('region=03'));
  });

  it('a chart is drawn at its box’s width, and again at the new width when the window narrows and widens', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=indikator&region=14&indikator=uppvaxling', 3);
    // Each chart's laid-out content width and the width its canvas is drawn at (ECharts' CSS width).
    const sizes = (): Promise<[number, number][]> =>
      page.$$eval('main .chart', (charts) =>
        charts.map((chart): [number, number] => {
          const canvas = chart.querySelector('canvas');
          return [
            Math.floor(parseFloat(getComputedStyle(chart).width)),
            canvas ? parseFloat(canvas.style.width) : -1,
          ];
        }),
      );
    // Every chart drawn at its box's width, and (given the widths before) every box's width changed.
    const drawnAtBox = (before: readonly (readonly [number, number])[] | undefined): boolean =>
      [...document.querySelectorAll('main .chart')].every((chart, i) => {
        const canvas = chart.querySelector('canvas');
        const box = Math.floor(parseFloat(getComputedStyle(chart).width));
        return canvas !== null && box === parseFloat(canvas.style.width) && box !== before?.[i]?.[0];
      });
    const wide = await sizes();
    expect(wide).toHaveLength(3);
    for (const [box, drawn] of wide) expect(drawn).toBe(box);
    try {
      await page.setViewportSize({ width: 900, height: 768 });
      await page.waitForFunction(drawnAtBox, wide);
      const narrow = await sizes();
      for (const [i, [box, drawn]] of narrow.entries()) {
        expect(box).not.toBe(wide[i]?.[0]);
        expect(drawn).toBe(box);
      }
    } finally {
      await page.setViewportSize(VIEWPORTS.laptop);
    }
    await page.waitForFunction(drawnAtBox, undefined);
    expect(await sizes()).toEqual(wide);
    expectClean(problems);
  });

  // Last: the shared page's window becomes the projector's.
  it('reads well on a 1920×1080 projector: every view', async () => {
    const { page, problems } = await sharedPage();
    await page.setViewportSize(VIEWPORTS.projector);
    for (const [query, name, charts] of [
      ['?vy=lan&region=14', 'lan-1920', 10],
      ['?vy=indikator&region=14&indikator=uppvaxling', 'indikator-1920', 3],
      ['?vy=jamfor', 'jamfor-1920', 0],
      ['?vy=fragor&region=14', 'fragor-1920', 0],
    ] as const) {
      await showSelection(page, baseUrl, query, charts);
      await shoot(page, name);
    }
    expectClean(problems);
  });
});
