import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readStrategyFile } from '../../src/data/strategy/strategy-open';
import { writeStrategyJson } from '../../src/data/strategy/strategy-json';
import { EMPTY_STRATEGY, type StrategyIndicator } from '../../src/domain/strategy';
import { rowXml, xlsxBytes } from '../support/xlsx-bytes';
import { type FileBrowser, launchChromium, openPage, seriousAxeViolations } from './browser';
import {
  downloadBytes,
  downloadText,
  expectClean,
  importCount,
  importDone,
  WAIT,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** The card of an indicator in one cell of the chain (level, goal area), by the cell's name. */
const cardIn = (page: Page, cell: string, id: string) =>
  page.getByRole('group', { name: cell, exact: true }).getByTestId(`strategy-card-${id}`);

/** A region's indicator list as regions write them: a title, then indicator, målområde, källa … */
const LIST = Buffer.from(
  xlsxBytes({
    sheets: [
      {
        name: 'RUS-indikatorer',
        rows: [
          ['Indikatorer i Dalastrategin'],
          ['Indikator', 'Målområde', 'Källa', 'Metod', 'Kommunnivå', 'Könsuppdelad', 'Nivå'],
          [
            'Nyföretagande',
            'Konkurrenskraftigt',
            'Tillväxtanalys',
            'Per 1 000 inv.',
            'ja',
            'nej',
            'Kortsiktiga effekter',
          ],
          ['Sysselsättningsgrad', 'Konkurrenskraftigt', 'SCB', '', 'ja', 'ja', 'Långsiktiga effekter'],
          [
            'Utsläpp av växthusgaser',
            'Klimatsmart',
            'Naturvårdsverket',
            '',
            'nej',
            'nej',
            'Långsiktiga effekter',
          ],
          ['', 'Klimatsmart', 'SCB', '', '', '', ''],
        ]
          .map((cells, i) => rowXml(i + 1, cells))
          .join(''),
      },
    ],
  }),
);

const theirIndicator = (
  id: string,
  name: string,
  level: StrategyIndicator['chainLevel'],
): StrategyIndicator => ({
  id,
  name,
  description: '',
  unit: '',
  chainLevel: level,
  direction: 'higher_is_better',
  goalAreas: [],
  question: undefined,
  source: 'SCB',
  decimals: 1,
  followUpLevels: [],
  genderSplit: false,
  koladaId: undefined,
  scbId: undefined,
});

/** Jämtland's chain: two of ours by name (case aside), one of its own. */
const THEIRS = Buffer.from(
  writeStrategyJson({
    strategy: {
      ...EMPTY_STRATEGY,
      name: 'Jämtlandsstrategin',
      region: '23',
      indicators: [
        theirIndicator('nya_foretag', 'nyföretagande', 'kortsiktiga_effekter'),
        theirIndicator('syss', 'SYSSELSÄTTNINGSGRAD', 'langsiktiga_effekter'),
        theirIndicator('befolkning', 'Befolkningsförändring', 'langsiktiga_effekter'),
      ],
    },
    targets: [],
  }),
);

describe.skipIf(!chromiumPath)(
  'Strategi: the strategy as a file, and two chains side by side (Chromium)',
  () => {
    let browser: FileBrowser;

    beforeAll(async () => {
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('opens an indicator list as a chain, downloads it as a workbook, and compares it with another region’s', async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      const { page, problems } = await openPage(context);
      await page.goto(`${baseUrl}?vy=strategi&region=20`);
      await waitForApp(page, 0, 'strategi');

      // The list opened: what it holds and the row it could not place, before anything changes.
      await page.setInputFiles('[data-testid="strategy-file-input"]', {
        name: 'indikatorlista.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: LIST,
      });
      const preview = page.getByTestId('strategy-file-preview');
      await preview.waitFor({ timeout: WAIT });
      expect(await preview.getByTestId('strategy-file-holds').textContent()).toContain(
        '3 indikatorer (Kortsiktiga effekter: 1, Långsiktiga effekter: 2)',
      );
      expect(await preview.getByTestId('strategy-file-unread').textContent()).toContain(
        'RUS-indikatorer, rad 6, kolumn A (Indikator): raden har värden men inget namn på indikatorn',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      const before = await importCount(page);
      await page.getByTestId('strategy-file-replace').click();
      await importDone(page, before);

      // On their levels and goal areas; the chain exists before the data does.
      await cardIn(page, 'Kortsiktiga effekter, Konkurrenskraftigt', 'nyforetagande').waitFor({
        timeout: WAIT,
      });
      expect(
        await cardIn(page, 'Långsiktiga effekter, Konkurrenskraftigt', 'sysselsattningsgrad').count(),
      ).toBe(1);
      const utslapp = cardIn(page, 'Långsiktiga effekter, Klimatsmart', 'utslapp_av_vaxthusgaser');
      expect(await utslapp.getByText('inga data ännu').count()).toBe(1);

      // The workbook downloaded reads back, with the app's own reader, as the same chain.
      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('strategy-download-xlsx').click(),
      ]);
      const read = readStrategyFile(new Uint8Array(await downloadBytes(xlsx)));
      if (!read.ok) throw new Error(read.text.en);
      expect(read.problems).toEqual([]);
      expect(read.file.strategy.indicators.map((i) => [i.id, i.chainLevel, i.goalAreas])).toEqual([
        ['nyforetagande', 'kortsiktiga_effekter', ['konkurrenskraftigt']],
        ['sysselsattningsgrad', 'langsiktiga_effekter', ['konkurrenskraftigt']],
        ['utslapp_av_vaxthusgaser', 'langsiktiga_effekter', ['klimatsmart']],
      ]);

      // Side by side with Jämtland's chain: 2 shared (by name), 1 only ours, 1 only theirs. Ours is
      // named by the list's title row.
      await page.setInputFiles('[data-testid="strategy-compare-input"]', {
        name: 'jamtland.json',
        mimeType: 'application/json',
        buffer: THEIRS,
      });
      const totals = page.getByTestId('strategy-compare-totals');
      await totals.waitFor({ timeout: WAIT });
      expect(await totals.textContent()).toBe(
        '2 gemensamma indikatorer, 1 bara i Indikatorer i Dalastrategin, 1 bara i Jämtlandsstrategin. 0 gemensamma frågor.',
      );
      const total = page.getByTestId('strategy-compare-levels').getByRole('row', { name: /^Totalt/ });
      expect(await total.getByRole('cell').allTextContents()).toEqual(['2', '1', '1', '0']);
      const shared = page
        .getByTestId('strategy-compare-indicators')
        .getByRole('row', { name: /^Långsiktiga effekter Sysselsättningsgrad/ });
      const cells = await shared.getByRole('cell').allTextContents();
      expect(cells.slice(0, 3)).toEqual(['Långsiktiga effekter', 'Båda', 'SYSSELSÄTTNINGSGRAD']);
      // Both statuses in words, never by colour alone.
      for (const status of cells.slice(4))
        expect([
          'I fas mot målet',
          'Risk att inte nå målet',
          'Inte i fas med målet',
          'Inget mål satt',
          'Inga data',
        ]).toContain(status);
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator(
            '.strategy-compare-table:has([data-testid="strategy-compare-indicators"]) [data-testid="download-csv"]',
          )
          .click(),
      ]);
      expect(await downloadText(csv)).toContain('Befolkningsförändring;Bara deras');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expectClean(problems);
      await context.close();
    });
  },
);
