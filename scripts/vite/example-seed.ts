import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXAMPLE_LIST } from '../../src/app/example-list';
import { encodeSeed, seedEntries } from '../../src/workers/parse-seed';

/**
 * The example data's parse results as the worker would make them: the seed's text (parse-seed.ts).
 * Loaded by the build (vite.config.ts: exampleSeedPlugin) through Vite's own module runner.
 */
export async function exampleSeed(dataDir: string): Promise<string> {
  const files = await Promise.all(
    EXAMPLE_LIST.map(async ({ name, file }) => ({
      name,
      bytes: new Uint8Array(await readFile(resolve(dataDir, file))),
      example: true,
    })),
  );
  return encodeSeed(await seedEntries(files));
}
