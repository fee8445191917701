import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { expectClean, goInApp, importCount, importDone, reloadSaved, WAIT, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** The card of an indicator in one cell of the chain (level, goal area), by the cell's name. */
const cardIn = (page: Page, cell: string, id: string) =>
  page.getByRole('group', { name: cell, exact: true }).getByTestId(`strategy-card-${id}`);

describe.skipIf(!chromiumPath)('Strategi: the region’s chain, edited and kept (Chromium)', () => {
  let browser: FileBrowser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts from the example, edits an example indicator and adds one without data; both survive a reload and show in Län', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    // The example data on throughout (a user's own chain turns it off by default): its values are what Län shows.
    await page.goto(`${baseUrl}?vy=strategi&exempel=pa`);
    await waitForApp(page, 0, 'strategi');
    // The example's chain, read-only, until the user starts their own.
    expect(await page.getByRole('button', { name: /^Redigera/ }).count()).toBe(0);
    let before = await importCount(page);
    await page.getByTestId('strategy-start-example').click();
    await importDone(page, before);

    // Edit an example indicator by keyboard: its name, its level and its question.
    const edit = page.getByRole('button', { name: 'Redigera Nyföretagande', exact: true });
    await edit.focus();
    await page.keyboard.press('Enter');
    const name = page.getByLabel('Namn', { exact: true });
    await name.fill('Nya företag i Dalarna');
    await page.getByLabel('Nivå i effektkedjan').selectOption({ label: 'Utfall' });
    await page.getByLabel('Typ av utvärderingsfråga').selectOption({ label: 'Processfråga' });
    await page.getByLabel('Utvärderingsfråga', { exact: true }).fill('Når vi fler blivande företagare?');
    before = await importCount(page);
    await name.press('Enter');
    await importDone(page, before);
    const edited = cardIn(page, 'Utfall, Utan målområde', 'nyforetagande');
    await edited.getByText('Processfråga: Når vi fler blivande företagare?').waitFor({ timeout: WAIT });
    expect(await edited.getByText('har data').count()).toBe(1);

    // A goal area, and a new indicator in it that has no data yet.
    await page.getByLabel('Nytt målområde').fill('Klimatsmart');
    await page.getByLabel('Nytt målområde').press('Enter');
    await page
      .getByRole('button', { name: 'Lägg till indikator: Långsiktiga effekter, Klimatsmart' })
      .click();
    await page.getByLabel('Id (som i datafilerna)').fill('utslapp_vaxthusgaser');
    await page.getByLabel('Namn', { exact: true }).fill('Utsläpp av växthusgaser');
    await page.getByLabel('Riktning').selectOption({ label: 'Lägre är bättre' });
    before = await importCount(page);
    await page.getByLabel('Namn', { exact: true }).press('Enter');
    await importDone(page, before);
    const added = cardIn(page, 'Långsiktiga effekter, Klimatsmart', 'utslapp_vaxthusgaser');
    expect(await added.getByText('inga data ännu').count()).toBe(1);

    // Kept in the browser: the same after a reload.
    await reloadSaved(page);
    await waitForApp(page, 0, 'strategi');
    expect(
      await cardIn(page, 'Utfall, Utan målområde', 'nyforetagande')
        .getByText('Nya företag i Dalarna')
        .count(),
    ).toBe(1);
    expect(
      await cardIn(page, 'Långsiktiga effekter, Klimatsmart', 'utslapp_vaxthusgaser')
        .getByText('inga data ännu')
        .count(),
    ).toBe(1);
    expect(await page.getByTestId('strategy-card-nyforetagande').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Your definitions win: the Län view shows the edited name, on the edited level.
    await goInApp(page, '?vy=lan&region=20&exempel=pa');
    const utfall = page.getByTestId('level-utfall');
    expect(await utfall.getByRole('link', { name: 'Nya företag i Dalarna' }).count()).toBe(1);
    expect(await page.getByTestId('level-kortsiktiga_effekter').getByText('Nyföretagande').count()).toBe(0);

    // A målområde chosen on Län: only its indicators (Klimatsmart's one has no data yet), said in words,
    // kept in the link; "Alla målområden" brings the rest back.
    const cards = page.locator('article.overview-card');
    const all = await cards.count();
    expect(all).toBeGreaterThan(1);
    await page.getByLabel('Målområde').selectOption({ label: 'Klimatsmart' });
    await page.getByTestId('goal-area-note').waitFor({ timeout: WAIT });
    await page.waitForSelector('main[aria-busy="false"]', { timeout: WAIT });
    expect(await page.getByTestId('goal-area-note').textContent()).toMatch(
      /^Visar målområdet Klimatsmart: 1 av strategins \d+ indikatorer\.$/,
    );
    expect(new URL(page.url()).searchParams.get('malomrade')).toBe('klimatsmart');
    expect(await cards.count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Målområde').selectOption({ label: 'Alla målområden' });
    await page.getByTestId('goal-area-note').waitFor({ state: 'detached', timeout: WAIT });
    await expect.poll(() => cards.count(), { timeout: WAIT }).toBe(all);
    expectClean(problems);
    await context.close();
  });
});
