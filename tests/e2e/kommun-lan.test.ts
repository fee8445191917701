import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { MUNICIPALITY_REGIONS } from '../../src/domain/regions';
import { contextPerTest, openPage, seriousAxeViolations } from './browser';
import { addFiles, expectClean, SCREENSHOTS, shoot, VIEWPORTS, WAIT, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/kommun');
/** Every kommun of Dalarna, 2024 and 2025 (Vansbro's 2025 is ".."). */
const VALUES = resolve(FIXTURES, 'dalarna-nyforetagande.csv');
/** Dalarnas län and Riket, 2024 and 2025: the references a kommun's card shows. */
const REFERENCES = resolve(FIXTURES, 'dalarna-nyforetagande-referenser.csv');
/** Targets for Falun (by name), Mora and Leksand. */
const TARGETS = resolve(FIXTURES, 'dalarna-nyforetagande-mal.csv');

/** The files' rows as region code → period → value text ("8,9", ".."). */
function fileValues(): Map<string, Map<string, string>> {
  const codeOf = (region: string): string =>
    MUNICIPALITY_REGIONS.find((k) => k.nameSv === region)?.code ?? region;
  const values = new Map<string, Map<string, string>>();
  for (const file of [VALUES, REFERENCES])
    for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const [region = '', , period = '', value = ''] = line.split(';');
      const code = codeOf(region);
      values.set(code, (values.get(code) ?? new Map<string, string>()).set(period, value));
    }
  return values;
}

const number = (text: string): number => Number(text.replace(',', '.'));
const nameOf = (code: string): string => MUNICIPALITY_REGIONS.find((k) => k.code === code)?.nameSv ?? code;
const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(!chromiumPath)('the local level in the Län view (Chromium)', () => {
  const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  it("a county's Kommunerna panel and a kommun's cards, as the files have them", async () => {
    const { page, problems } = await openPage(fresh.context());
    // A link from before the local level: the county's overview, as before.
    await page.goto(`${baseUrl}?vy=lan&region=20`);
    await waitForApp(page, 1, 'lan');
    expect(await page.inputValue('[data-testid="region-select"]')).toBe('20');
    await addFiles(page, [VALUES, REFERENCES, TARGETS]);
    await page.waitForSelector('[data-testid="kommuner-panel"][aria-busy="false"]', { timeout: WAIT });

    // The hand count from the file: the kommuner with a number for 2025, the highest and the lowest.
    const values = fileValues();
    const kommuner2025 = [...values.entries()]
      .filter(([code]) => code.length === 4)
      .flatMap(([code, byPeriod]) => {
        const v = byPeriod.get('2025') ?? '..';
        return v === '..' ? [] : [{ code, value: v }];
      })
      .sort((a, b) => number(b.value) - number(a.value));
    const best = kommuner2025[0];
    const worst = kommuner2025[kommuner2025.length - 1];
    expect(kommuner2025).toHaveLength(14);

    const row = '[data-testid="kommuner-row-nyforetagande"]';
    expect(await text(page, `${row} [data-testid="kommuner-with-data"]`)).toBe(
      `${kommuner2025.length} av 15`,
    );
    // Falun 8,9 is behind its path (10,0 expected in 2025), Mora 9,1 just behind (9,2), Leksand 9,2
    // ahead (9,0); the other eleven have no target.
    const statuses = await page.$$eval(`${row} [data-testid="kommuner-standing"] li`, (lis) =>
      lis.map((li) => `${li.getAttribute('data-status')} ${(li.textContent ?? '').trim()}`),
    );
    expect(statuses).toEqual([
      'on_track 1 ✓I fas mot målet',
      'at_risk 1 !Risk att inte nå målet',
      'off_track 1 ✕Inte i fas med målet',
      'no_target 11 –Inget mål satt',
    ]);
    expect(await text(page, `${row} [data-testid="kommuner-best"]`)).toBe(
      `${nameOf(best?.code ?? '')} ${best?.value}`,
    );
    expect(await text(page, `${row} [data-testid="kommuner-worst"]`)).toBe(
      `${nameOf(worst?.code ?? '')} ${worst?.value}`,
    );
    expect(await page.getAttribute(`${row} [data-testid="kommuner-best"] a`, 'href')).toBe(
      `?vy=indikator&indikator=nyforetagande&region=${best?.code}`,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('[data-testid="kommuner-panel"]').screenshot({
      path: resolve(SCREENSHOTS, 'lan-kommunerna-1366.png'),
    });

    // Falun in focus: its value, change and status, with Dalarna and Riket beside it.
    await page.selectOption('[data-testid="region-select"]', '2080');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('region') === '2080');
    await waitForApp(page, 1, 'lan');
    const card = '[data-testid="card-nyforetagande"]';
    await page.waitForSelector(`${card} [data-testid="card-reference"]`, { timeout: WAIT });
    const falun = values.get('2080');
    expect(await text(page, `${card} .card-value`)).toContain(falun?.get('2025'));
    const change = number(falun?.get('2025') ?? '') - number(falun?.get('2024') ?? '');
    expect(await text(page, `${card} .card-change`)).toContain(
      `+${change.toFixed(1).replace('.', ',')} sedan 2024`,
    );
    expect(await page.getAttribute(card, 'data-status')).toBe('off_track');
    const references = await page.$$eval(`${card} [data-testid="card-reference"]`, (ps) =>
      ps.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    expect(references.map((r) => r.replace(/ nya företag.*$/, ''))).toEqual([
      `Dalarnas län: ${values.get('20')?.get('2025')}`,
      `Riket: ${values.get('00')?.get('2025')}`,
    ]);
    expect(await page.$('[data-testid="kommuner-panel"]')).toBeNull();
    await shoot(page, 'lan-kommun-falun-1366');
    expectClean(problems);
    await page.close();
  });
});
