import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rowXml, xlsxBytes } from '../support/xlsx-bytes';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import {
  downloadBytes,
  expectClean,
  goInApp,
  importCount,
  importDone,
  openSources,
  reloadSaved,
  trendTargets,
  WAIT,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/**
 * A region's indicator list as regions keep them: a title row, then indikator, målområde, källa,
 * metod, kommunnivå, könsuppdelad, nivå. Two names are ids the example data has values for
 * (Nyföretagande, Arbetslöshet); four have no data anywhere; one is in two målområden.
 */
const LIST = Buffer.from(
  xlsxBytes({
    sheets: [
      {
        name: 'RUS-indikatorer',
        rows: [
          ['Uppföljning av Dalastrategin 2030'],
          ['Indikator', 'Målområde', 'Källa', 'Metod', 'Kommunnivå', 'Könsuppdelad', 'Nivå'],
          [
            'Nyföretagande',
            'Konkurrenskraftigt',
            'Tillväxtanalys',
            'Nya företag per 1 000 inv.',
            'ja',
            'nej',
            'Kortsiktiga effekter',
          ],
          ['Arbetslöshet', 'Sammanhållet', 'SCB', '', 'ja', 'ja', 'Långsiktiga effekter'],
          [
            'Utsläpp av växthusgaser',
            'Klimatsmart',
            'Naturvårdsverket',
            '',
            'nej',
            'nej',
            'Långsiktiga effekter',
          ],
          [
            'Andel förnybar energi',
            'Klimatsmart',
            'Energimyndigheten',
            '',
            'nej',
            'nej',
            'Kortsiktiga effekter',
          ],
          [
            'Företag med hållbarhetsplan',
            'Klimatsmart; Konkurrenskraftigt',
            'Enkät',
            '',
            'nej',
            'nej',
            'Utfall',
          ],
          ['Kvinnors företagande', 'Sammanhållet', 'SCB', '', 'ja', 'ja', 'Utfall'],
        ]
          .map((cells, i) => rowXml(i + 1, cells))
          .join(''),
      },
    ],
  }),
);

/** Three years of targets for Dalarna, as Swedish Excel copies them (tab-separated, decimal comma). */
const PASTE = [
  'Region\tÅr\tMålvärde\tBasår\tBasvärde',
  'Dalarnas län\t2026\t9,4\t2020\t8,3',
  'Dalarnas län\t2028\t9,8\t2020\t8,3',
  'Dalarnas län\t2030\t10,3\t2020\t8,3',
  '',
].join('\r\n');

const NEW_NAME = 'Nya företag i Dalarna';
const QUESTION = 'Processfråga: Når vi fler blivande företagare?';

/** Each card of the chain: its cell ("level, målområde"), name, data status and question, in page order. */
function chainOnPage(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="strategy-chain"] [role="group"]', (cells) =>
    cells.flatMap((cell) =>
      [...cell.querySelectorAll('li[data-indicator]')].map((card) =>
        [
          cell.getAttribute('aria-label'),
          card.getAttribute('data-indicator'),
          card.querySelector('.strategy-card-name')?.textContent,
          card.querySelector('[data-testid="strategy-data"]')?.textContent?.replace(/^[●○] /, ''),
          card.querySelector('.strategy-card-question')?.textContent,
        ].join(' | '),
      ),
    ),
  );
}

const NO_QUESTION = 'Ingen utvärderingsfråga ännu';
const card = (cell: string, id: string, name: string, data: string, question = NO_QUESTION): string =>
  [cell, id, name, data, question].join(' | ');

/**
 * The chain as it must read after the two edits, with the example data on, in page order: levels
 * down, målområden across in the order the list first names them.
 */
