import { decodeTagged, encodeTagged } from '../json/tagged-json';
import type { Dataset } from './dataset';

/**
 * The example data's dataset as the import worker makes it for the page's first import (the example
 * files alone, no mapping), made when the app is built (scripts/vite/example-seed.ts) from the same
 * files by the same code, and named in the page (example-files.ts: fetchExampleDataset). A page whose
 * saved workspace adds nothing to the import shows it without waiting for the worker.
 */
export const EXAMPLE_DATASET_VERSION = 1;

/** The dataset's text (tagged JSON: typed arrays, NaN, −0 and undefined come back as they were). */
export function encodeExampleDataset(dataset: Dataset): string {
  return encodeTagged({ version: EXAMPLE_DATASET_VERSION, dataset });
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

/** The dataset made by encodeExampleDataset; throws on a text of another version or shape. */
export function decodeExampleDataset(text: string): Dataset {
  const parsed = decodeTagged(text) as { version?: unknown; dataset?: unknown };
  const dataset = parsed.dataset;
  if (parsed.version !== EXAMPLE_DATASET_VERSION || dataset === null || typeof dataset !== 'object')
    throw new Error('example-dataset: not an example dataset of this version');
  const missing = KEYS.filter((k) => !(k in dataset));
  if (missing.length > 0 || !(Reflect.get(dataset, 'indicatorOffsets') instanceof Uint32Array))
    throw new Error(`example-dataset: malformed (${missing.join(', ') || 'indicatorOffsets'})`);
  return dataset as Dataset;
}
