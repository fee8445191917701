import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasHasDrawing, contextPerTest, openPage, seriousAxeViolations } from './browser';
import {
  addFiles,
  downloadText,
  expectClean,
  goInApp,
  hoverKommunOnMap,
  shoot,
  summaryFor,
  VIEWPORTS,
  WAIT,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const FILE = resolve(import.meta.dirname, '../fixtures/kommun/dalarna-nyforetagande.csv');
/** Göteborg's nyföretagande (a kommun of another county) and a target for Falun. */
const EXTRA = resolve(import.meta.dirname, '../fixtures/kommun/jamfor-kommuner.json');

/** The kommuner the file names by code (SCB); Falun (2080) and Borlänge (2081) it names by name. */
const KOMMUN_NAMES: Readonly<Record<string, string>> = {
  '2021': 'Vansbro',
  '2023': 'Malung-Sälen',
  '2026': 'Gagnef',
  '2029': 'Leksand',
  '2031': 'Rättvik',
  '2034': 'Orsa',
  '2039': 'Älvdalen',
  '2061': 'Smedjebacken',
  '2062': 'Mora',
  '2082': 'Säter',
  '2083': 'Hedemora',
  '2084': 'Avesta',
  '2085': 'Ludvika',
};

/** The file's values of a year (2025 unless said) by kommun name, read from the file itself: the hand count the page must show. */
function fileValues(year = '2025'): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of readFileSync(FILE, 'utf8').trim().split('\n').slice(1)) {
    const [region = '', , period, value = ''] = line.split(';');
    if (period === year) values.set(KOMMUN_NAMES[region] ?? region, value);
  }
  return values;
}

/** The hand count of the ranks: the file's 2025 values, highest first; ties share a rank; ".." has none. */
function fileRanks(): Map<string, string> {
  const values = [...fileValues()].map(([name, v]) => [name, Number(v.replace(',', '.'))] as const);
  const numbers = values.filter(([, v]) => Number.isFinite(v)).map(([, v]) => v);
  return new Map(
    values.map(([name, v]) => [
      name,
      Number.isFinite(v) ? String(numbers.filter((other) => other > v).length + 1) : '..',
    ]),
  );
}

/** The kommun matrix's nyföretagande column: kommun name → the cell's text. */
async function matrixColumn(page: Page): Promise<Map<string, string>> {
  const cells = await page.$$eval('[data-testid="matrix"] tbody tr', (trs) =>
    trs.map((tr) => [
      (tr.querySelector('th')?.textContent ?? '').trim(),
      (tr.querySelector('[data-testid$="-nyforetagande"]')?.textContent ?? '').trim(),
    ]),
  );
  return new Map(cells.map(([name = '', text = '']) => [name, text]));
}

/** Whether the matrix has `count` rows (run in the page). */
const matrixRows = (count: number): boolean =>
  document.querySelectorAll('[data-testid="matrix"] tbody tr').length === count;

