import { importTextFiles } from '../../src/data/pipeline/import-files';
import type { Dataset } from '../../src/data/dataset/dataset';

const encoder = new TextEncoder();

/** A dataset from small in-memory files, through the real import pipeline. */
export function datasetFrom(files: Readonly<Record<string, string>>): Dataset {
  return importTextFiles(
    Object.entries(files).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
  );
}

export const SMALL_CATALOGUE = JSON.stringify({
  indicators: [
    {
      id: 'nyforetagande',
      name: { sv: 'Nyföretagande', en: 'New business starts' },
      unit: { sv: 'nya företag per 1 000 invånare', en: 'new firms per 1,000 inhabitants' },
      chainLevel: 'kortsiktiga_effekter',
      direction: 'higher_is_better',
      question: {
        kind: 'summative',
        sv: 'Ökar nyföretagandet i länet?',
        en: 'Is new business formation increasing in the county?',
      },
      source: 'Testdata',
      decimals: 1,
    },
    {
      id: 'arbetsloshet',
      name: { sv: 'Arbetslöshet', en: 'Unemployment' },
      unit: { sv: 'procent', en: 'per cent' },
      chainLevel: 'langsiktiga_effekter',
      direction: 'lower_is_better',
      question: { kind: 'summative', sv: 'Minskar arbetslösheten?', en: 'Is unemployment falling?' },
      source: 'Testdata',
      decimals: 1,
    },
  ],
});
