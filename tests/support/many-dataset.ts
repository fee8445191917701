import { datasetFrom } from './dataset-builder';

/**
 * `count` indicators the catalogue lacks (mangd_001 …), each with a value for Stockholm (01) and
 * Norrbotten (25) in 2024: more than a view draws or computes at once.
 */
export function manyIndicatorDataset(count: number) {
  const ids = Array.from({ length: count }, (_, k) => `mangd_${String(k + 1).padStart(3, '0')}`);
  const dataset = datasetFrom({
    'mangd.csv': [
      'region;indikator;period;värde',
      ...ids.flatMap((id, k) => [`01;${id};2024;${k + 1}`, `25;${id};2024;${k + 2}`]),
    ].join('\n'),
  });
  return { ids, dataset };
}
