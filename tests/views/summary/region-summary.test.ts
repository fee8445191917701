import { describe, expect, it } from 'vitest';
import { sentenceText } from '../../../src/domain/summary/level-summary';
import { indicatorRegionSentence, regionSummary } from '../../../src/views/summary/region-summary';
import { datasetFrom, SMALL_CATALOGUE } from '../../support/dataset-builder';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': [
    'region;indikator;period;värde',
    '00;nyforetagande;2024;10,4',
    '20;nyforetagande;2023;8,0',
    '20;nyforetagande;2024;8,6',
    '2080;nyforetagande;2024;9,1',
  ].join('\n'),
});

describe('the summary for other screens', () => {
  it('gives a region’s levels with their sentences', () => {
    const summary = regionSummary(dataset, '20', 'sv');
    const level = summary.levels.find((l) => l.level === 'kortsiktiga_effekter');
    expect(level?.count).toBe('1 indikator: 1 utan mål.');
    expect(level?.entries.map((e) => e.text)).toEqual([
      'Nyföretagande i Dalarnas län var 8,6 nya företag per 1 000 invånare under 2024 (riket: 10,4), 0,6 högre än 2023.',
    ]);
    expect(summary.invented).toBe(false);
  });

  it('gives one indicator’s sentence for a kommun, beside its county', () => {
    const sentence = indicatorRegionSentence(dataset, 'nyforetagande', '2080', 'en');
    expect(sentence && sentenceText(sentence)).toBe(
      'New business starts in Falun Municipality was 9.1 new firms per 1,000 inhabitants in 2024 (Dalarna County: 8.6).',
    );
    expect(indicatorRegionSentence(dataset, 'arbetsloshet', '20', 'sv')).toBeUndefined();
  });
});
