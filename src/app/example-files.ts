import indicatorsUrl from '../../data/indicators.json?url';
import observationsUrl from '../../data/observations.csv?url';
import kommunerUrl from '../../data/kommuner.csv?url';
import targetsUrl from '../../data/targets.csv?url';
import casesUrl from '../../data/arendelista.csv?url';
import framesUrl from '../../data/ramar.csv?url';
import sharesUrl from '../../data/rus-andelar.csv?url';

import { EXAMPLE_LIST, EXAMPLE_SEED_META, type ExampleFileName } from './example-list';
import type { Dataset } from '../data/dataset/dataset';
import { decodeExampleDataset } from '../data/dataset/example-dataset';

export { EXAMPLE_CATALOGUE } from './example-list';

/** Each file of data/ the example data has, by the URL the build gives it. */
const URLS: Record<ExampleFileName, string> = {
  'indicators.json': indicatorsUrl,
  'observations.csv': observationsUrl,
  'kommuner.csv': kommunerUrl,
  'targets.csv': targetsUrl,
  'arendelista.csv': casesUrl,
  'ramar.csv': framesUrl,
  'rus-andelar.csv': sharesUrl,
};

/** The embedded example data the app opens with (invented values; see data/README.md). */
export const EXAMPLE_FILES: readonly { readonly name: string; readonly url: string }[] = EXAMPLE_LIST.map(
  ({ name, file }) => ({ name, url: URLS[file] }),
);

export interface ExampleBytes {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

let fetching: Promise<readonly ExampleBytes[]> | undefined;

/**
 * The example files' bytes, fetched once per page: their URLs name their content (the build puts a
 * hash in each name). Started as the page starts; a failed fetch is tried again on the next call.
 * Callers hand the worker copies, so that these stay whole.
 */
export function fetchExampleFiles(): Promise<readonly ExampleBytes[]> {
  if (!fetching) {
    const started = Promise.all(
      EXAMPLE_FILES.map(async ({ name, url }) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return { name, bytes: await response.arrayBuffer() };
      }),
    );
    started.catch(() => {
      if (fetching === started) fetching = undefined;
    });
    fetching = started;
  }
  return fetching;
}

/** Where the build names the example files' parse results in the page (scripts/vite/example-seed.ts). */
export const EXAMPLE_SEED_SELECTOR = `meta[name="${EXAMPLE_SEED_META}"]`;

/** How long the seed may take to come before the example files are parsed without it. */
export const SEED_WAIT_MS = 5_000;

/**
 * Where the page points to something the build made (`selector`'s `attribute`), or null: none there
 * (the dev server names nothing, as its code may have changed since), or no page at all.
 */
function namedByPage(selector: string, attribute: string): string | null {
  return typeof document === 'undefined'
    ? null
    : (document.querySelector(selector)?.getAttribute(attribute) ?? null);
}

/**
 * The bytes of something the build made, named by the page; undefined when it is not named, does
 * not come within SEED_WAIT_MS or cannot be had — the caller then does without it.
 */
async function fetchNamed(href: string | null): Promise<ArrayBuffer | undefined> {
  if (!href) return undefined;
  try {
    const response = await fetch(new URL(href, document.baseURI), {
      signal: AbortSignal.timeout(SEED_WAIT_MS),
    });
    return response.ok ? await response.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The example files' parse results made at build time, when the page names them (the built app):
 * the worker then need not parse the example data. Undefined when there is none or it cannot be had —
 * the files are parsed as always. Imports wait for it (import-client.ts): one that does not come in
 * time is done without.
 */
export function fetchExampleSeed(): Promise<ArrayBuffer | undefined> {
  return fetchNamed(namedByPage(EXAMPLE_SEED_SELECTOR, 'content'));
}

/** The link the build puts in the page to the example data's dataset (example-dataset.ts). */
export const EXAMPLE_DATASET_SELECTOR = 'link[data-example-dataset]';

let exampleDataset: Promise<Dataset | undefined> | undefined;

const exampleDatasetHref = (): string | null => namedByPage(EXAMPLE_DATASET_SELECTOR, 'href');

/** Whether the page names a dataset of the example data (the built app does). */
export function hasExampleDataset(): boolean {
  return Boolean(exampleDatasetHref());
}

/**
 * The dataset of the example data alone, made at build time, when the page names it (the built app):
 * fetched and decoded once per page, from the first call, and kept until forgotten. Undefined when
 * there is none, it cannot be had or read, or it was forgotten — the worker then imports the example
 * data as always.
 */
export function startExampleDataset(): Promise<Dataset | undefined> {
  exampleDataset ??= fetchNamed(exampleDatasetHref()).then((bytes) => {
    if (!bytes) return undefined;
    try {
      // An ASCII text (tagged-json.ts): decoded in one step, faster than the response's own text().
      return decodeExampleDataset(new TextDecoder().decode(bytes));
    } catch {
      return undefined;
    }
  });
  return exampleDataset;
}

/**
 * The page no longer needs the build's dataset (the worker has imported a dataset of its own, and
 * imports the example data from now on): it is let go, not kept beside the datasets after it.
 */
export function forgetExampleDataset(): void {
  exampleDataset = Promise.resolve(undefined);
}
