import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contextPerTest, seriousAxeViolations } from './browser';
import {
  addFiles,
  expectClean,
  goInApp,
  importCount,
  importDone,
  openApp,
  openSources,
  summaryFor,
  VIEWPORTS,
  WAIT,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const DIR = resolve(import.meta.dirname, '../fixtures/shapes');
const MONTHLY = resolve(DIR, 'manad-med-ar.csv');
const TITLED = resolve(DIR, 'rubrik-region.csv');

describe.skipIf(!chromiumPath)(
  'Välj kolumner for a file the reader read, and a region from the title (Chromium)',
  () => {
    const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

    it('a read file offers its choice; another choice re-reads it; the title’s county has its values', async () => {
      const { page, problems } = await openApp(
        fresh.context(),
        baseUrl,
        '?vy=indikator&indikator=nyforetagande&region=17',
        3,
      );
      await addFiles(page, [MONTHLY, TITLED]);

      // Hand counts: 24 monthly rows read whole; 11 years under a title line and a blank line.
      expect((await summaryFor(page, 'manad-med-ar.csv')).counts).toEqual([24, 24, 0, 0]);
      const titled = await summaryFor(page, 'rubrik-region.csv');
      expect(titled.counts).toEqual([13, 11, 0, 2]);
      expect(titled.messages.join('\n')).toContain('Regionen lästes från rubriken: Värmlands län');
      await page.click('[data-testid="import-summary-toggle"]');

      // Välj kolumner starts from what the reader chose: Tid (column 3) the period, År a helper.
      await openSources(page);
      const row = page.locator('[data-testid="source"]', { hasText: 'manad-med-ar.csv' });
      await row.locator('[data-testid="source-map"]').click();
      const form = row.locator('[data-testid="mapping-form"]');
      await form.waitFor({ timeout: WAIT });
      expect(await form.locator('[data-testid="map-region"]').inputValue()).toBe('0');
      expect(await form.locator('[data-testid="map-period"]').inputValue()).toBe('2');
      expect(await form.locator('[data-testid="map-value"]').inputValue()).toBe('3');
      expect(await form.locator('[data-testid="map-indicator"]').inputValue()).toBe('__auto__');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The year column as the period, Tid not read: one value a year, the eleven other months rejected.
      await form.locator('[data-testid="map-period"]').selectOption('1');
      expect(await form.locator('[data-testid="map-other-2"]').inputValue()).toBe('ignore');
      const before = await importCount(page);
      await form.locator('[data-testid="map-save"]').click();
      await importDone(page, before);
      await page.click('[data-testid="sources-toggle"]');
      const yearly = await summaryFor(page, 'manad-med-ar.csv');
      expect(yearly.counts).toEqual([24, 2, 22, 0]);
      expect(yearly.messages.join('\n')).toContain('”Tid” (du valde att inte läsa den)');
      await page.click('[data-testid="import-summary-toggle"]');

      // The title line's county: Värmland's eleven years in the Indikator view's table.
      await goInApp(page, '?vy=indikator&indikator=antal_hushall&region=17', 3, 'indikator');
      await page.click('[data-testid="trend-figure"] button:has-text("Visa tabell")');
      const rows = await page.$$eval('[data-testid="trend-figure"] table tbody tr', (trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s/g, ' ')),
        ),
      );
      expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 11 }, (_, i) => String(2014 + i)));
      expect(rows.find((r) => r[0] === '2021')?.[1]).toMatch(/^5 133/);
      expect(rows.find((r) => r[0] === '2024')?.[1]).toMatch(/^4 890/);
      expectClean(problems);
    });
  },
);
