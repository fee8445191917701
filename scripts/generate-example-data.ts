/**
 * npm run generate-example-data
 *
 * Writes the invented example data (data/indicators.json, observations.csv, kommuner.csv, targets.csv,
 * the 1:1 ledger files, README.md) from a fixed seed. Running it again gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateExampleData, SEED } from './example-data/index';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../data');
mkdirSync(dataDir, { recursive: true });
for (const [name, text] of Object.entries(generateExampleData(SEED))) {
  const bytes = Buffer.from(text, 'utf8');
  writeFileSync(join(dataDir, name), bytes);
  console.log(`data/${name}: ${bytes.length} bytes, ${text.split('\n').length - 1} lines`);
}
console.log(`seed ${SEED}`);
