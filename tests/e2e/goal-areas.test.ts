import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { expectClean, goInApp, importCount, importDone, WAIT, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const RUS_AREA = 'Innovation och företagande';

/**
 * Dalarna's granted 1:1 funds of 2024 in one RUS area, counted from the example ledger itself
 * (data/arendelista.csv): the sum in mnkr with one decimal, as the panel shows it, and the cases.
 */
function exampleLedgerCount(region: string, year: string, area: string): { mnkr: string; cases: string } {
  const [head = '', ...lines] = readFileSync(
    resolve(import.meta.dirname, '../../data/arendelista.csv'),
    'utf8',
  )
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const col = (name: string): number => head.split(';').indexOf(name);
  const rows = lines
    .map((l) => l.split(';'))
    .filter(
      (r) =>
        r[col('län')] === region &&
        r[col('beslutsår')] === year &&
        r[col('status')] === 'beviljad' &&
        r[col('rus_prioritering')] === area,
    );
  const kronor = rows.reduce((s, r) => s + Number(r[col('beviljat_belopp')]), 0);
  return {
    mnkr: new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      kronor / 1e6,
    ),
    cases: String(rows.length),
  };
}

describe.skipIf(!chromiumPath)('Målområden in Finansiering and Jämför (Chromium)', () => {
  let browser: FileBrowser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a RUS area tied to a goal area by keyboard gives its funds in Finansiering; Jämför shows the goal area’s columns', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    // The example data on throughout: its ledger is what Finansiering sums.
    await page.goto(`${baseUrl}?vy=strategi&exempel=pa`);
    await waitForApp(page, 0, 'strategi');
    const before = await importCount(page);
    await page.getByTestId('strategy-start-example').click();
    await importDone(page, before);

    // A goal area, and the RUS area that funds it, by keyboard.
    await page.getByLabel('Nytt målområde').fill('Konkurrenskraftigt');
    await page.getByLabel('Nytt målområde').press('Enter');
    const rus = page.getByTestId('goal-area-rus-konkurrenskraftigt');
    await rus.locator('summary').focus();
    await page.keyboard.press('Enter');
    const box = rus.getByRole('checkbox', { name: RUS_AREA, exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    await rus.getByText('RUS-prioriteringar för Konkurrenskraftigt (1 valda)').waitFor({ timeout: WAIT });
    expect(await box.isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Nyföretagande (a short-term effect) in the goal area.
    await page.getByRole('button', { name: 'Redigera Nyföretagande', exact: true }).click();
    await page
      .getByRole('group', { name: 'Målområden' })
      .getByRole('checkbox', { name: 'Konkurrenskraftigt' })
      .check();
    // A goal area is no part of an indicator's definition: saving it imports nothing.
    await page.getByLabel('Namn', { exact: true }).press('Enter');
    await page
      .getByRole('group', { name: 'Kortsiktiga effekter, Konkurrenskraftigt', exact: true })
      .getByTestId('strategy-card-nyforetagande')
      .waitFor({ timeout: WAIT });

    // Finansiering: the goal area's funds are the RUS area's, beside Nyföretagande for Dalarna.
    await goInApp(page, '?vy=finansiering&region=20&tid=2024&exempel=pa', 0, 'finansiering');
    const row = page.getByTestId('gaf-row-konkurrenskraftigt');
    await row.waitFor({ timeout: WAIT });
    const expected = exampleLedgerCount('20', '2024', RUS_AREA);
    expect(Number(expected.cases)).toBeGreaterThan(0);
    expect(await row.locator('[data-col="rus"]').textContent()).toBe(RUS_AREA);
    expect(await row.locator('[data-col="granted"]').textContent()).toBe(expected.mnkr);
    expect(await row.locator('[data-col="cases"]').textContent()).toBe(expected.cases);
    expect(await row.locator('[data-col="indicator"]').textContent()).toBe('Nyföretagande');
    // The other RUS areas' funds are said, not dropped.
    expect(await page.getByTestId('gaf-unlinked').locator('[data-col="rus"]').textContent()).toContain(
      'Kompetensförsörjning',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Jämför with the goal area chosen: its indicators' columns only, said in words.
    await goInApp(page, '?vy=jamfor&malomrade=konkurrenskraftigt&exempel=pa', 0, 'jamfor');
    const heads = await page.locator('[data-testid="matrix"] th.indicator-head').allTextContents();
    expect(heads).toEqual(['Nyföretagande']);
    expect(await page.getByTestId('goal-area-note').textContent()).toMatch(
      /^Visar målområdet Konkurrenskraftigt: 1 av strategins \d+ indikatorer\.$/,
    );
    expect(await page.getByLabel('Målområde', { exact: true }).inputValue()).toBe('konkurrenskraftigt');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expectClean(problems);
    await context.close();
  });
});
