import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rowXml, xlsxBytes } from '../support/xlsx-bytes';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import { expectClean, goInApp, importCount, importDone, reloadSaved, WAIT, waitForApp } from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const TITLE = 'Uppföljning av Dalastrategin 2030';

/** A tiny indicator list with a title line: one indicator the example data has, one with no data anywhere. */
const LIST = Buffer.from(
  xlsxBytes({
    sheets: [
      {
        name: 'Indikatorer',
        rows: [
          [TITLE],
          ['Indikator', 'Målområde', 'Källa', 'Nivå'],
          ['Nyföretagande', 'Konkurrenskraftigt', 'Tillväxtanalys', 'Kortsiktiga effekter'],
          ['Andel förnybar energi', 'Klimatsmart', 'Energimyndigheten', 'Långsiktiga effekter'],
        ]
          .map((cells, i) => rowXml(i + 1, cells))
          .join(''),
      },
    ],
  }),
);

/** Three years of targets for Dalarna, as Swedish Excel copies them (tab-separated, decimal comma). */
const PASTE = [
  'Region\tÅr\tMålvärde',
  'Dalarnas län\t2026\t45',
  'Dalarnas län\t2028\t50,5',
  'Dalarnas län\t2030\t55',
  '',
].join('\r\n');

const CARD = '[data-testid="strategy-card-andel_fornybar_energi"]';
const COUNT = `${CARD} [data-testid="strategy-target-count"]`;

describe.skipIf(!chromiumPath)(
  'Strategi: targets for an indicator of the chain without data (Chromium)',
  () => {
    let browser: FileBrowser;

    beforeAll(async () => {
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('named from the list’s title; targets pasted from the card, kept through a reload; Indikator shows it, not another', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, problems } = await openPage(context);
      await page.goto(`${baseUrl}?vy=strategi&region=20`);
      await waitForApp(page, 0, 'strategi');

      // The list, with its title line: the preview says the strategy takes the title as its name.
      await page.setInputFiles('[data-testid="strategy-file-input"]', {
        name: 'indikatorer.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: LIST,
      });
      await page.getByTestId('strategy-file-preview').waitFor({ timeout: WAIT });
      expect(await page.getByTestId('strategy-file-title-name').textContent()).toContain(`”${TITLE}”`);
      let before = await importCount(page);
      await page.getByTestId('strategy-file-replace').click();
      await importDone(page, before);
      await page.locator(CARD).waitFor({ timeout: WAIT });
      expect(await page.getByLabel('Strategins namn').inputValue()).toBe(TITLE);
      // The example data on again, so that other indicators have values.
      before = await importCount(page);
      await page.click('[data-testid="example-toggle"]');
      await importDone(page, before);
      expect(await page.textContent(`${CARD} [data-testid="strategy-data"]`)).toContain('inga data ännu');
      expect(await page.textContent(COUNT)).toBe('Inga mål satta');

      // By keyboard: the card's "Mål …" opens the targets table; three years pasted and added.
      const open = page.getByRole('button', { name: 'Mål för Andel förnybar energi', exact: true });
      await open.focus();
      await page.keyboard.press('Enter');
      await page.locator(`${CARD} [data-testid="target-table"]`).waitFor({ timeout: WAIT });
      expect(await open.getAttribute('aria-expanded')).toBe('true');
      await page.focus(`${CARD} [data-testid="target-paste-text"]`);
      await page.keyboard.insertText(PASTE);
      await page.locator(`${CARD} [data-testid="target-paste-preview"]`).waitFor({ timeout: WAIT });
      before = await importCount(page);
      await page.focus(`${CARD} [data-testid="target-paste-apply"]`);
      await page.keyboard.press('Enter');
      await importDone(page, before);
      await page.waitForFunction((s) => document.querySelector(s)?.textContent === '3 mål satta', COUNT, {
        timeout: WAIT,
      });
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Kept in the browser.
      await reloadSaved(page);
      await waitForApp(page, 0, 'strategi');
      await page.locator(CARD).waitFor({ timeout: WAIT });
      expect(await page.textContent(COUNT)).toBe('3 mål satta');
      expect(await page.getByLabel('Strategins namn').inputValue()).toBe(TITLE);

      // Indikator for it: its name and "inga data ännu", its targets — never another indicator.
      await goInApp(page, '?vy=indikator&indikator=andel_fornybar_energi&region=20');
      await page.getByTestId('chain-no-data').waitFor({ timeout: WAIT });
      expect(await page.textContent('main h2')).toBe('Andel förnybar energi: inga data ännu');
      expect(await page.locator('[data-testid="latest-value"]').count()).toBe(0);
      const rows = await page.$$eval(
        '[data-testid="chain-no-data"] [data-testid="target-table-row"]',
        (trs) => trs.map((tr) => [...tr.querySelectorAll('input')].map((input) => input.value).slice(0, 2)),
      );
      expect(rows).toEqual([
        ['2026', '45'],
        ['2028', '50,5'],
        ['2030', '55'],
      ]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expectClean(problems);
      await context.close();
    });
  },
);
