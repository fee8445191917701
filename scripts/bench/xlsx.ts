/**
 * (a) In Node: a 200 000 × 5 workbook, written as Excel writes one (text in shared strings, every
 * part deflated), against the same table as a semicolon CSV, each through the whole import
 * (importFileAsync / importFile), the workbook's parts inflated as check-data inflates them in Node
 * (Node's zlib, scripts/lib/node-inflater.ts; in the browser the import worker's DecompressionStream
 * is native). Goal: the workbook within 5× the CSV's time.
 */
import { COUNTIES as COUNTY_REGIONS } from '../../src/domain/regions';
import { zipSync } from 'fflate';
import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';
import { setRawInflater } from '../../src/data/table/xlsx/raw-inflater';
import { nodeRawInflater } from '../lib/node-inflater';

export interface XlsxFigures {
  readonly rows: number;
  readonly xlsxMs: number;
  readonly csvMs: number;
  readonly xlsxBytes: number;
  readonly csvBytes: number;
  readonly accepted: { readonly xlsx: number; readonly csv: number };
}

/** The 21 län, by SCB code. */
const COUNTIES = COUNTY_REGIONS.map((c) => c.code);
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The table: 21 counties × 100 years × about 95 indicators, kön T; every row a distinct observation. */
function table(rows: number): string[][] {
  const out = [['region', 'indikator', 'period', 'värde', 'kön']];
  for (let i = 0; i < rows; i++)
    out.push([
      COUNTIES[i % 21] ?? '01',
      `ind_${Math.floor(i / 2100)}`,
      String(1990 + (Math.floor(i / 21) % 100)),
      String(((i * 37) % 10_000) / 10),
      'T',
    ]);
  return out;
}

function workbook(cells: readonly string[][]): Uint8Array {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const sref = (t: string): number => {
    let i = index.get(t);
    if (i === undefined) index.set(t, (i = shared.push(t) - 1));
    return i;
  };
  const letters = 'ABCDE';
  const numeric = (r: number, c: number): boolean => r > 0 && (c === 2 || c === 3);
  const sheet = cells
    .map(
      (row, r) =>
        `<row r="${r + 1}" spans="1:5">${row
          .map((v, c) =>
            numeric(r, c)
              ? `<c r="${letters[c]}${r + 1}"><v>${v}</v></c>`
              : `<c r="${letters[c]}${r + 1}" t="s"><v>${sref(v)}</v></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  const enc = new TextEncoder();
  return zipSync(
    {
      'xl/workbook.xml': enc.encode(
        `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': enc.encode(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/styles.xml': enc.encode(
        `<styleSheet xmlns="${NS}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`,
      ),
      'xl/sharedStrings.xml': enc.encode(
        `<sst xmlns="${NS}">${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
      ),
      'xl/worksheets/sheet1.xml': enc.encode(
        `<worksheet xmlns="${NS}"><sheetData>${sheet}</sheetData></worksheet>`,
      ),
    },
    { level: 6 },
  );
}

/**
 * The workbook and the CSV, made in a function of their own: the table's million cell strings are
 * garbage once it returns. (Made in benchXlsx, they stayed alive across its awaits, and every major
 * collection during the timed imports marked them: the workbook, which makes more garbage than the
 * CSV, took about 1.3–1.5 s beside them against 0.7–1.0 s without.)
 */
function inputs(rows: number): { readonly book: Uint8Array; readonly csv: Uint8Array } {
  const cells = table(rows);
  return {
    book: workbook(cells),
    csv: new TextEncoder().encode(cells.map((r) => r.join(';')).join('\n')),
  };
}

/** Both imports in turn, `runs` times each after a warm-up of both; medians. */
export async function benchXlsx(runs: number, rows = 200_000): Promise<XlsxFigures> {
  setRawInflater(nodeRawInflater);
  try {
    return await timeBoth(runs, rows);
  } finally {
    setRawInflater(undefined);
  }
}

async function timeBoth(runs: number, rows: number): Promise<XlsxFigures> {
  const { book, csv } = inputs(rows);
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  let accepted = {
    xlsx: (await importFileAsync('bench.xlsx', book)).accepted,
    csv: importFile('bench.csv', csv).accepted,
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const x = await importFileAsync('bench.xlsx', book);
    a.push(performance.now() - start);
    start = performance.now();
    const c = importFile('bench.csv', csv);
    b.push(performance.now() - start);
    accepted = { xlsx: x.accepted, csv: c.accepted };
  }
  return {
    rows,
    xlsxMs: median(a),
    csvMs: median(b),
    xlsxBytes: book.length,
    csvBytes: csv.length,
    accepted,
  };
}