/** The rows of the region table: name → value as shown. */
async function tableValues(page: Page): Promise<Map<string, string>> {
  const rows = await page.$$eval('[data-testid="counties-data-table"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
  return new Map(rows.map((cells) => [cells[1] ?? '', (cells[2] ?? '').replace(/\s/g, '')]));
}

describe.skipIf(!chromiumPath)('the kommun level in Indikator and Jämför (Chromium)', () => {
  const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  it("a county's kommuner: ranked, in the table and on the map, as the file has them; a kommun found by search", async () => {
    const { page, problems } = await openPage(fresh.context());
    await page.goto(`${baseUrl}?vy=indikator&region=20&indikator=nyforetagande&tid=2025&niva=kommun`);
    await waitForApp(page, 3, 'indikator');
    // On a first visit the example data already has Dalarna's kommuner: invented, and said so.
    const example = await tableValues(page);
    expect([...example.keys()].filter((name) => name !== 'Dalarnas län')).toHaveLength(15);
    expect([...example.values()].every((v) => /^\d+,\d$/.test(v) || v === '..')).toBe(true);
    expect(await page.textContent('[data-testid="map-figure"]')).toContain('Exempeldata (påhittad)');
    await goInApp(page, '?vy=indikator&region=20&indikator=nyforetagande&tid=2025', 3);
    await addFiles(page, [FILE]);

    await page.check('[data-testid="scope-kommun"]');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('niva') === 'kommun');
    await waitForApp(page, 3, 'indikator');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="counties-data-table"] tbody tr').length >= 15,
      undefined,
      { timeout: WAIT },
    );

    // Every kommun of the file, with the file's value (Vansbro's ".." as missing); no county among them.
    const expected = fileValues();
    const shown = await tableValues(page);
    expect(expected.size).toBe(15);
    for (const [name, value] of expected) expect(shown.get(name), name).toBe(value);
    expect(shown.has('Stockholms län')).toBe(false);
    // What the summary accepted is what the views show: 30 records, 15 a year, every one in the table
    // of its year (2024 reached inside the app).
    expect((await summaryFor(page, 'dalarna-nyforetagande.csv')).counts).toEqual([30, 30, 0, 0]);
    await page.click('[data-testid="import-summary-toggle"]');
    await goInApp(page, '?vy=indikator&region=20&indikator=nyforetagande&tid=2024&niva=kommun', 3);
    const shown2024 = await tableValues(page);
    for (const [name, value] of fileValues('2024')) expect(shown2024.get(name), `${name} 2024`).toBe(value);
    await goInApp(page, '?vy=indikator&region=20&indikator=nyforetagande&tid=2025&niva=kommun', 3);
    expect(await page.textContent('#counties-table-heading')).toContain('Alla kommuner i Dalarnas län');
    expect(await page.textContent('[data-testid="ranking-figure"] h2')).toContain(
      'kommunerna i Dalarnas län',
    );
    expect(await page.textContent('[data-testid="map-figure"] h2')).toContain('kommunerna i Dalarnas län');
    expect(await canvasHasDrawing(page, '[data-testid="map-chart"]')).toBe(true);
    expect(await page.textContent('[data-testid="map-figure"]')).toContain('Digitala gränser');
    // Every kommun of the county is on the map under its own name, with the file's value (a point
    // inside each kommun's boundary, hovered).
    const kommuner: [string, string][] = [
      ...Object.entries(KOMMUN_NAMES),
      ['2080', 'Falun'],
      ['2081', 'Borlänge'],
    ];
    for (const [code, name] of kommuner) {
      const tip = (await hoverKommunOnMap(page, code, name)).replace(/\s/g, '');
      const value = expected.get(name) ?? 'x';
      expect(tip, name).toContain(value === '..' ? name : value);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'indikator-kommuner-1366');

    // Printed, the table has no scroll bar: all its rows are on paper, none hidden in a scroll box.
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.$eval('#counties-table-heading ~ .table-wrap', (wrap) => ({
      scroll: wrap.scrollHeight,
      shown: wrap.clientHeight,
    }));
    expect(clipped.scroll).toBeLessThanOrEqual(clipped.shown + 1);
    await page.emulateMedia({ media: 'screen' });

    // "Falu" + Enter is not a name; "Falun" is: the kommun in focus, its county as the reference.
    await page.fill('[data-testid="region-search"]', 'Falu');
    await page.press('[data-testid="region-search"]', 'Enter');
    await page.fill('[data-testid="region-search"]', 'Falun');
    await page.press('[data-testid="region-search"]', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('region') === '2080');
    await waitForApp(page, 3, 'indikator');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('2080');
    expect(await page.textContent('[data-testid="trend-figure"] h2')).toContain('Falun');
    expect(await page.isChecked('[data-testid="scope-kommun"]')).toBe(true);

    // Back to the län: the county in focus, 21 län in the table.
    await page.check('[data-testid="scope-lan"]');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('region') === '20');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="counties-data-table"] tbody tr').length === 22,
      undefined,
      { timeout: WAIT },
    );
    expect((await tableValues(page)).has('Falun')).toBe(false);
    expectClean(problems);
    await page.close();
  });

  it("Jämför: a county's kommuner × indicators, ranked as the file has them; a cell opens the kommun's indicator, its trend against the county and Riket, compared with a kommun of another county", async () => {
    const { page, problems } = await openPage(fresh.context());
    await page.goto(`${baseUrl}?vy=jamfor&region=20&niva=kommun&visa=rang`);
    await waitForApp(page, 0, 'jamfor');
    await addFiles(page, [FILE, EXTRA]);
    await page.waitForFunction(matrixRows, 15, { timeout: WAIT });

    // The 15 kommuner of Dalarna, ranked among themselves as the file's 2025 values rank them.
    expect(await page.textContent('#matrix-title')).toBe(
      'Kommunerna i Dalarnas län och indikatorerna: plats bland kommunerna',
    );
    expect(await page.textContent('[data-testid="matrix"] thead tr:nth-child(2) th')).toBe('Kommun');
    const ranks = fileRanks();
    expect(ranks.get('Malung-Sälen')).toBe('1');
    expect(await matrixColumn(page)).toEqual(ranks);
    expect(await page.getAttribute('[data-testid="cell-2080-nyforetagande"]', 'aria-label')).toBe(
      `Falun, Nyföretagande: plats ${ranks.get('Falun') ?? ''} av 15`,
    );
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-csv"]'),
    ]);
    const lines = (await downloadText(csv)).slice(1).split('\r\n');
    expect(lines[0]?.startsWith('Kommun;')).toBe(true);
    expect(lines[1]?.startsWith('Vansbro;')).toBe(true);

    // Status: Falun against its own target (on its path), Borlänge has none.
    await page.selectOption('[data-testid="matrix-mode"]', 'status');
    await page.waitForFunction(() => !window.location.search.includes('visa=rang'));
    expect(await page.getAttribute('[data-testid="cell-2080-nyforetagande"]', 'aria-label')).toBe(
      'Falun, Nyföretagande: I fas mot målet',
    );
    expect(await page.getAttribute('[data-testid="cell-2081-nyforetagande"]', 'aria-label')).toBe(
      'Borlänge, Nyföretagande: Inget mål satt',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'jamfor-kommuner-1366');

    // The switch: the 21 län, and back to the kommuner.
    await page.check('[data-testid="scope-lan"]');
    await page.waitForFunction(matrixRows, 21, { timeout: WAIT });
    expect(new URL(page.url()).searchParams.get('niva')).toBeNull();
    await page.check('[data-testid="scope-kommun"]');
    await page.waitForFunction(matrixRows, 15, { timeout: WAIT });

    // One Tab stop; the arrows move between kommuner; Enter opens the kommun's indicator.
    await page.focus('[data-testid="cell-2021-nyforetagande"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'cell-2023-nyforetagande',
    );
    await page.focus('[data-testid="cell-2080-nyforetagande"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const q = new URLSearchParams(window.location.search);
      return q.get('vy') === 'indikator' && q.get('region') === '2080' && q.get('niva') === 'kommun';
    });
    await waitForApp(page, 3, 'indikator');
    expect(await page.isChecked('[data-testid="scope-kommun"]')).toBe(true);

    // Compared with Göteborg, found by search among every county's kommuner.
    await page.click('[data-testid="compare-toggle"]');
    await page.fill('[data-testid="compare-search"]', 'göteb');
    await page.check('[data-testid="compare-panel"] input[value="1480"]');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('med') === '1480');
    await waitForApp(page, 3, 'indikator');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'indikator-kommun-jamfor-1366');
    await page.keyboard.press('Escape');

    // The trend's table: Falun, Göteborg, then the county and Riket as references, with their values.
    await page.click('[data-testid="trend-figure"] button:has-text("Visa tabell")');
    const headers = await page.$$eval('[data-testid="trend-figure"] table thead th', (ths) =>
      ths.map((th) => (th.textContent ?? '').trim()),
    );
    expect(headers.filter((h) => !h.includes(':'))).toEqual([
      'Period',
      'Falun',
      'Göteborg',
      'Dalarnas län',
      'Riket',
    ]);
    const row2025 = await page.$$eval('[data-testid="trend-figure"] table tbody tr', (trs) =>
      trs
        .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()))
        .find((cells) => cells[0] === '2025'),
    );
    expect(row2025?.[headers.indexOf('Falun')]).toBe(fileValues().get('Falun'));
    expect(row2025?.[headers.indexOf('Göteborg')]).toBe('12,3');
    expect(await page.textContent('[data-testid="trend-figure"] h2')).toContain(
      'jämfört med Dalarnas län och Riket',
    );
    expectClean(problems);
    await page.close();
  });

  it('a kommun in a link opens its county in the views that compare the län', async () => {
    const { page, problems } = await openPage(fresh.context());
    // Län shows a kommun itself, Jämför its county's kommuner; Utvärderingsfrågor compares the län.
    await page.goto(`${baseUrl}?vy=fragor&region=2080`);
    await waitForApp(page, 0, 'fragor');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('20');
    expectClean(problems);
    await page.close();
  });
});
