import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXAMPLE_LIST } from '../../src/app/example-list';

export { EXAMPLE_SEED_META } from '../../src/app/example-list';
import { encodeSeed, seedEntries } from '../../src/workers/parse-seed';
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
 * The example data's parse results as the worker would make them: the seed's text (parse-seed.ts).
 * Loaded by the build (vite.config.ts: exampleSeedPlugin) through Vite's own module runner.
 */
export async function exampleSeed(dataDir: string): Promise<string> {
  return encodeSeed(await seedEntries(await exampleFiles(dataDir)));
}

/**
 * The example data's dataset as the worker makes it for an import of the example files alone (no
 * mapping; import.worker.ts: runImport): example-dataset.ts.
 */
export async function exampleDataset(dataDir: string): Promise<string> {
  return encodeExampleDataset(buildDataset(await readFiles(await exampleFiles(dataDir), undefined, [])));
}
