import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { XLSX_MAX_PART_BYTES, XLSX_MAX_TOTAL_BYTES } from '../../src/data/table/xlsx/limits';
import {
  packRepeated,
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  xlsxBytes,
  type PackedPart,
  type WorkbookSpec,
} from '../support/xlsx-bytes';
import { contextPerTest } from './browser';
import {
  addFiles,
  expectClean,
  importCount,
  importDone,
  openApp,
  openView,
  reloadSaved,
  summaryFor,
  VIEWPORTS,
  waitForApp,
} from './helpers';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/**
 * Hostile workbooks in the browser (issue 15): the same kinds that tests/data/xlsx-limits.test.ts
 * reads in Node — a reference at Excel's last cell, references beyond Excel's grid, zip bombs, a
 * cell past Excel's text limit — made at run time and picked into the app together. Each ends with
 * its error or its data in the import summary; the tab neither crashes nor hangs; the app keeps
 * working; and the next visit, which reads the stored files again, opens the same way.
 */

const MiB = 1024 * 1024;
const HEADER = rowXml(1, ['region', 'indikator', 'period', 'värde']);
/** Two rows of an indicator of the file's own (files of one indicator would repeat each other's keys). */
const data = (indicator: string): string =>
  rowXml(2, ['01', indicator, '2023', 1.5]) + rowXml(3, ['03', indicator, '2023', 2.5]);

/** A sheet of HEADER and data(indicator), then a cell (row 4) of `count` spaces, deflated by hand. */
function sheetWithHugeCell(indicator: string, count: number): PackedPart {
  const before = `${SHEET_HEAD}${HEADER}${data(indicator)}<row r="4"><c r="A4" t="inlineStr"><is><t>`;
  return packRepeated(before, 0x20, count, `</t></is></c></row>${SHEET_TAIL}`);
}

interface Hostile {
  readonly name: string;
  readonly spec: () => WorkbookSpec;
  /** The file's summary row: records, accepted, rejected, skipped. */
  readonly counts: readonly number[];
  /** What its issues say (Swedish), each somewhere in its messages. */
  readonly says: readonly string[];
  /** What none of its messages may say. */
  readonly never?: readonly string[];
}

const HOSTILE: readonly Hostile[] = [
  {
    name: 'sista-cellen.xlsx',
    spec: () => ({
      sheets: [{ name: 'Blad1', rows: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }],
    }),
    counts: [0, 0, 0, 0],
    says: ['Ingen tabell hittades'],
  },
  {
    name: 'utanfor-rutnatet.xlsx',
    spec: () => ({
      sheets: [
        {
          name: 'Blad1',
          rows:
            HEADER.replace('</row>', '<c r="ZZZZZZ1"><v>9</v></c></row>') +
            data('fientlig_rutnat') +
            '<row r="999999999"><c r="A999999999"><v>5</v></c></row>',
        },
      ],
    }),
    counts: [2, 2, 0, 0],
    says: ['Cellen ”ZZZZZZ1”', 'Raden ”999999999”'],
  },
  {
    name: 'cellbomb.xlsx',
    spec: () => ({ sheets: [{ name: 'Blad1', rows: sheetWithHugeCell('fientlig_bomb', 1024 * MiB) }] }),
    counts: [0, 0, 0, 0],
    says: [`mer än ${XLSX_MAX_PART_BYTES / MiB} MB och lästes inte (gränsen per del)`],
  },
  {
    name: 'lang-cell.xlsx',
    spec: () => ({
      sheets: [{ name: 'Blad1', rows: sheetWithHugeCell('fientlig_lang', 200 * 1000 * 1000) }],
    }),
    counts: [2, 2, 0, 0],
    says: ['har mer text än Excel tillåter'],
  },
  {
    name: 'oanvand-del.xlsx',
    spec: () => ({
      sheets: [{ name: 'Blad1', rows: `${HEADER}${data('fientlig_del')}` }],
      extra: { 'xl/media/image1.png': packRepeated('', 0, 1024 * MiB, '') },
    }),
    counts: [2, 2, 0, 0],
    // The part nothing refers to is never inflated, and nothing is said of it: only that the
    // indicator is not in the catalogue, as for any file's own indicator.
    says: ['Indikatorn ”fientlig_del” finns inte i katalogen'],
    never: ['image1', 'packas upp'],
  },
  {
    name: 'hela-boken.xlsx',
    spec: () => ({
      sheets: [{ name: 'Blad1', rows: sheetWithHugeCell('fientlig_hela', 200 * MiB) }],
      extra: {
        'xl/styles.xml': packRepeated('<styleSheet>', 0x20, 200 * MiB, '</styleSheet>'),
        'xl/sharedStrings.xml': packRepeated('<sst>', 0x20, 200 * MiB, '</sst>'),
      },
    }),
    counts: [0, 0, 0, 0],
    says: [`mer än ${XLSX_MAX_TOTAL_BYTES / MiB} MB sammanlagt`],
  },
];

/** Each of the hostile workbooks' summary row and messages are as expected. */
async function eachEnded(page: Page, workbooks: readonly Hostile[]): Promise<void> {
  for (const h of workbooks) {
    const { counts, messages } = await summaryFor(page, h.name);
    expect([h.name, counts]).toEqual([h.name, h.counts]);
    const text = messages.join('\n');
    for (const said of h.says) expect(text, h.name).toContain(said);
    for (const unsaid of h.never ?? []) expect(text, h.name).not.toContain(unsaid);
  }
  await page.click('[data-testid="import-summary-toggle"]');
}

describe.skipIf(!chromiumPath)('hostile workbooks in the browser (Chromium)', () => {
  const { context, another } = contextPerTest(chromiumPath, VIEWPORTS.laptop);

  it('each ends with its error or its data, the app keeps working, and the next visit opens the same way', async () => {
    // Written to files and picked by path: the browser reads them from disk, not through the
    // test's connection (19 MB of bombs as base64 took most of the test's time).
    const dir = mkdtempSync(join(tmpdir(), 'fientliga-'));
    const paths = HOSTILE.map((h) => {
      const path = join(dir, h.name);
      writeFileSync(path, xlsxBytes(h.spec()));
      return path;
    });
    const { page, problems } = await openApp(context(), baseUrl, '?vy=indikator&region=20', 3);
    const before = await importCount(page);
    await page.setInputFiles('[data-testid="file-input"]', paths);
    await importDone(page, before);
    await eachEnded(page, HOSTILE);
    // The tables that were read are there to choose, beside the example data.
    await page.selectOption('[data-testid="indicator-select"]', 'fientlig_lang');
    await waitForApp(page, 3, 'indikator');
    expect(await page.textContent('[data-testid="counties-table"]')).toContain('2,5');
    await openView(page, 'lan', 1);
    expectClean(problems);

    // The stored workbooks are read again on the next visit: the page opens, and says the same. (In
    // a browser of its own, with the two whose references once cost what they named — the kind that
    // crashed the tab on every visit; the bombs' second reading is the first's, and ten seconds.)
    const referenced = HOSTILE.slice(0, 2);
    const next = await openApp(await another(), baseUrl, '?vy=lan', 1);
    await addFiles(
      next.page,
      referenced.map((h) => join(dir, h.name)),
    );
    await reloadSaved(next.page);
    await waitForApp(next.page, 1, 'lan');
    await eachEnded(next.page, referenced);
    expectClean(next.problems);
  });
});
