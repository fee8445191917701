import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXAMPLE_LIST } from '../../src/app/example-list';

export { EXAMPLE_SEED_META } from '../../src/app/example-list';
import { encodeSeed } from '../../src/workers/parse-seed';
import { parseCache } from '../../src/workers/parse-cache';
import { readFiles, type NamedBytes } from '../../src/data/pipeline/import-files';
import { buildDataset } from '../../src/data/dataset/build-dataset';
import { encodeExampleDataset } from '../../src/data/dataset/example-dataset';
import { namedBytes } from '../../src/workers/file-input';
import type { FileInput } from '../../src/workers/import-protocol';

/** The example files as the page hands them to the worker (queries.ts: exampleInputs), read as it reads them. */
export function exampleFiles(dataDir: string): Promise<NamedBytes[]> {
  return Promise.all(
    EXAMPLE_LIST.map(async ({ name, file }) => {
      const bytes = new Uint8Array(await readFile(resolve(dataDir, file)));
      const input: FileInput = { name, source: bytes.buffer, example: true };
      return namedBytes(input, bytes);
    }),
  );
}

/**
 * What the build makes of the example data, reading it once (loaded by the build through Vite's own
 * module runner: vite.config.ts, exampleSeedPlugin):
 * - `seed`: the parse results as the worker's warm-up would make them (parse-seed.ts);
 * - `dataset`: the dataset as the worker makes it for an import of the example files alone (no
 *   mapping; import.worker.ts: runImport), example-dataset.ts.
 */
export async function exampleBuild(dataDir: string): Promise<{ seed: string; dataset: string }> {
  const cache = parseCache();
  const results = await readFiles(await exampleFiles(dataDir), undefined, [], cache.session().read);
  return { seed: encodeSeed(await cache.settled()), dataset: encodeExampleDataset(buildDataset(results)) };
}

/** The seed's text alone (exampleBuild). */
export async function exampleSeed(dataDir: string): Promise<string> {
  return (await exampleBuild(dataDir)).seed;
}

/** The dataset's text alone (exampleBuild). */
export async function exampleDataset(dataDir: string): Promise<string> {
  return (await exampleBuild(dataDir)).dataset;
}
