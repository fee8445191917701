import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  canvasHasDrawing,
  type FileBrowser,
  launchChromium,
  openPage,
  seriousAxeViolations,
} from './browser';
import {
  downloadBytes,
  downloadText,
  expectClean,
  goInApp,
  importCount,
  importDone,
  reloadSaved,
  shoot,
  showSelection,
  summaryFor,
  VIEWPORTS,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const REPO = resolve(import.meta.dirname, '../..');
const OWN_FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * The nine charts of the view: pressure (mnkr) and its ratio, leverage ranking and trend, financing,
 * cohorts (mnkr) and their payment rate, RUS, chain. No chart has two value axes.
 */
const FINANCE_CHARTS = 9;

/**
 * A hand calculation from the example ledger and frames, with nothing of the app's code: split the
 * lines, add the kronor. Dalarna (20) in the given decision year.
 */
function handCalculation(
  region: string,
  year: number,
): { applied: number; granted: number; cofinancing: number; frame: number } {
  const rows = readFileSync(resolve(REPO, 'data/arendelista.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(';'));
  let applied = 0;
  let granted = 0;
  let cofinancing = 0;
  for (const r of rows) {
    expect(r).toHaveLength(20);
    if (r[1] !== region || r[3] !== String(year)) continue;
    applied += Number(r[5]);
    if (r[4] !== 'beviljad') continue;
    granted += Number(r[6]);
    for (const cell of r.slice(8, 13)) cofinancing += cell === '' ? 0 : Number(cell);
  }
  const frameRow = readFileSync(resolve(REPO, 'data/ramar.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(';'))
    .find((r) => r[0] === region && r[1] === String(year));
  return { applied, granted, cofinancing, frame: Number(frameRow?.[2]) };
}

const sv = (value: number, decimals: number): string =>
  value
    .toLocaleString('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .replace(/\s/g, ' ');

async function figure(page: Page, id: string): Promise<string> {
  return (
    (await page.textContent(`[data-testid="figure-${id}"] [data-testid="figure-value"]`)) ?? ''
  ).replace(/\s/g, ' ');
}

async function caseRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="cases"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
  );
}

describe.skipIf(!chromiumPath)('Finansiering: anslag 1:1 from the case ledger (Chromium)', () => {
  let browser: FileBrowser;
  let context: BrowserContext;
  // The tests that only look and filter share one page and move inside the app between selections.
  let shared: Awaited<ReturnType<typeof openPage>> | undefined;
  const sharedPage = async (): Promise<Awaited<ReturnType<typeof openPage>>> =>
    (shared ??= await openPage(context));

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

  it('Dalarna 2024: pressure and leverage on the page are the hand calculation from the ledger and the frames', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=finansiering&region=20&tid=2024', FINANCE_CHARTS);
    const hand = handCalculation('20', 2024);
    expect(hand.granted).toBeGreaterThan(0);
    expect(await figure(page, 'ansokningstryck')).toBe(sv(hand.applied / hand.frame, 2));
    expect(await figure(page, 'uppvaxling')).toBe(sv((hand.granted + hand.cofinancing) / hand.granted, 2));
    expect(await figure(page, 'medfinansiering_per_krona')).toBe(sv(hand.cofinancing / hand.granted, 2));
    expect(await figure(page, 'beslutandegrad')).toBe(sv((100 * hand.granted) / hand.frame, 0));
    // The formula is shown with the figure.
    expect(await page.textContent('[data-testid="figure-uppvaxling"] .formula')).toContain('÷');
    // The invented ledger says it is invented.
    expect(await page.textContent('[data-testid="pressure-figure"] figcaption')).toContain(
      'Källa: Exempeldata (påhittad ärendelista',
    );

    // The pressure chart's table: the same sums in mnkr.
    await page.click('[data-testid="pressure-figure"] button:has-text("Visa tabell")');
    const row = await page.$$eval(
      '[data-testid="pressure-figure"] tbody tr',
      (trs) =>
        trs
          .map((tr) =>
            [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s/g, ' ')),
          )
          .find((cells) => cells[0] === '2024') ?? [],
    );
    expect(row.slice(1, 4)).toEqual([
      sv(hand.frame / 1e6, 1),
      sv(hand.applied / 1e6, 1),
      sv(hand.granted / 1e6, 1),
    ]);
    // The pressure ratio is a chart of its own (no second axis): its table has the ratio.
    await page.click('[data-testid="pressure-ratio-figure"] button:has-text("Visa tabell")');
    const ratioRow = await page.$$eval(
      '[data-testid="pressure-ratio-figure"] tbody tr',
      (trs) =>
        trs
          .map((tr) =>
            [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s/g, ' ')),
          )
          .find((cells) => cells[0] === '2024') ?? [],
    );
    expect(ratioRow[1]).toBe(sv(hand.applied / hand.frame, 2));

    for (const id of [
      'pressure-figure',
      'pressure-ratio-figure',
      'leverage-ranking-figure',
      'leverage-trend-figure',
      'cofinancing-figure',
      'cohort-figure',
      'cohort-share-figure',
      'rus-figure',
      'chain-figure',
    ]) {
      expect(await canvasHasDrawing(page, `[data-testid="${id}"]`), id).toBe(true);
    }
    expect(await page.textContent('[data-testid="privacy-note"]')).toContain('skickas aldrig');
    await shoot(page, 'finansiering-1366');
    expectClean(problems);
  });

  it('support type, status and words filter the cases; the CSV holds every match; PNG; kept in the URL', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=finansiering&region=20', FINANCE_CHARTS);
    await page.selectOption('[data-testid="support-type-select"]', 'foretagsstod');
    await page.waitForFunction(() => window.location.search.includes('stod=foretagsstod'));
    await page.selectOption('[data-testid="case-status-select"]', 'avslagen');
    await page.waitForFunction(() => window.location.search.includes('arendestatus=avslagen'));
    const rows = await caseRows(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect([r[1], r[2], r[4]]).toEqual(['Dalarnas län', 'Företagsstöd', 'Avslagen']);

    await page.fill('[data-testid="case-search"]', '20-2024');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.search.includes('sok=20-2024'));
    const found = await caseRows(page);
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(r[0]?.startsWith('20-2024-')).toBe(true);
    const count = (await page.textContent('[data-testid="case-count"]')) ?? '';
    expect(count).toContain(`${found.length} av`);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="case-count"] [data-testid="download-csv"]'),
    ]);
    const lines = (await downloadText(csv))
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines[0]?.split(';').slice(0, 5)).toEqual(['Ärende', 'Län', 'Stödtyp', 'Beslutsår', 'Status']);
    expect(lines).toHaveLength(1 + found.length);
    expect(lines.slice(1).every((l) => l.includes(';Företagsstöd;2024;Avslagen;'))).toBe(true);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="cofinancing-figure"] [data-testid="download-png"]'),
    ]);
    expect([...(await downloadBytes(png)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // The link opens the same selection; back returns to the previous one.
    await reloadSaved(page);
    await waitForApp(page, FINANCE_CHARTS, 'finansiering');
    expect(await page.inputValue('[data-testid="case-search"]')).toBe('20-2024');
    expect(await caseRows(page)).toEqual(found);
    await page.goBack();
    await page.waitForFunction(() => !window.location.search.includes('sok='));
    expect(await page.inputValue('[data-testid="case-search"]')).toBe('');
    expectClean(problems);
  });

  it('has no serious accessibility violations, speaks English, and reads well on a projector', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=finansiering&region=00', FINANCE_CHARTS);
    const showTable = page.getByRole('button', { name: 'Visa tabell' });
    while ((await showTable.count()) > 0) await showTable.first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click('[data-testid="lang-toggle"]');
    await page.waitForFunction(() => window.location.search.includes('lang=en'));
    expect(await page.textContent('#finance-heading')).toBe('Appropriation 1:1 — All counties');
    expect(await page.textContent('[data-testid="nav-finansiering"]')).toBe('Funding');
    // One role="img" per chart, so its name is read once; the catalogue's Swedish source is marked Swedish.
    expect(await page.locator('[data-testid="pressure-figure"] [role="img"]').count()).toBe(1);
    expect(
      await page.textContent('[data-testid="leverage-trend-figure"] figcaption span[lang="sv"]'),
    ).toContain('Exempeldata');

    // On a projector: the same page, its window made the projector's, in Swedish.
    await page.setViewportSize(VIEWPORTS.projector);
    await goInApp(page, '?vy=finansiering&region=00', FINANCE_CHARTS);
    await shoot(page, 'finansiering-1920');
    await page.setViewportSize(VIEWPORTS.laptop);
    expectClean(problems);
  });

  // Last: it loads the user's own ledgers, after which the example ledger (and its all-län view) is gone.
  it('a ledger with bad rows: each rejected row named by line and column; the view keeps working', async () => {
    const { page, problems } = await sharedPage();
    await showSelection(page, baseUrl, '?vy=finansiering&region=20', FINANCE_CHARTS);
    const before = await importCount(page);
    // A CSV with bad rows and a ledger exported to Excel (amounts in tkr, one amount "tolv"), together.
    await page.setInputFiles('[data-testid="file-input"]', [
      resolve(OWN_FIXTURES, 'ledger/arendelista_fel.csv'),
      resolve(OWN_FIXTURES, 'ledger/arendelista_export.xlsx'),
    ]);
    await importDone(page, before);
    const lineAndColumn = (r: { lines: string[]; columns: string[] }): string[][] =>
      r.lines.map((line, i) => [line, r.columns[i] ?? '']);
    const workbook = await summaryFor(page, 'arendelista_export.xlsx');
    expect(workbook.counts).toEqual([5, 4, 1, 0]);
    expect(lineAndColumn(workbook)).toEqual([['6', '6']]);
    const summary = await summaryFor(page, 'arendelista_fel.csv');
    expect(summary.counts).toEqual([6, 2, 4, 0]);
    for (const expected of [
      ['2', '6'],
      ['3', '2'],
      ['4', '7'],
      ['5', '2'],
      ['6', '3'],
    ])
      expect(lineAndColumn(summary)).toContainEqual(expected);
    expect(summary.messages.join(' ')).toContain('Beloppet ”tolv” i ”sökt_belopp” kan inte läsas');
    // The example ledger says which counties the user's files give, and that it is not used beside them.
    const example = await summaryFor(page, 'exempel-arendelista.csv');
    expect(example.messages.join(' ')).toContain(
      'för Dalarnas län, Västerbottens län. Påhittade belopp visas aldrig bredvid verkliga',
    );
    await page.click('[data-testid="import-summary-toggle"]');

    // Dalarna's invented example cases gave way to the file's own: its two accepted cases are all there is,
    // and the charts name the file.
    expect((await page.textContent('[data-testid="case-count"]'))?.startsWith('2 av 2 ärenden.')).toBe(true);
    expect(await page.textContent('[data-testid="pressure-figure"] figcaption')).toContain(
      'Källa: arendelista_fel.csv.',
    );
    await shoot(page, 'finansiering-egen-arendelista');

    // The good rows are in: the view still draws, and the accepted case is listed.
    await page.fill('[data-testid="case-search"]', '2023-106');
    await page.click('[data-testid="case-search-submit"]');
    await page.waitForFunction(() => window.location.search.includes('sok=2023-106'));
    expect((await caseRows(page)).map((r) => r[0])).toEqual(['2023-106']);
    expect(await canvasHasDrawing(page, '[data-testid="pressure-figure"]')).toBe(true);
    expectClean(problems);
  });
});
