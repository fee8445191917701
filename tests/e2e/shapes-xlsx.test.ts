import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contextPerTest } from './browser';
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
import { SHAPES } from '../support/shape-expectations';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const DIR = resolve(import.meta.dirname, '../fixtures/shapes');

/** The Indikator view's headline figure, without the spaces sv-SE groups digits with. */
async function latest(page: Page, query: string): Promise<string> {
  await goInApp(page, query, 2, 'indikator');
  return ((await page.textContent('[data-testid="latest-value"]')) ?? '').replace(/\s/g, '');
}

/** Saves Välj kolumner for a file with the period column chosen, and waits for the re-read. */
async function choosePeriod(page: Page, file: string, column: string, expected: string): Promise<void> {
  await openSources(page);
  const row = page.locator('[data-testid="source"]', { hasText: file });
  await row.locator('[data-testid="source-map"]').click();
  const form = row.locator('[data-testid="mapping-form"]');
  await form.waitFor({ timeout: WAIT });
  // The form starts from what the file was last read with.
  expect(await form.locator('[data-testid="map-period"]').inputValue()).toBe(expected);
  await form.locator('[data-testid="map-period"]').selectOption(column);
  const before = await importCount(page);
  await form.locator('[data-testid="map-save"]').click();
  await importDone(page, before);
  await page.click('[data-testid="sources-toggle"]');
}

describe.skipIf(!chromiumPath)('issue 10’s shapes as LibreOffice writes them, in the app (Chromium)', () => {
  const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  it('every shape’s xlsx: the summary’s hand counts and words, spot values in Indikator, and a partly read file re-read by Välj kolumner', async () => {
    const { page, problems } = await openApp(
      fresh.context(),
      baseUrl,
      '?vy=indikator&indikator=nyforetagande&region=20',
      2,
    );
    await addFiles(
      page,
      SHAPES.map((s) => resolve(DIR, `${s.file}.xlsx`)),
    );

    // Each file's row of the import summary: records, accepted, rejected, skipped, and the words
    // that say each guess — the same as check-data prints (tests/support/shape-expectations.ts).
    await summaryFor(page, 'markorer.xlsx');
    // The panel lists every file; wait until the last one's counts are in (its records: 8).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="import-summary-panel"] tbody tr')].some(
          (tr) =>
            tr.querySelector('th')?.textContent === 'markorer.xlsx' &&
            tr.querySelector('td.num')?.textContent === '8',
        ),
      undefined,
      { timeout: WAIT },
    );
    for (const s of SHAPES) {
      const summary = await summaryFor(page, `${s.file}.xlsx`);
      expect([s.file, ...summary.counts]).toEqual([s.file, ...s.counts]);
      const said = summary.messages.join('\n');
      for (const words of s.words) expect(said, s.file).toContain(words);
    }
    await page.click('[data-testid="import-summary-toggle"]');

    // Shape 8: PxWeb's newest month is data: Kalmar's November 2023 is 41.
    expect(
      await latest(page, '?vy=indikator&indikator=inskrivna_arbetslosa&region=08&period=manad'),
    ).toContain('41');
    expect(await page.textContent('[data-testid="indicator-card"] dd.period')).toMatch(/nov\w*\.? 2023/i);
    // Shape 4: a series per Grupp value, Värmland's utrikes födda 2023.
    expect(await latest(page, '?vy=indikator&indikator=arbetsloshet_utrikes_fodda&region=17')).toContain(
      '19,9',
    );
    // Shape 5, wide by category: Dalarna's enskilda firmor 2024.
    expect(
      await latest(page, '?vy=indikator&indikator=nystartade_foretag_enskild_firma&region=20'),
    ).toContain('612');
    // Shape 10: the markers are shown as the file wrote them, never as 0.
    await goInApp(page, '?vy=indikator&indikator=andel&region=20', 2, 'indikator');
    await page.click('[data-testid="trend-figure"] button:has-text("Visa tabell")');
    const rows = await page.$$eval('[data-testid="trend-figure"] table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['2020', '5,1'],
      ['2021', '--'],
      ['2022', '..'],
      ['2023', '-'],
      ['2024', 'x'],
    ]);

    // A file read in part offers Välj kolumner, and a new choice reads it again: the year column as
    // the period leaves 22 months rejected; back to Tid, all 24 months are read.
    await choosePeriod(page, 'manad-med-ar.xlsx', '1', '2');
    expect((await summaryFor(page, 'manad-med-ar.xlsx')).counts).toEqual([24, 2, 22, 0]);
    await page.click('[data-testid="import-summary-toggle"]');
    await choosePeriod(page, 'manad-med-ar.xlsx', '2', '1');
    expect((await summaryFor(page, 'manad-med-ar.xlsx')).counts).toEqual([24, 24, 0, 0]);
    expectClean(problems);
  });
});
