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
 * Two lines of tagged JSON: the dataset without the ledger's cases, then the cases. The cases are
 * three quarters of the decoding and most views need none of them (Indikator, Kommunerna, Mål …):
 * they are decoded the first time they are read, not before the first chart. The first line names the
 * files each county's cases come from (which Län's cards ask, to say what is invented).
 */
export const EXAMPLE_DATASET_VERSION = 3;

/** The dataset's text (tagged JSON: typed arrays, NaN, −0 and undefined come back as they were). */
export function encodeExampleDataset(dataset: Dataset): string {
  // JSON on one line: the tagged text is ASCII, its line breaks escaped, so the first is the split.
  const head = { ...dataset, ledger: { ...dataset.ledger, cases: [] } };
  const caseFiles = regionFiles(dataset.ledger.cases);
  return `${encodeTagged({ version: EXAMPLE_DATASET_VERSION, dataset: head, caseFiles })}\n${encodeTagged(dataset.ledger.cases)}`;
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

/**
 * The ledger with its cases decoded from `text` when first read (then kept). Reading them throws if
 * the text is not a list — a build that wrote a broken file, which the build's test catches.
 */
function lazyCases(ledger: Ledger, text: string): Ledger {
  let cases: readonly LedgerCase[] | undefined;
  // Let go once decoded: the text (a slice, holding the whole file's text) is not kept beside the cases.
  let rest: string | undefined = text;
  const lazy = { ...ledger };
  // The same key, in the same place: the ledger looks as the worker makes it.
  Object.defineProperty(lazy, 'cases', {
    enumerable: true,
    configurable: false,
    get(): readonly LedgerCase[] {
      if (cases === undefined) {
        const decoded = decodeTagged(rest ?? '');
        if (!Array.isArray(decoded)) throw new Error('example-dataset: the ledger’s cases are not a list');
        cases = decoded as readonly LedgerCase[];
        rest = undefined;
      }
      return cases;
    },
  });
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
  const ledger = lazyCases(made.ledger, text.slice(split + 1));
  knowCaseFiles(ledger, caseFiles);
  return { ...made, ledger };
}

/** Decodes what decodeExampleDataset left for later (the ledger's cases) if not done yet: their count. */
export function decodeRest(dataset: Dataset): number {
  return dataset.ledger.cases.length;
}
