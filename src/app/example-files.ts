import indicatorsUrl from '../../data/indicators.json?url';
import observationsUrl from '../../data/observations.csv?url';
import kommunerUrl from '../../data/kommuner.csv?url';
import targetsUrl from '../../data/targets.csv?url';
import casesUrl from '../../data/arendelista.csv?url';
import framesUrl from '../../data/ramar.csv?url';
import sharesUrl from '../../data/rus-andelar.csv?url';

/** The example's indicator catalogue: with the example data off, still read for its definitions. */
export const EXAMPLE_CATALOGUE = 'exempel-indikatorer.json';

/** The embedded example data the app opens with (invented values; see data/README.md). */
export const EXAMPLE_FILES: readonly { readonly name: string; readonly url: string }[] = [
  // Named apart from the user's own files, which may well be called targets.csv.
  { name: EXAMPLE_CATALOGUE, url: indicatorsUrl },
  { name: 'exempel-observationer.csv', url: observationsUrl },
  // A few counties' kommuner, made from their county values (data/README.md).
  { name: 'exempel-kommuner.csv', url: kommunerUrl },
  { name: 'exempel-mal.csv', url: targetsUrl },
  // The 1:1 case ledger, its frames and the planned RUS shares: the app computes the 1:1 indicators from them.
  { name: 'exempel-arendelista.csv', url: casesUrl },
  { name: 'exempel-ramar.csv', url: framesUrl },
  { name: 'exempel-rus-andelar.csv', url: sharesUrl },
];

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
