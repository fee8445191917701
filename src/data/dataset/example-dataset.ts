import type { Ledger, LedgerCase } from '../../domain/ledger';
import { knowCaseFiles, regionFiles, type RegionFile } from '../../domain/ledger-files';
import { decodeTagged, encodeTagged } from '../json/tagged-json';
import type { Dataset } from './dataset';

/**
 * The example data's dataset as the import worker makes it for the page's first import (the example
 * files alone, no mapping), made when the app is built (scripts/vite/example-seed.ts) from the same
 * files by the same code, and named in the page (example-files.ts: startExampleDataset). A page whose
 * saved workspace adds nothing to the import shows it without waiting for the worker.
 *
 * Lines of tagged JSON: the dataset without the ledger's cases, then the cases in chunks. The cases
 * are three quarters of the decoding and most views need none of them (Indikator, Kommunerna, Mål …):
 * they are decoded the first time they are read, or a chunk at a time while the page is idle
 * (decodeRestStep: the whole at once was a task of 70–140 ms), not before the first chart. The first
 * line names the files each county's cases come from (which Län's cards ask, to say what is invented).
 */
export const EXAMPLE_DATASET_VERSION = 4;

/** Cases per line: about a fifteenth of the example's cases, whose whole decoding took 70–140 ms. */
const CASES_PER_LINE = 400;

/** The dataset's text (tagged JSON: typed arrays, NaN, −0 and undefined come back as they were). */
export function encodeExampleDataset(dataset: Dataset): string {
  // JSON on one line: the tagged text is ASCII, its line breaks escaped, so the first is the split.
  const head = { ...dataset, ledger: { ...dataset.ledger, cases: [] } };
  const { cases } = dataset.ledger;
  const caseFiles = regionFiles(cases);
  const lines = [encodeTagged({ version: EXAMPLE_DATASET_VERSION, dataset: head, caseFiles })];
  for (let at = 0; at < cases.length || at === 0; at += CASES_PER_LINE)
    lines.push(encodeTagged(cases.slice(at, at + CASES_PER_LINE)));
  return lines.join('\n');
}

const KEYS: readonly (keyof Dataset)[] = [
  'indicators',
  'observations',
  'indicatorOffsets',
  'targets',
  'reports',
  'labels',
  'ledger',
];

/** A ledger's cases still to decode, line by line. */
interface CaseLines {
  /** The lines not decoded yet (each a slice of the file's text, let go once decoded). */
  readonly pending: string[];
  readonly decoded: LedgerCase[][];
  cases: readonly LedgerCase[] | undefined;
}

const caseLines = new WeakMap<Ledger, CaseLines>();

/** Decodes the next line of cases; throws if it is not a list (a build that wrote a broken file). */
function decodeLine(lines: CaseLines): void {
  const line = lines.pending.shift();
  if (line === undefined) return;
  const decoded = decodeTagged(line);
  if (!Array.isArray(decoded)) throw new Error('example-dataset: the ledger’s cases are not a list');
  lines.decoded.push(decoded as LedgerCase[]);
}

/** The cases, every line decoded, as one list (made once). */
function assemble(lines: CaseLines): readonly LedgerCase[] {
  if (lines.cases === undefined) {
    while (lines.pending.length > 0) decodeLine(lines);
    lines.cases = lines.decoded.flat();
    lines.decoded.length = 0;
  }
  return lines.cases;
}

/** The ledger with its cases decoded from `lines` when first read (then kept), or line by line before. */
function lazyCases(ledger: Ledger, pending: string[]): Ledger {
  const lines: CaseLines = { pending, decoded: [], cases: undefined };
  const lazy = { ...ledger };
  // The same key, in the same place: the ledger looks as the worker makes it.
  Object.defineProperty(lazy, 'cases', {
    enumerable: true,
    configurable: false,
    get: (): readonly LedgerCase[] => assemble(lines),
  });
  caseLines.set(lazy, lines);
  return lazy;
}

function isRegionFiles(value: unknown): value is readonly RegionFile[] {
  return (
    Array.isArray(value) &&
    value.every(
      (pair) =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        typeof pair[0] === 'string' &&
        typeof pair[1] === 'string',
    )
  );
}

/** The dataset made by encodeExampleDataset; throws on a text of another version or shape. */
export function decodeExampleDataset(text: string): Dataset {
  const split = text.indexOf('\n');
  const parsed = decodeTagged(split < 0 ? text : text.slice(0, split)) as {
    version?: unknown;
    dataset?: unknown;
    caseFiles?: unknown;
  };
  const dataset = parsed.dataset;
  if (parsed.version !== EXAMPLE_DATASET_VERSION || dataset === null || typeof dataset !== 'object')
    throw new Error('example-dataset: not an example dataset of this version');
  const missing = KEYS.filter((k) => !(k in dataset));
  if (missing.length > 0 || !(Reflect.get(dataset, 'indicatorOffsets') instanceof Uint32Array))
    throw new Error(`example-dataset: malformed (${missing.join(', ') || 'indicatorOffsets'})`);
  if (split < 0) throw new Error('example-dataset: malformed (the ledger’s cases)');
  const { caseFiles } = parsed;
  if (!isRegionFiles(caseFiles)) throw new Error('example-dataset: malformed (caseFiles)');
  const made = dataset as Dataset;
  const ledger = lazyCases(made.ledger, text.slice(split + 1).split('\n'));
  knowCaseFiles(ledger, caseFiles);
  return { ...made, ledger };
}

/**
 * Decodes one more line of what decodeExampleDataset left for later (the ledger's cases), for a page
 * that does it while idle: true once nothing is left (also for a dataset with nothing left).
 */
export function decodeRestStep(dataset: Dataset): boolean {
  const lines = caseLines.get(dataset.ledger);
  if (!lines || lines.cases !== undefined) return true;
  if (lines.pending.length > 0) decodeLine(lines);
  if (lines.pending.length > 0) return false;
  assemble(lines);
  return true;
}