const CHAIN = [
  card(
    'Utfall, Konkurrenskraftigt',
    'foretag_med_hallbarhetsplan',
    'Företag med hållbarhetsplan',
    'inga data ännu',
  ),
  card('Utfall, Sammanhållet', 'kvinnors_foretagande', 'Kvinnors företagande', 'inga data ännu'),
  card('Utfall, Klimatsmart', 'foretag_med_hallbarhetsplan', 'Företag med hållbarhetsplan', 'inga data ännu'),
  card('Kortsiktiga effekter, Konkurrenskraftigt', 'nyforetagande', NEW_NAME, 'har data', QUESTION),
  card('Långsiktiga effekter, Sammanhållet', 'arbetsloshet', 'Arbetslöshet', 'har data'),
  card(
    'Långsiktiga effekter, Klimatsmart',
    'utslapp_av_vaxthusgaser',
    'Utsläpp av växthusgaser',
    'inga data ännu',
  ),
  card(
    'Långsiktiga effekter, Klimatsmart',
    'andel_fornybar_energi',
    'Andel förnybar energi',
    'inga data ännu',
  ),
];

/** The targets table's rows for the indicator shown: region, year, target, base year, base value. */
async function targetRows(page: Page): Promise<string[][]> {
  if ((await page.getAttribute('[data-testid="target-table-toggle"]', 'aria-expanded')) !== 'true')
    await page.click('[data-testid="target-table-toggle"]');
  await page.waitForSelector('[data-testid="target-table"]');
  return page.$$eval('[data-testid="target-table-row"]', (rows) =>
    rows.map((tr) => [
      tr.getAttribute('data-region') ?? '',
      ...[...tr.querySelectorAll('input')].map((input) => input.value),
    ]),
  );
}

