import { datasetFrom } from './dataset-builder';

/**
 * `count` indicators the catalogue lacks (mangd_001 …), each with a value for two regions in 2024
 * (Stockholm, 01, and Norrbotten, 25, unless told): more than a view draws or computes at once.
 */
export function manyIndicatorDataset(
  count: number,
  [first, second]: readonly [string, string] = ['01', '25'],
) {
  const ids = Array.from({ length: count }, (_, k) => `mangd_${String(k + 1).padStart(3, '0')}`);
  const dataset = datasetFrom({
    'mangd.csv': [
      'region;indikator;period;värde',
      ...ids.flatMap((id, k) => [`${first};${id};2024;${k + 1}`, `${second};${id};2024;${k + 2}`]),
    ].join('\n'),
  });
  return { ids, dataset };
}
