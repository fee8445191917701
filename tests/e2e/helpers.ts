import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, type PageProblems } from './browser';
import {
  bounds,
  kommunerOf,
  polygonsOf,
  project,
  regionCollection,
  type Position,
  type RegionCollection,
} from '../../src/charts/map-geometry';

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
} as const;

/** How long any one wait may take: generous, for a loaded 2-core machine; a wait ends as soon as its condition holds. */
export const WAIT = 60_000;

/**
 * Waits until the app says it is ready, by its own truthful signals: `main` is no longer busy (the
 * workspace is read and the data imported), no change of the workspace is still being saved
 * (`data-saving`: a reload before a save has ended may lose it), the view's code has loaded and
 * rendered (`data-view`, optionally a given view), at least `charts` charts are in the view, and
 * every chart shows its current option (`data-drawn`). No fixed sleeps.
 */
export async function waitForApp(page: Page, charts = 0, view?: string): Promise<void> {
  await page.waitForFunction(
    ({ n, v }) => {
      const main = document.querySelector('main');
      if (main?.getAttribute('aria-busy') !== 'false') return false;
      if (main.getAttribute('data-saving') === 'true') return false;
      const root = main.querySelector('[data-view]');
      if (!root || (v !== undefined && root.getAttribute('data-view') !== v)) return false;
      const all = [...main.querySelectorAll('.chart')];
      return all.length >= n && all.every((c) => c.getAttribute('data-drawn') === 'true');
    },
    { n: charts, v: view },
    { timeout: WAIT },
  );
}

/**
 * Reloads the page once no change of the workspace is still being saved (`main[data-saving]`): a
 * reload while a save is on its way may lose it, as a user's would.
 */
export async function reloadSaved(page: Page): Promise<void> {
  await page.waitForSelector('main:not([data-saving="true"])', { timeout: WAIT });
  await page.reload();
}

/**
 * Chooses `value` in the view's select `testId` as a user does (its change event), and reads at once,
 * in the same task: what the select shows and whether `main` is busy. A view that draws the choice
 * in a later render must be busy until it has.
 */
export async function chooseIn(
  page: Page,
  testId: string,
  value: string,
): Promise<{ value: string; busy: string | null }> {
  return page.evaluate(
    ([id, v]) => {
      const select = document.querySelector(`[data-testid="${id}"]`);
      if (!(select instanceof HTMLSelectElement)) throw new Error(`no select ${id}`);
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return { value: select.value, busy: document.querySelector('main')?.getAttribute('aria-busy') ?? null };
    },
    [testId, value] as const,
  );
}

/** chooseIn for the view's region select: a county. */
export function chooseCounty(page: Page, code: string): Promise<{ value: string; busy: string | null }> {
  return chooseIn(page, 'region-select', code);
}

/**
 * Moves the open app to another selection the way its own links and the browser's back button do
 * (history.pushState, then popstate), without loading the page again, and waits until the view is
 * ready. For tests of how a selection is drawn; a test of what a page load does uses page.goto.
 * The page's own frame callback resolves after React has committed the new selection, so the wait
 * that follows never sees the previous view's finished charts.
 */
