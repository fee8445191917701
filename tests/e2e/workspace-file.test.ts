import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contextPerTest, seriousAxeViolations } from './browser';
import {
  addFiles,
  expectClean,
  importCount,
  importDone,
  openApp,
  openSources,
  reloadSaved,
  summaryFor,
  VIEWPORTS,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const DIR = mkdtempSync(join(tmpdir(), 'arbetsytefil-'));
const HEAD = { format: 'regionala-resultat-arbetsyta', version: 2 };
const T = '2025-01-01T00:00:00.000Z';
const csv = (rows: readonly string[]): string => ['region;indikator;period;värde', ...rows, ''].join('\n');
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A file written for the test, its path. */
function written(name: string, text: string, folder = DIR): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** The user's own file: two values of an indicator of the catalogue. */
const MINE = written('mina-varden.csv', csv(['20;nyforetagande;2031;9,5', '01;nyforetagande;2031;8']));
const FROM_FILE = csv(['03;nyforetagande;2031;7', '04;nyforetagande;2031;6', '05;nyforetagande;2031;5']);

const GOOD = written(
  'bra-arbetsyta.json',
  JSON.stringify({
    ...HEAD,
    sources: [{ id: 'ws-1', name: 'fran-arbetsytan.csv', addedAt: T, base64: base64(FROM_FILE) }],
    indicators: [],
    targets: [],
    mappings: [],
  }),
);

describe.skipIf(!chromiumPath)(
  'the workspace file: shown first, applied on the user’s word, nothing wiped (Chromium)',
  () => {
    const fresh = contextPerTest(chromiumPath, VIEWPORTS.laptop);

    const sourceNames = (page: Page): Promise<string[]> =>
      page.locator('[data-testid="source"] .source-head strong').allTextContents();

    /** Each test starts in Jämför, with storage of its own. */
    const start = (): ReturnType<typeof openApp> => openApp(fresh.context(), baseUrl, '?vy=jamfor');

    it('a file that cannot be read at all applies nothing and says why; the user’s file stays, also after a reload', async () => {
      const { page, problems } = await start();
      await addFiles(page, [MINE]);
      await openSources(page);
      const broken = written('trasig-arbetsyta.json', JSON.stringify({ ...HEAD, sources: 'x' }));
      await page.setInputFiles('[data-testid="workspace-input"]', broken);
      const alert = await page.waitForSelector('[data-testid="workspace-error"]');
      expect(await alert.textContent()).toBe(
        'Filen är ingen arbetsyta från Regionala resultat (filerna (sources) är inte en lista). Din arbetsyta är oförändrad.',
      );
      expect(await page.$('[data-testid="workspace-preview"]')).toBeNull();
      expect(await sourceNames(page)).toEqual(['mina-varden.csv']);
      // The data is still read and shown: the import summary counts the user's file.
      expect((await summaryFor(page, 'mina-varden.csv')).counts).toEqual([2, 2, 0, 0]);
      await reloadSaved(page);
      await waitForApp(page, 0, 'jamfor');
      await openSources(page);
      expect(await sourceNames(page)).toEqual(['mina-varden.csv']);
      expectClean(problems);
    });

    it('a file with unreadable parts names every one of them; Escape closes it and changes nothing', async () => {
      const { page, problems } = await start();
      await addFiles(page, [MINE]);
      await openSources(page);
      const partly = written(
        'delvis-trasig.json',
        JSON.stringify({
          ...HEAD,
          sources: [
            { id: 'a', name: 'utan-innehall.csv', addedAt: T },
            { id: 'b', name: 'fran-arbetsytan.csv', addedAt: T, base64: base64(FROM_FILE) },
          ],
          indicators: [{ id: 'x', chainLevel: 'okand', direction: 'neutral' }],
          targets: 'inte en lista',
          mappings: [{ options: {} }],
        }),
      );
      await page.setInputFiles('[data-testid="workspace-input"]', partly);
      await page.waitForSelector('[data-testid="workspace-preview"]');
      // Focus is in the preview, on its heading.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
      expect(await page.locator('[data-testid="workspace-unread"] li').allTextContents()).toEqual([
        'sources[0] ”utan-innehall.csv”: saknar innehåll; filen lästes inte',
        'indicators[0] ”x”: ogiltig nivå i effektkedjan ”okand”; lästes inte',
        'targets: inte en lista; ingen del av den lästes',
        'mappings[0]: saknar tabellform (shape); kolumnvalet lästes inte',
      ]);
      expect(await page.textContent('[data-testid="workspace-preview-holds"]')).toContain(
        'Filer: 1: fran-arbetsytan.csv',
      );
      expect(await page.textContent('[data-testid="workspace-replace-note"]')).toContain('”mina-varden.csv”');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Escape closes the preview, not Källor, and applies nothing.
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="workspace-preview"]', { state: 'detached' });
      expect(await page.$('[data-testid="sources-panel"]')).not.toBeNull();

      expect(await page.$('[data-testid="workspace-preview"]')).toBeNull();
      expect(await sourceNames(page)).toEqual(['mina-varden.csv']);
      expectClean(problems);
    });

    it('a good file: Lägg till keeps the user’s file and adds the file’s; Ersätt leaves only the file’s', async () => {
      const { page, problems } = await start();
      await addFiles(page, [MINE]);
      await openSources(page);
      await page.setInputFiles('[data-testid="workspace-input"]', GOOD);
      await page.waitForSelector('[data-testid="workspace-preview"]');
      const beforeMerge = await importCount(page);
      await page.click('[data-testid="workspace-merge"]:not([disabled])');
      await importDone(page, beforeMerge);
      expect(await sourceNames(page)).toEqual(['mina-varden.csv', 'fran-arbetsytan.csv']);
      expect((await summaryFor(page, 'fran-arbetsytan.csv')).counts).toEqual([3, 3, 0, 0]);
      expect((await summaryFor(page, 'mina-varden.csv')).counts).toEqual([2, 2, 0, 0]);
      // The summary took the sources panel's place: back to Källor.
      await openSources(page);

      // Opened again: the same file (same id, same bytes) is already there and not added twice.
      await page.setInputFiles('[data-testid="workspace-input"]', GOOD);
      await page.waitForSelector('[data-testid="workspace-merge-notes"] p:nth-child(2)');
      expect(await page.textContent('[data-testid="workspace-merge-notes"]')).toContain(
        'Finns redan hos dig och läggs inte till igen: ”fran-arbetsytan.csv”.',
      );
      const beforeReplace = await importCount(page);
      await page.click('[data-testid="workspace-replace"]');
      await importDone(page, beforeReplace);
      expect(await sourceNames(page)).toEqual(['fran-arbetsytan.csv']);
      await reloadSaved(page);
      await waitForApp(page, 0, 'jamfor');
      await openSources(page);
      expect(await sourceNames(page)).toEqual(['fran-arbetsytan.csv']);
      expectClean(problems);
    });

    it('two files of one name show their own counts in Källor', async () => {
      const { page, problems } = await start();
      const one = written('data.csv', csv(['20;nyforetagande;2032;1']), join(DIR, 'en'));
      const three = written(
        'data.csv',
        csv(['20;nyforetagande;2033;1', '01;nyforetagande;2033;2', '03;nyforetagande;2033;3']),
        join(DIR, 'tre'),
      );
      await addFiles(page, [one]);
      await addFiles(page, [three]);
      await openSources(page);
      expect(await sourceNames(page)).toEqual(['data.csv', 'data.csv']);
      const counts = await page.locator('[data-testid="source-counts"]').allTextContents();
      expect(counts).toEqual([
        '1 poster: 1 godkända, 0 avvisade, 0 överhoppade',
        '3 poster: 3 godkända, 0 avvisade, 0 överhoppade',
      ]);
      expectClean(problems);
    });

    it('two sources of one id in a workspace file are both kept, also after a reload', async () => {
      const { page, problems } = await start();
      await openSources(page);
      const twice = written(
        'samma-id.json',
        JSON.stringify({
          ...HEAD,
          sources: [
            {
              id: 'dubbel',
              name: 'forsta.csv',
              addedAt: T,
              base64: base64(csv(['20;nyforetagande;2034;1'])),
            },
            {
              id: 'dubbel',
              name: 'andra.csv',
              addedAt: '2025-01-01T00:00:01.000Z',
              base64: base64(csv(['01;nyforetagande;2034;2', '03;nyforetagande;2034;3'])),
            },
          ],
        }),
      );
      await page.setInputFiles('[data-testid="workspace-input"]', twice);
      await page.waitForSelector('[data-testid="workspace-preview"]');
      expect(await page.locator('[data-testid="workspace-notes"] li').allTextContents()).toEqual([
        'sources[1] ”andra.csv”: har samma id som sources[0]; de hålls isär och den här får ett nytt id',
      ]);
      const before = await importCount(page);
      await page.click('[data-testid="workspace-merge"]:not([disabled])');
      await importDone(page, before);
      expect(await sourceNames(page)).toEqual(['forsta.csv', 'andra.csv']);
      await reloadSaved(page);
      await waitForApp(page, 0, 'jamfor');
      await openSources(page);
      expect(await sourceNames(page)).toEqual(['forsta.csv', 'andra.csv']);
      expect(await page.locator('[data-testid="source-counts"]').allTextContents()).toEqual([
        '1 poster: 1 godkända, 0 avvisade, 0 överhoppade',
        '2 poster: 2 godkända, 0 avvisade, 0 överhoppade',
      ]);
      expectClean(problems);
    });
  },
);
