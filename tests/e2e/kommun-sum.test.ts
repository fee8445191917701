import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contextPerTest, openPage } from './browser';
import { addFiles, expectClean, summaryFor, VIEWPORTS, WAIT, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const FILE = resolve(import.meta.dirname, '../fixtures/kommun/blekinge-summa.json');

/** The hand sum from the file itself: every Blekinge kommun's value of one indicator and year. */
function fileSum(indicator: string, period: string): { sum: number; kommuner: number } {
  const { observations } = JSON.parse(readFileSync(FILE, 'utf8')) as {
    observations: { region: string; indicator: string; period: string; value: number }[];
  };
  const rows = observations.filter(
    (o) => o.indicator === indicator && o.period === period && o.region.startsWith('10'),
  );
  return { sum: rows.reduce((total, o) => total + o.value, 0), kommuner: rows.length };
}

/** The value the region table shows for a region (län scope: every county's row). */
async function tableValue(page: Page, name: string): Promise<string | undefined> {
  const rows = await page.$$eval('[data-testid="counties-data-table"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
  return rows.find((cells) => cells[1] === name)?.[2]?.replace(/\s/g, '');
}

describe.skipIf(!chromiumPath)('a county value made from its kommuner (Chromium)', () => {
  const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  it('a sum with every kommun: the county is their sum, said as such; with one kommun missing: no county value, and why', async () => {
    const { page, problems } = await openPage(fresh.context());
    await page.goto(`${baseUrl}?vy=indikator&region=10&indikator=antal_projekt&tid=2025`);
    await waitForApp(page, 3, 'indikator');
    const invented = await tableValue(page, 'Blekinge län');
    await addFiles(page, [FILE]);
    await waitForApp(page, 3, 'indikator');

    // Every kommun of Blekinge in the file: the county's value is their sum, not the example's.
    const projekt = fileSum('antal_projekt', '2025');
    expect(projekt.kommuner).toBe(5);
    expect(invented).not.toBe(String(projekt.sum));
    await page.waitForFunction(
      (sum) => document.querySelector('[data-testid="latest-value"]')?.textContent?.startsWith(sum),
      String(projekt.sum),
      { timeout: WAIT },
    );
    expect(await tableValue(page, 'Blekinge län')).toBe(String(projekt.sum));
    expect(await page.textContent('[data-testid="indicator-card"]')).toContain(
      'Källa: summa av kommunerna (blekinge-summa.json).',
    );
    expect(await page.textContent('[data-testid="ranking-figure"]')).toContain(
      'summa av kommunerna (blekinge-summa.json)',
    );

    // One kommun missing: no county value is made, and the import summary says why.
    const natverk = fileSum('lokala_natverk', '2025');
    expect(natverk.kommuner).toBe(4);
    await page.selectOption('[data-testid="indicator-select"]', 'lokala_natverk');
    await page.waitForFunction(
      () => new URLSearchParams(window.location.search).get('indikator') === 'lokala_natverk',
    );
    await waitForApp(page, 3, 'indikator');
    expect((await page.textContent('[data-testid="latest-value"]'))?.trim()).toMatch(/^\.\./);
    expect(await page.textContent('[data-testid="indicator-card"]')).not.toContain('summa av kommunerna');
    const { messages } = await summaryFor(page, 'blekinge-summa.json');
    expect(messages).toContain(
      'Blekinge läns värde för Lokala nätverk 2025 räknas inte ut av kommunerna: 1 av 5 kommuner saknar värde (en summa av kommunerna görs bara när varje kommun i länet har ett värde).',
    );
    expectClean(problems);
    await page.close();
  });
});
