import indicatorsUrl from '../../data/indicators.json?url';
import observationsUrl from '../../data/observations.csv?url';
import targetsUrl from '../../data/targets.csv?url';

/** The embedded example data the app opens with (invented values; see data/README.md). */
export const EXAMPLE_FILES: readonly { readonly name: string; readonly url: string }[] = [
  // Named apart from the user's own files, which may well be called targets.csv.
  { name: 'exempel-indikatorer.json', url: indicatorsUrl },
  { name: 'exempel-observationer.csv', url: observationsUrl },
  { name: 'exempel-mal.csv', url: targetsUrl },
];