/** Opens an indicator's form by keyboard and waits until the form has put focus on its name. */
async function editByKeyboard(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Redigera ${name}`, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('form.strategy-editor input') === true);
}

describe.skipIf(!chromiumPath)('Strategi: a region’s chain from its indicator list, kept (Chromium)', () => {
  let browser: FileBrowser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an indicator list plus two keyboard edits and pasted targets: right levels and målområden, kept through a reload and a workspace file', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const { page, problems } = await openPage(context);
    await page.goto(`${baseUrl}?vy=strategi&region=20`);
    await waitForApp(page, 0, 'strategi');

    // The list opened through the Strategi view's file input, and put in place.
    await page.setInputFiles('[data-testid="strategy-file-input"]', {
      name: 'rus-indikatorer.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: LIST,
    });
    await page.getByTestId('strategy-file-preview').waitFor({ timeout: WAIT });
    let before = await importCount(page);
    await page.getByTestId('strategy-file-replace').click();
    await importDone(page, before);
    await page.getByTestId('strategy-card-kvinnors_foretagande').waitFor({ timeout: WAIT });

    // The user's chain turns the example data off by default; the user turns it on again.
    expect(await page.getAttribute('[data-testid="example-toggle"]', 'aria-pressed')).toBe('false');
    before = await importCount(page);
    await page.click('[data-testid="example-toggle"]');
    await importDone(page, before);

    // Edit 1, by keyboard: Andel förnybar energi moves to Långsiktiga effekter.
    await editByKeyboard(page, 'Andel förnybar energi');
    await page.getByLabel('Nivå i effektkedjan').focus();
    // A closed select's type-ahead: "L" is Långsiktiga effekter.
    await page.keyboard.press('L');
    expect(await page.getByLabel('Nivå i effektkedjan').inputValue()).toBe('langsiktiga_effekter');
    before = await importCount(page);
    await page.getByLabel('Namn', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await importDone(page, before);

    // Edit 2, by keyboard: Nyföretagande renamed, with a process question.
    await editByKeyboard(page, 'Nyföretagande');
    const name = page.getByLabel('Namn', { exact: true });
    await name.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(NEW_NAME);
    await page.getByLabel('Typ av utvärderingsfråga').focus();
    await page.keyboard.press('P');
    await page.getByLabel('Utvärderingsfråga', { exact: true }).focus();
    await page.keyboard.insertText('Når vi fler blivande företagare?');
    before = await importCount(page);
    await name.focus();
    await page.keyboard.press('Enter');
    await importDone(page, before);
    await page.getByText(QUESTION).waitFor({ timeout: WAIT });
    expect(await chainOnPage(page)).toEqual(CHAIN);
    // "har data" and "inga data ännu" are one line each, alike but for their words and marks (not the
    // empty-chart box the app's .no-data class draws).
    const dataLines = await page.$$eval('[data-testid="strategy-data"]', (lines) =>
      lines.map((line) => [line.textContent, getComputedStyle(line).borderTopStyle, line.clientHeight]),
    );
    expect(new Set(dataLines.map(([, border, height]) => `${border} ${height}`)).size).toBe(1);
    expect(dataLines[0]?.[1]).toBe('none');

    // Targets for three years, pasted in the indicator's targets table and added by keyboard.
    await goInApp(page, '?vy=indikator&indikator=nyforetagande&region=20', 2);
    expect(await page.textContent('h2')).toContain(NEW_NAME);
    expect(await targetRows(page)).toEqual([]);
    await page.focus('[data-testid="target-paste-text"]');
    await page.keyboard.insertText(PASTE);
    await page.waitForSelector('[data-testid="target-paste-preview"]');
    before = await importCount(page);
    await page.focus('[data-testid="target-paste-apply"]');
    await page.keyboard.press('Enter');
    await importDone(page, before);
    const TREND = { '2026': '9,4', '2028': '9,8', '2030': '10,3' };
    const TARGETS = [
      ['20', '2026', '9,4', '2020', '8,3'],
      ['20', '2028', '9,8', '2020', '8,3'],
      ['20', '2030', '10,3', '2020', '8,3'],
    ];
    expect(await targetRows(page)).toEqual(TARGETS);
    // Drawn as the targets in the trend: the user's replace the example data's (2026: 9,1; 2030: 9,7).
    await waitForApp(page, 2, 'indikator');
    expect(await trendTargets(page, 'Dalarnas län')).toEqual(TREND);

    // Kept in the browser: after a reload the chain, the edits and the targets are there.
    await reloadSaved(page);
    await waitForApp(page, 2, 'indikator');
    expect(await targetRows(page)).toEqual(TARGETS);
    expect(await trendTargets(page, 'Dalarnas län')).toEqual(TREND);
    await goInApp(page, '?vy=strategi&region=20');
    expect(await chainOnPage(page)).toEqual(CHAIN);

    // Saved as a workspace file …
    await openSources(page);
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="workspace-export"]'),
    ]);
    const file = await downloadBytes(saved);
    await context.close();

    // … and opened in a fresh browser: everything back.
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fresh = await openPage(other);
    await fresh.page.goto(`${baseUrl}?vy=strategi&region=20`);
    await waitForApp(fresh.page, 0, 'strategi');
    // Nothing of the user's here yet: the catalogue's chain, read-only, with the ways to start one.
    expect(await fresh.page.getByTestId('strategy-start-example').isVisible()).toBe(true);
    expect(await fresh.page.getByTestId('strategy-card-kvinnors_foretagande').count()).toBe(0);
    await openSources(fresh.page);
    await fresh.page.setInputFiles('[data-testid="workspace-input"]', {
      name: 'regionala-resultat-arbetsyta.json',
      mimeType: 'application/json',
      buffer: file,
    });
    await fresh.page.waitForSelector('[data-testid="workspace-preview"]');
    before = await importCount(fresh.page);
    await fresh.page.click('[data-testid="workspace-replace"]');
    await importDone(fresh.page, before);
    await fresh.page.getByText(QUESTION).waitFor({ timeout: WAIT });
    expect(await chainOnPage(fresh.page)).toEqual(CHAIN);
    expect(await seriousAxeViolations(fresh.page)).toEqual([]);
    await goInApp(fresh.page, '?vy=indikator&indikator=nyforetagande&region=20', 2);
    expect(await targetRows(fresh.page)).toEqual(TARGETS);
    expect(await trendTargets(fresh.page, 'Dalarnas län')).toEqual(TREND);
    expectClean(problems);
    expectClean(fresh.problems);
    await other.close();
  });
});
