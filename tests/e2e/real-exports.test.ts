import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WORKSPACE_VERSION } from '../../src/data/workspace/workspace-migrations';
import { HAVE_SHARED_FIXTURES, fixturePath } from '../support/shared-fixtures';
import { type FileBrowser, launchChromium, openPage } from './browser';
import {
  addFiles,
  allowLinks,
  downloadText,
  expectClean,
  goInApp,
  importCount,
  importDone,
  openSources,
  reloadSaved,
  shoot,
  summaryFor,
  VIEWPORTS,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

const OWN_FIXTURES = resolve(import.meta.dirname, '../fixtures');

describe.skipIf(!chromiumPath)('real exports in, kept across reloads (Chromium)', () => {
  let browser: FileBrowser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function freshPage(): Promise<{
    page: Page;
    context: BrowserContext;
    problems: Awaited<ReturnType<typeof openPage>>['problems'];
  }> {
    const context = await browser.newContext({ viewport: VIEWPORTS.laptop, acceptDownloads: true });
    const { page, problems } = await openPage(context);
    return { page, context, problems };
  }

  it.skipIf(!HAVE_SHARED_FIXTURES)(
    'a real openxlsx workbook: the right regions, periods and values, in the indicator it names',
    async () => {
      const { page, context, problems } = await freshPage();
      await page.goto(`${baseUrl}?vy=indikator&indikator=arbetsloshet&region=20&tid=2022`);
      await waitForApp(page, 3, 'indikator');
      await addFiles(page, [fixturePath('real/arbetsloshet_lan_ar.xlsx')]);
      const { counts } = await summaryFor(page, 'arbetsloshet_lan_ar.xlsx');
      expect(counts).toEqual([66, 66, 0, 0]);
      await page.click('[data-testid="import-summary-toggle"]');
      // Riket 2022 from the workbook (5.2) replaces the invented value.
      await page.click('[data-testid="ranking-figure"] button:has-text("Visa tabell")');
      const riket = await page.$$eval(
        '[data-testid="ranking-figure"] table tbody tr',
        (rows) => rows.map((r) => r.textContent ?? '').find((t) => t.includes('Riket')) ?? '',
      );
      expect(riket.replace(/\s/g, '')).toContain('Riket5,2');
      await shoot(page, 'xlsx-real-1366');

      // A monthly file with helper columns (ar, manad, manad_long) beside its period (tid): every
      // month is read, the helpers are named, and Dalarna's latest month is December 2023's value.
      await addFiles(page, [resolve(OWN_FIXTURES, 'period-candidates/manad-med-hjalpar.csv')]);
      const monthly = await summaryFor(page, 'manad-med-hjalpar.csv');
      expect(monthly.counts).toEqual([24, 24, 0, 0]);
      expect(monthly.messages.join(' ')).toContain('är hjälpkolumner och lästes inte');
      await page.click('[data-testid="import-summary-toggle"]');
      await goInApp(page, '?vy=indikator&indikator=arbetsloshet&region=20&period=manad', 3);
      expect(await page.textContent('[data-testid="latest-value"]')).toContain('363');
      expect(await page.textContent('[data-testid="indicator-card"] dd.period')).toMatch(/dec\w*\.? 2023/i);
      expectClean(problems);
      await context.close();
    },
  );

  it('PxWeb downloads: an xlsx named by its title, a footnote skipped; a cover sheet passed over, and another sheet chosen', async () => {
    const { page, context, problems } = await freshPage();
    await page.goto(`${baseUrl}?vy=indikator&region=20`);
    await waitForApp(page, 2, 'indikator');
    await addFiles(page, [
      resolve(OWN_FIXTURES, 'pxweb/pxweb_wide_for_xlsx.xlsx'),
      resolve(OWN_FIXTURES, 'pxweb/two_sheets.xlsx'),
    ]);
    const wide = await summaryFor(page, 'pxweb_wide_for_xlsx.xlsx');
    expect(wide.counts).toEqual([10, 6, 0, 4]);
    expect((await summaryFor(page, 'two_sheets.xlsx')).counts[1]).toBe(2);
    await page.click('[data-testid="import-summary-toggle"]');
    // The indicator takes its name from the PxWeb title, without "efter region och år".
    // It stays beside the catalogue's own "Sysselsättningsgrad 20–64 år": same words, not known to be the same measure.
    const options = await page.$eval('[data-testid="indicator-select"]', (s) =>
      [...s.querySelectorAll('option')]
        .map((o) => o.textContent ?? '')
        .filter((t) => t.startsWith('Sysselsättningsgrad')),
    );
    expect(options).toContain('Sysselsättningsgrad 20-64 år (saknas i katalogen)');
    await openSources(page);
    const sheet = page
      .locator('[data-testid="source"]', { hasText: 'two_sheets.xlsx' })
      .locator('[data-testid="source-sheet"]');
    expect(await sheet.inputValue()).toBe('Data');
    expect(await page.locator('[data-testid="source-sheet"]').count()).toBe(1);
    const before = await importCount(page);
    await sheet.selectOption('Om tabellen');
    await importDone(page, before);
    const row =
      (await page.locator('[data-testid="source"]', { hasText: 'two_sheets.xlsx' }).textContent()) ?? '';
    expect(row).toContain('0 godkända');
    expect(
      await page
        .locator('[data-testid="source"]', { hasText: 'two_sheets.xlsx' })
        .locator('[data-testid="source-sheet"]')
        .inputValue(),
    ).toBe('Om tabellen');
    await shoot(page, 'pxweb-sheets-1366');
    expectClean(problems);
    await context.close();
  });

  it('a table whose header says nothing: map its columns once, and the choice is kept for the next file of that shape and across a reload', async () => {
    const { page, context, problems } = await freshPage();
    await page.goto(`${baseUrl}?vy=indikator`);
    await waitForApp(page, 2, 'indikator');
    const drop = async (name: string, text: string): Promise<void> => {
      const before = await importCount(page);
      await page.evaluate(
        ({ name: n, text: t }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([t], n, { type: 'text/csv' }));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
        },
        { name, text },
      );
      await importDone(page, before);
    };
    // Nothing in this header names a column (two number columns beside a year and a region would be
    // read as two measures): the reader asks.
    await drop('anstallda.csv', 'kol1;kol2;kol3;kol4\n20;2023;100;5\n01;2023;900;40\n');
    expect((await summaryFor(page, 'anstallda.csv')).counts).toEqual([2, 0, 2, 0]);
    expect(await page.textContent('[data-testid="other-sources"]')).toContain('Data från en källa utöver');
    expect(await page.textContent('[data-testid="sources-toggle"]')).toContain('1 egen fil eller länk');
    await page.click('[data-testid="import-summary-toggle"]');
    await openSources(page);
    await page.click('[data-testid="source-map"]');
    // Nothing is guessed from bare numbers: the user chooses each column.
    await page.selectOption('[data-testid="map-region"]', '0');
    await page.selectOption('[data-testid="map-period"]', '1');
    await page.selectOption('[data-testid="map-value"]', '2');
    await page.fill('[data-testid="map-name"]', 'Antal anställda');
    await page.selectOption('[data-testid="map-level"]', 'prestationer');
    await shoot(page, 'mapping-form-1366');
    const before = await importCount(page);
    await page.click('[data-testid="map-save"]');
    await importDone(page, before);
    await page.click('[data-testid="sources-toggle"]');
    expect((await summaryFor(page, 'anstallda.csv')).counts).toEqual([2, 2, 0, 0]);
    await page.click('[data-testid="import-summary-toggle"]');
    // The new indicator is in the catalogue, on its chain level.
    const group = await page.$eval(
      '[data-testid="indicator-select"]',
      (s) =>
        [...s.querySelectorAll('optgroup')].find((g) =>
          [...g.querySelectorAll('option')].some((o) => o.value === 'antal_anstallda'),
        )?.label ?? '',
    );
    expect(group).toBe('Prestationer');
    // A second file of the same shape is read with the remembered choice.
    await drop('anstallda-2024.csv', 'kol1;kol2;kol3;kol4\n20;2024;110;6\n');
    expect((await summaryFor(page, 'anstallda-2024.csv')).counts).toEqual([1, 1, 0, 0]);
    await page.click('[data-testid="import-summary-toggle"]');
    await reloadSaved(page);
    await waitForApp(page, 2, 'indikator');
    expect((await summaryFor(page, 'anstallda-2024.csv')).counts).toEqual([1, 1, 0, 0]);
    expect((await summaryFor(page, 'anstallda.csv')).counts).toEqual([2, 2, 0, 0]);
    expect(await page.textContent('[data-testid="other-sources"]')).toContain('Data från 2 källor utöver');
    expect(await page.textContent('[data-testid="other-sources"]')).toContain('anstallda.csv');
    expectClean(problems);
    await context.close();
  });

  it('real export shapes: a dimension column makes a series per value, two measure columns an indicator each', async () => {
    const { page, context, problems } = await freshPage();
    await page.goto(`${baseUrl}?vy=indikator&region=20`);
    await waitForApp(page, 2, 'indikator');
    await addFiles(page, [
      resolve(OWN_FIXTURES, 'kolumner/arbetsloshet-grupp.csv'),
      resolve(OWN_FIXTURES, 'kolumner/bostader-paborjade-fardigstallda.csv'),
    ]);
    const grupp = await summaryFor(page, 'arbetsloshet-grupp.csv');
    expect(grupp.counts).toEqual([12, 12, 0, 0]);
    expect(grupp.messages).toContain(
      'Kolumnen ”ålder” = ”16-64 år” har samma värde på varje rad och lades till i indikatorns beskrivning.',
    );
    expect(grupp.messages.join(' ')).toContain('”Arbetslöshet – utrikes födda” (arbetsloshet_utrikes_fodda)');
    const bostader = await summaryFor(page, 'bostader-paborjade-fardigstallda.csv');
    expect(bostader.counts).toEqual([18, 18, 0, 0]);
    expect(bostader.messages.join(' ')).toContain(
      'var och en lästes som en egen indikator: ”Påbörjade” (paborjade) och ”Färdigställda” (fardigstallda)',
    );
    await page.click('[data-testid="import-summary-toggle"]');
    // The variant is chosen like any indicator, and shows Dalarna's 2023 value and its description.
    await page.selectOption('[data-testid="indicator-select"]', 'arbetsloshet_utrikes_fodda');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="indicator-heading"]')?.textContent?.includes('utrikes födda'),
    );
    await waitForApp(page, 2, 'indikator');
    expect(await page.textContent('[data-testid="indicator-heading"]')).toContain(
      'Arbetslöshet – utrikes födda',
    );
    expect(await page.textContent('[data-testid="latest-value"]')).toContain('17,5');
    expect(await page.textContent('[data-testid="indicator-card"] dd.period')).toContain('2023');
    expect(await page.textContent('[data-testid="indicator-description"]')).toBe('ålder: 16-64 år');
    // Each measure column is an indicator of its own: Färdigställda in Dalarna 2023 is 1 000.
    await goInApp(page, '?vy=indikator&indikator=fardigstallda&region=20', 2);
    expect(await page.textContent('[data-testid="indicator-heading"]')).toContain('Färdigställda');
    expect((await page.textContent('[data-testid="latest-value"]'))?.replace(/\s/g, '')).toContain('1000');
    expectClean(problems);
    await context.close();
  });

  describe('load by link', () => {
    let server: Server;
    let origin = '';

    beforeAll(async () => {
      server = createServer((req, res) => {
        const csv = 'region;indikator;period;värde\n20;lankad;2024;3,5\n01;lankad;2024;4,5\n';
        if (req.url === '/open.csv') {
          res.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' });
          res.end(csv);
        } else if (req.url === '/closed.csv') {
          res.writeHead(200, { 'content-type': 'text/csv' });
          res.end(csv);
        } else if (req.url === '/page.csv') {
          res.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': '*' });
          res.end('<!DOCTYPE html><html><body>Logga in</body></html>');
        } else {
          res.writeHead(404, { 'access-control-allow-origin': '*' });
          res.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('loads what the server allows, says clearly why the rest did not load, and names every source', async () => {
      const { page, context, problems } = await freshPage();
      const links = ['open.csv', 'closed.csv', 'page.csv', 'missing.csv']
        .map((p) => `data=${encodeURIComponent(`${origin}/${p}`)}`)
        .join('&');
      await page.goto(`${baseUrl}?vy=indikator&indikator=lankad&region=20&${links}`);
      // A shared link is fetched only after the user agrees.
      await allowLinks(page);
      await waitForApp(page, 2, 'indikator');
      expect(await page.textContent('#indicator-name')).toContain('lankad');
      expect((await page.textContent('[data-testid="latest-value"]'))?.replace(/\s/g, '')).toContain('3,5');
      const host = new URL(origin).host;
      expect((await summaryFor(page, `open.csv (${host})`)).counts).toEqual([2, 2, 0, 0]);
      expect((await summaryFor(page, `closed.csv (${host})`)).messages.join(' ')).toContain('CORS');
      expect((await summaryFor(page, `page.csv (${host})`)).messages.join(' ')).toContain('webbsida');
      expect((await summaryFor(page, `missing.csv (${host})`)).messages.join(' ')).toContain('404');
      const banner = (await page.textContent('[data-testid="other-sources"]')) ?? '';
      for (const name of ['open.csv', 'closed.csv', 'page.csv', 'missing.csv'])
        expect(banner).toContain(name);
      // A refused cross-origin read logs a console error in Chromium; nothing else may.
      expect(problems.pageErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(
        problems.consoleErrors.every((e) => /CORS|Failed to load resource|net::ERR_FAILED/.test(e)),
      ).toBe(true);
      await context.close();
    });
  });

  it('the workspace file restores files, own targets and mappings on another machine', async () => {
    const first = await freshPage();
    await first.page.goto(`${baseUrl}?vy=indikator&indikator=nyforetagande&region=20`);
    await waitForApp(first.page, 2, 'indikator');
    await addFiles(first.page, [resolve(OWN_FIXTURES, 'workspace/projekt_2020.csv')]);
    await first.page.click('[data-testid="target-editor-toggle"]');
    await first.page.fill('[data-testid="target-period"]', '2030');
    await first.page.fill('[data-testid="target-value"]', '12,5');
    const before = await importCount(first.page);
    await first.page.click('[data-testid="target-save"]');
    await importDone(first.page, before);
    expect(await first.page.textContent('[data-testid="own-targets"]')).toContain('12,5');
    expect(await first.page.textContent('[data-testid="status"]')).not.toContain('Inget mål');
    await openSources(first.page);
    const [file] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.click('[data-testid="workspace-export"]'),
    ]);
    const text = await downloadText(file);
    expect(JSON.parse(text)).toMatchObject({
      format: 'regionala-resultat-arbetsyta',
      version: WORKSPACE_VERSION,
    });
    const path = join(mkdtempSync(join(tmpdir(), 'arbetsyta-')), 'arbetsyta.json');
    await file.saveAs(path);
    await first.context.close();

    const second = await freshPage();
    await second.page.goto(`${baseUrl}?vy=indikator&indikator=nyforetagande&region=20`);
    await waitForApp(second.page, 2, 'indikator');
    expect(await second.page.$('[data-testid="own-targets"]')).toBeNull();
    await openSources(second.page);
    const ready = await importCount(second.page);
    await second.page.setInputFiles('[data-testid="workspace-input"]', path);
    // Shown first; added on the user's word.
    await second.page.click('[data-testid="workspace-merge"]:not([disabled])');
    await importDone(second.page, ready);
    expect(await second.page.locator('[data-testid="source"]').count()).toBe(1);
    expect(await second.page.textContent('[data-testid="sources-panel"]')).toContain('projekt_2020.csv');
    expect(await second.page.textContent('[data-testid="own-targets"]')).toContain('12,5');
    // Kept across a reload too.
    await reloadSaved(second.page);
    await waitForApp(second.page, 2, 'indikator');
    expect(await second.page.textContent('[data-testid="own-targets"]')).toContain('12,5');
    expectClean(second.problems);
    await second.context.close();
  });

  it('a workspace file of the first version (format version 1) opens, and is saved again as the latest', async () => {
    const { page, context, problems } = await freshPage();
    await page.goto(`${baseUrl}?vy=indikator&indikator=nyforetagande&region=20`);
    await waitForApp(page, 2, 'indikator');
    await openSources(page);
    const ready = await importCount(page);
    await page.setInputFiles(
      '[data-testid="workspace-input"]',
      resolve(OWN_FIXTURES, 'workspace/arbetsyta-v1.json'),
    );
    await page.click('[data-testid="workspace-replace"]');
    await importDone(page, ready);
    expect(await page.locator('[data-testid="source"]').count()).toBe(2);
    const panel = (await page.textContent('[data-testid="sources-panel"]')) ?? '';
    expect([panel.includes('projekt_2020.csv'), panel.includes('projekt_2021.csv')]).toEqual([true, true]);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="workspace-export"]'),
    ]);
    expect(JSON.parse(await downloadText(file))).toMatchObject({
      version: WORKSPACE_VERSION,
      sources: [{ name: 'projekt_2020.csv' }, { name: 'projekt_2021.csv' }],
      targets: [{ region: '20', indicator: 'antal_projekt', value: 12.5 }, { region: '01' }],
    });
    // The file's own indicator and its target, after a reload.
    await page.goto(`${baseUrl}?vy=indikator&indikator=antal_projekt&region=20`);
    await waitForApp(page, 1, 'indikator');
    expect(await page.textContent('[data-testid="own-targets"]')).toContain('2030');
    expectClean(problems);
    await context.close();
  });

  it('a removed file is gone after a reload; a replaced one shows its new content', async () => {
    const { page, context, problems } = await freshPage();
    await page.goto(`${baseUrl}?vy=jamfor`);
    await waitForApp(page, 0, 'jamfor');
    await addFiles(page, [
      resolve(OWN_FIXTURES, 'workspace/projekt_2021.csv'),
      resolve(OWN_FIXTURES, 'workspace/projekt_2020.csv'),
    ]);
    await openSources(page);
    expect(await page.locator('[data-testid="source"]').count()).toBe(2);
    const before = await importCount(page);
    await page.click('[data-testid="source-remove"] >> nth=0');
    await importDone(page, before);
    await reloadSaved(page);
    await waitForApp(page, 0, 'jamfor');
    await openSources(page);
    expect(await page.locator('[data-testid="source"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="sources-panel"]')).toContain('projekt_2020.csv');
    expect(await page.textContent('[data-testid="storage-status"]')).toContain('sparas i webbläsaren');

    // Replace the remaining file with one whose two rows are both bad: the new name and counts show, and stay.
    const beforeReplace = await importCount(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click('[data-testid="source-replace"]'),
    ]);
    await chooser.setFiles(resolve(OWN_FIXTURES, 'two_bad_rows.csv'));
    await importDone(page, beforeReplace);
    const replaced = (await page.textContent('[data-testid="sources-panel"]')) ?? '';
    expect(replaced).toContain('two_bad_rows.csv');
    expect(replaced).not.toContain('projekt_2020.csv');
    expect(replaced).toContain('2 poster: 0 godkända, 2 avvisade, 0 överhoppade');
    await reloadSaved(page);
    await waitForApp(page, 0, 'jamfor');
    await openSources(page);
    expect(await page.locator('[data-testid="source"]').count()).toBe(1);
    const afterReload = (await page.textContent('[data-testid="sources-panel"]')) ?? '';
    expect(afterReload).toContain('two_bad_rows.csv');
    expect(afterReload).toContain('2 poster: 0 godkända, 2 avvisade, 0 överhoppade');
    expectClean(problems);
    await context.close();
  });
});
