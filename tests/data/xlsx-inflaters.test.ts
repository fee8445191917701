import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/data/issues/issue';
import {
  emitRecords,
  readWorkbook,
  readWorkbookAsync,
  type WorkbookRead,
} from '../../src/data/table/xlsx/workbook-reader';
import {
  packRepeated,
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  xlsxBytes,
  type WorkbookSpec,
} from '../support/xlsx-bytes';
import { setRawInflater } from '../../src/data/table/xlsx/raw-inflater';
import { nodeRawInflater } from '../../scripts/lib/node-inflater';

/**
 * The workbook reader is written once as steps (src/data/table/xlsx/part-scans.ts) and driven two
 * ways: at once with fflate (readWorkbook: the strategy file) or as the platform's inflater hands
 * over the bytes (readWorkbookAsync: the import; DecompressionStream in Node as in the browser, or
 * Node's zlib as check-data sets it). All read the same cells and say the same things, caps and
 * broken parts included.
 */

const MiB = 1024 * 1024;
const HEADER = rowXml(1, ['region', 'indikator', 'period', 'värde']);
const DATA = rowXml(2, ['01', 'x', '2023', 1.5]) + rowXml(3, ['03', 'x', '2023', 2.5]);

interface Outcome {
  readonly names: readonly string[] | undefined;
  readonly sheet: string | undefined;
  readonly rows: readonly string[][];
  readonly issues: readonly string[];
}

function outcome(book: WorkbookRead | undefined, issues: IssueCollector): Outcome {
  const rows: string[][] = [];
  const table = book?.sheet?.table;
  if (table) emitRecords(table, (r) => rows.push(r.fields.slice(0, r.count)));
  return {
    names: book?.names,
    sheet: book?.sheet?.name,
    rows,
    issues: issues.finish().map((i) => `${i.code}@${i.line}: ${i.message.en}`),
  };
}

async function every(bytes: Uint8Array): Promise<{ sync: Outcome; native: Outcome; zlib: Outcome }> {
  const first = new IssueCollector('bok.xlsx');
  const sync = outcome(readWorkbook(bytes, undefined, first), first);
  const second = new IssueCollector('bok.xlsx');
  const native = outcome(await readWorkbookAsync(bytes, undefined, second), second);
  const third = new IssueCollector('bok.xlsx');
  setRawInflater(nodeRawInflater);
  try {
    const zlib = outcome(await readWorkbookAsync(bytes, undefined, third), third);
    return { sync, native, zlib };
  } finally {
    setRawInflater(undefined);
  }
}

const cases: readonly (readonly [string, () => WorkbookSpec, (o: Outcome) => void])[] = [
  [
    'a table on the second sheet, the first a cover',
    () => ({
      shared: ['Om tabellen'],
      sheets: [
        { name: 'Om', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
        { name: 'Data', rows: `${HEADER}${DATA}` },
      ],
    }),
    (o) => expect([o.sheet, o.rows.length]).toEqual(['Data', 3]),
  ],
  [
    'a cell inflating to 1 GiB: the part cap',
    () => ({
      sheets: [
        {
          name: 'Blad1',
          rows: packRepeated(
            `${SHEET_HEAD}${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
            0x20,
            1024 * MiB,
            `</t></is></c></row>${SHEET_TAIL}`,
          ),
        },
      ],
    }),
    (o) => expect(o.issues.map((i) => i.split('@')[0])).toEqual(['xlsx_part_too_large']),
  ],
  [
    'parts past the total cap',
    () => ({
      sheets: [{ name: 'Blad1', rows: `${HEADER}${DATA}` }],
      extra: {
        'xl/styles.xml': packRepeated('<styleSheet>', 0x20, 200 * MiB, '</styleSheet>'),
        'xl/sharedStrings.xml': packRepeated('<sst>', 0x20, 200 * MiB, '</sst>'),
        'xl/worksheets/sheet1.xml': packRepeated(`${SHEET_HEAD}${HEADER}`, 0x20, 200 * MiB, SHEET_TAIL),
      },
    }),
    (o) => expect(o.issues.map((i) => i.split('@')[0])).toEqual(['xlsx_workbook_too_large']),
  ],
];

describe('every inflater reads a workbook alike', () => {
  it.each(cases)('%s', async (_, spec, check) => {
    const { sync, native, zlib } = await every(xlsxBytes(spec()));
    check(native);
    expect(native).toEqual(sync);
    expect(zlib).toEqual(sync);
  });

  it('a part whose deflate stream is broken: the same xlsx_unreadable from each', async () => {
    const bytes = xlsxBytes({ sheets: [{ name: 'Blad1', rows: `${HEADER}${DATA}` }] });
    // The sheet's deflate data, found by its local header's name, overwritten with bytes that are no
    // deflate stream (a reserved block type).
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const at = indexOf(bytes, name);
    expect(at).toBeGreaterThan(0);
    const broken = bytes.slice();
    broken.fill(0xff, at + name.length, at + name.length + 8);
    const { sync, native, zlib } = await every(broken);
    for (const read of [native, sync, zlib]) {
      expect(read.issues.map((i) => i.split('@')[0])).toEqual(['xlsx_unreadable']);
      expect(read.issues[0]).toContain('xl/worksheets/sheet1.xml');
    }
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