export async function goInApp(page: Page, query: string, charts = 0, view?: string): Promise<void> {
  await page.evaluate(async (q) => {
    window.history.pushState(null, '', `${window.location.pathname}${q}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, query);
  await waitForApp(page, charts, view ?? new URLSearchParams(query).get('vy') ?? undefined);
}

/** Shows a selection: the first on a blank page by loading the app there, each next one inside it (goInApp). */
export async function showSelection(page: Page, baseUrl: string, query: string, charts = 0): Promise<void> {
  if (page.url() !== 'about:blank') return goInApp(page, query, charts);
  await page.goto(`${baseUrl}${query}`);
  await waitForApp(page, charts, new URLSearchParams(query).get('vy') ?? undefined);
}

/**
 * The start of a test that needs storage of its own: a new page of `context` (openPage, which
 * records what must not happen) loads the app at `query` and is ready (waitForApp).
 */
export async function openApp(
  context: BrowserContext,
  baseUrl: string,
  query: string,
  charts = 0,
  view: string | undefined = new URLSearchParams(query).get('vy') ?? undefined,
): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await openPage(context);
  await opened.page.goto(`${baseUrl}${query}`);
  await waitForApp(opened.page, charts, view);
  return opened;
}

/** Clicks a view's tab and waits until that view is ready. */
export async function openView(page: Page, view: string, charts = 0): Promise<void> {
  await page.click(`[data-testid="nav-${view}"]`);
  await waitForApp(page, charts, view);
}

/** How many imports the page has finished (its `rr:import-done` marks): take it before an action that imports. */
export async function importCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('rr:import-done').length);
}

/**
 * Waits until an import after `before` has finished and its result is on the page: the mark is
 * made when the worker is done, `main` stops being busy once the new data has been rendered.
 */
export async function importDone(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('rr:import-done').length > n, before, {
    timeout: WAIT,
  });
  await page.waitForSelector('main[aria-busy="false"]', { timeout: WAIT });
}

/** Adds files through the file input and waits until the app has imported and shown them. */
export async function addFiles(page: Page, paths: string[]): Promise<void> {
  const before = await importCount(page);
  await page.setInputFiles('[data-testid="file-input"]', paths);
  await importDone(page, before);
}

/**
 * Moves the mouse to a point of a chart (as fractions of its width and height) and waits until
 * ECharts shows its tooltip there; returns the tooltip's text.
 */
export async function hoverForTooltip(page: Page, testId: string, fx: number, fy: number): Promise<string> {
  const canvas = page.locator(`[data-testid="${testId}"] canvas`).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`${testId} is not drawn`);
  await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
  const tooltip = await page.waitForFunction(
    (id) => {
      const root = document.querySelector(`[data-testid="${id}"]`);
      const shown = [...(root?.querySelectorAll('div') ?? [])].find(
        (d) =>
          d.style.position === 'absolute' &&
          d.style.display !== 'none' &&
          d.style.opacity !== '0' &&
          !d.querySelector('canvas') &&
          (d.textContent ?? '').trim() !== '',
      );
      return shown?.textContent ?? false;
    },
    testId,
    { timeout: WAIT },
  );
  return String(await tooltip.jsonValue());
}

/**
 * Each file's row of the import summary: records, accepted, rejected, skipped; and its issues' lines,
 * columns and messages.
 * Read once `main` is not busy: the summary changes with the view, in the render that draws a new
 * dataset (or a link's failure), which may come a moment after the link's own line has changed.
 */
export async function summaryFor(
  page: Page,
  file: string,
): Promise<{ counts: number[]; lines: string[]; columns: string[]; messages: string[] }> {
  await page.waitForSelector('main[aria-busy="false"]', { timeout: WAIT });
  const open = await page.getAttribute('[data-testid="import-summary-toggle"]', 'aria-expanded');
  if (open !== 'true') await page.click('[data-testid="import-summary-toggle"]');
  await page.waitForSelector('[data-testid="import-summary-panel"]');
  return page.evaluate((name) => {
    const panel = document.querySelector('[data-testid="import-summary-panel"]');
    const row = [...(panel?.querySelectorAll('table:first-of-type tbody tr') ?? [])].find(
      (tr) => tr.querySelector('th')?.textContent === name,
    );
    const counts = [...(row?.querySelectorAll('td.num') ?? [])].map((td) =>
      Number((td.textContent ?? '').replace(/\s/g, '')),
    );
    const block = [...(panel?.querySelectorAll('.file-issues') ?? [])].find((b) =>
      b.querySelector('h3')?.textContent?.endsWith(`: ${name}`),
    );
    const cells = [...(block?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    );
    return {
      counts,
      lines: cells.map((c) => c[1] ?? ''),
      columns: cells.map((c) => c[2] ?? ''),
      messages: cells.map((c) => c[3] ?? ''),
    };
  }, file);
}

/**
 * Waits until no link is waiting for consent or loading, and the data of those that came is shown:
 * each link's line carries `data-link-phase`; a link that came starts an import in the same render.
 */
export async function linksSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '[data-testid="link-status"][data-link-phase="ask"], [data-testid="link-status"][data-link-phase="loading"]',
      ) && document.querySelector('main')?.getAttribute('aria-busy') === 'false',
    undefined,
    { timeout: WAIT },
  );
}

/**
 * Says "Hämta" to every link of the address the page asks about (a shared link is fetched only
 * after the user agrees), then waits until each has loaded or failed and the data is shown.
 */
export async function allowLinks(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="link-allow"]', { timeout: WAIT });
  while ((await page.$$('[data-testid="link-allow"]')).length > 0)
    await page.click('[data-testid="link-allow"] >> nth=0');
  await linksSettled(page);
}

/** The trend table's target column for a region (`<region>: Mål`): period → the target shown. */
export async function trendTargets(page: Page, region: string): Promise<Record<string, string>> {
  await page.click('[data-testid="trend-figure"] button:has-text("Visa tabell")');
  await page.waitForSelector('[data-testid="trend-figure"] table');
  const { headers, rows } = await page.$eval('[data-testid="trend-figure"] table', (table) => ({
    headers: [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
    ),
  }));
  await page.click('[data-testid="trend-figure"] button:has-text("Dölj tabell")');
  const column = headers.indexOf(`${region}: Mål`);
  expect(column).toBeGreaterThan(0);
  return Object.fromEntries(rows.filter((r) => (r[column] ?? '') !== '').map((r) => [r[0], r[column]]));
}

/** Opens the sources panel (it loads on first use) and waits for it. */
export async function openSources(page: Page): Promise<void> {
  await page.click('[data-testid="sources-toggle"]');
  await page.waitForSelector('[data-testid="sources-panel"]');
}

export function expectClean(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.dialogs).toEqual([]);
}

/**
 * A whole-page screenshot into tests/e2e/screenshots, to look at, when E2E_SCREENSHOTS=1: nothing
 * asserts on it, and a tall page's PNG is 0.4–1.4 s of the machine's time (about forty in the suite).
 */
export async function shoot(page: Page, name: string): Promise<void> {
  if (process.env['E2E_SCREENSHOTS'] !== '1') return;
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** The county boundaries the app draws (src/assets/geo, projected as the app projects them). */
function countyMap(): RegionCollection {
  const file = resolve(import.meta.dirname, '../../src/assets/geo/lan.json');
  return project(regionCollection(JSON.parse(readFileSync(file, 'utf8'))));
}

/** Whether a point is inside a ring (even-odd rule). */
function inRing(ring: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A county's kommuner as the app registers their map (kommunerOf, then projected on its own). */
function kommunMap(county: string): RegionCollection {
  const file = resolve(import.meta.dirname, '../../src/assets/geo/kommuner.json');
  return project(kommunerOf(regionCollection(JSON.parse(readFileSync(file, 'utf8'))), county));
}

/**
 * The page point well inside a region on the map: a point with room around it in the region's largest
 * polygon (in the map's own projected coordinates), placed on the chart as the map option lays it out
 * (centred, 98 % of the shorter side, aspect kept, north up).
 */
async function pointOnMap(
  page: Page,
  map: RegionCollection,
  matches: (f: RegionCollection['features'][number]) => boolean,
): Promise<{ x: number; y: number }> {
  const feature = map.features.find(matches);
  if (!feature) throw new Error('No boundary for that region');
  const polygon = [...polygonsOf(feature)].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0] ?? [];
  const inPolygon = (x: number, y: number): boolean =>
    inRing(polygon[0] ?? [], x, y) && !polygon.slice(1).some((hole) => inRing(hole, x, y));
  const [fx0, fy0, fx1, fy1] = bounds({ type: 'FeatureCollection', features: [feature] });
  const step = Math.min(fx1 - fx0, fy1 - fy0) / 40;
  let best = { x: (fx0 + fx1) / 2, y: (fy0 + fy1) / 2, score: -1 };
  for (let i = 1; i < 20; i++)
    for (let j = 1; j < 20; j++) {
      const x = fx0 + ((fx1 - fx0) * i) / 20;
      const y = fy0 + ((fy1 - fy0) * j) / 20;
      if (!inPolygon(x, y)) continue;
      // Prefer points with room around them.
      const around = [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
        [2, 2],
        [-2, -2],
      ] as const;
      const score = around.filter(([dx, dy]) => inPolygon(x + dx * step, y + dy * step)).length;
      if (score > best.score) best = { x, y, score };
    }
  const [mx0, my0, mx1, my1] = bounds(map);
  const canvas = page.locator('[data-testid="map-chart"] canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('map not drawn');
  const size = 0.98 * Math.min(box.width, box.height);
  const scale = Math.min(size / (mx1 - mx0), size / (my1 - my0));
  return {
    x: box.x + box.width / 2 + (best.x - (mx0 + mx1) / 2) * scale,
    y: box.y + box.height / 2 - (best.y - (my0 + my1) / 2) * scale,
  };
}

/** Clicks inside a county on the län map. */
export async function clickCountyOnMap(page: Page, county: string): Promise<void> {
  const { x, y } = await pointOnMap(page, countyMap(), (f) => f.properties.name.startsWith(county));
  await page.mouse.click(x, y);
}

/**
 * Moves the mouse into a kommun on its county's kommun map and waits until the map's tooltip names
 * it; returns the tooltip's text.
 */
export async function hoverKommunOnMap(page: Page, code: string, name: string): Promise<string> {
  const { x, y } = await pointOnMap(page, kommunMap(code.slice(0, 2)), (f) => f.properties.code === code);
  await page.mouse.move(x, y);
  const tooltip = await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('[data-testid="map-chart"] div')]
        .filter(
          (d) => d instanceof HTMLElement && d.style.position === 'absolute' && d.style.display !== 'none',
        )
        .map((d) => d.textContent ?? '')
        .find((text) => text.startsWith(expected)) ?? false,
    name,
    { timeout: WAIT },
  );
  return String(await tooltip.jsonValue());
}
