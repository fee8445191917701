import { describe, expect, it } from 'vitest';
import { EMPTY_STRATEGY, type Strategy, type StrategyIndicator } from '../../src/domain/strategy';
import { translate } from '../../src/i18n/dictionary';
import {
  compareModel,
  indicatorTable,
  statusWord,
  type CompareSide,
} from '../../src/views/strategy-compare-model';
import { datasetFrom } from '../support/dataset-builder';
import { catalogueEntry, catalogueJson, observationsCsv, targetsCsv } from '../support/view-catalogue';

const dataset = datasetFrom({
  'indicators.json': catalogueJson([catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' })]),
  'obs.csv': observationsCsv([
    '20;nyforetagande;2021;7',
    '20;nyforetagande;2023;8',
    '23;nyforetagande;2021;7',
    '23;nyforetagande;2023;7',
  ]),
  'targets.csv': targetsCsv(['20;nyforetagande;2025;9;2021;7']),
});

const indicator = (id: string, name: string, koladaId: string | undefined): StrategyIndicator => ({
  id,
  name,
  description: '',
  unit: '',
  chainLevel: 'kortsiktiga_effekter',
  direction: 'higher_is_better',
  goalAreas: [],
  question: undefined,
  source: '',
  decimals: 1,
  followUpLevels: [],
  genderSplit: false,
  koladaId,
  scbId: undefined,
});
const strategy = (name: string, indicators: StrategyIndicator[]): Strategy => ({
  ...EMPTY_STRATEGY,
  name,
  indicators,
});
const t = (
  key: Parameters<typeof translate>[1],
  params?: Readonly<Record<string, string | number>>,
): string => translate('sv', key, params);

describe('both regions’ status for a shared indicator', () => {
  const ours: CompareSide = {
    strategy: strategy('Dala', [indicator('nyforetagande', 'Nyföretagande', 'N00999')]),
    targets: undefined,
    region: '20',
  };
  // Their id is not in the data: the same measure (one Kolada id) is read under ours.
  const theirStrategy = strategy('Jämtland', [indicator('nya_foretag', 'Nya företag', 'N00999')]);
  const theirTargets = [
    {
      region: '23',
      indicator: 'nya_foretag',
      period: '2025',
      value: 11,
      baseline: { period: '2021', value: 7 },
    },
  ];

  it('is each region’s latest value against its own targets: the file’s for theirs', () => {
    const model = compareModel(
      ours,
      { strategy: theirStrategy, targets: theirTargets, region: '23' },
      dataset,
    );
    const [match] = model.comparison.levels.flatMap((l) => l.shared);
    if (!match) throw new Error('no match');
    // 20: the path 7 (2021) → 9 (2025) expects 8 in 2023, and 8 it is. 23: 7 → 11 expects 9; 7 is 2 behind, past the band.
    expect(model.statuses.get(match)).toEqual({ ours: 'on_track', theirs: 'off_track' });
    const row = indicatorTable(model, { ours: 'Dala', theirs: 'Jämtland' }, t, 'sv').rows[0];
    expect(row?.map((c) => (c.kind === 'text' ? c.text : ''))).toEqual([
      'Kortsiktiga effekter',
      'Nyföretagande',
      'Båda',
      'Nya företag',
      'Kolada-id',
      'I fas mot målet',
      'Inte i fas med målet',
    ]);
  });

  it('without targets in their file takes the app’s for that region; without a region says so', () => {
    const none = compareModel(ours, { strategy: theirStrategy, targets: [], region: '23' }, dataset);
    expect([...none.statuses.values()]).toEqual([{ ours: 'on_track', theirs: 'no_target' }]);
    const noRegion = compareModel(
      ours,
      { strategy: theirStrategy, targets: theirTargets, region: undefined },
      dataset,
    );
    const [status] = [...noRegion.statuses.values()];
    expect(statusWord(status?.theirs, t)).toBe('Region saknas i strategin');
  });
});
