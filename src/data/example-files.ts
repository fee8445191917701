import indicatorsUrl from '../../data/indicators.json?url';
import observationsUrl from '../../data/observations.csv?url';
import targetsUrl from '../../data/targets.csv?url';

/** The embedded example data the app opens with (invented values; see data/README.md). */
export const EXAMPLE_FILES: readonly { readonly name: string; readonly url: string }[] = [
  { name: 'indicators.json', url: indicatorsUrl },
  { name: 'observations.csv', url: observationsUrl },
  { name: 'targets.csv', url: targetsUrl },
];
