/** The example's indicator catalogue: with the example data off, still read for its definitions. */
export const EXAMPLE_CATALOGUE = 'exempel-indikatorer.json';

/**
 * The embedded example data: each file of data/ and the name the app reads it by. Shared by the page
 * (example-files.ts, which fetches them) and the build (scripts/vite/example-seed.ts, which parses them).
 */
export const EXAMPLE_LIST = [
  // Named apart from the user's own files, which may well be called targets.csv.
  { name: EXAMPLE_CATALOGUE, file: 'indicators.json' },
  { name: 'exempel-observationer.csv', file: 'observations.csv' },
  // A few counties' kommuner, made from their county values (data/README.md).
  { name: 'exempel-kommuner.csv', file: 'kommuner.csv' },
  { name: 'exempel-mal.csv', file: 'targets.csv' },
  // The 1:1 case ledger, its frames and the planned RUS shares: the app computes the 1:1 indicators from them.
  { name: 'exempel-arendelista.csv', file: 'arendelista.csv' },
  { name: 'exempel-ramar.csv', file: 'ramar.csv' },
  { name: 'exempel-rus-andelar.csv', file: 'rus-andelar.csv' },
] as const;

export type ExampleFileName = (typeof EXAMPLE_LIST)[number]['file'];

/**
 * The meta element by which the built page names the example files' parse results (vite.config.ts:
 * exampleSeedPlugin; example-files.ts: fetchExampleSeed). A name, not a preload: the worker fetches
 * them when it starts.
 */
export const EXAMPLE_SEED_META = 'regionala-resultat:example-seed';
