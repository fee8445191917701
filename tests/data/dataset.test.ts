import { describe, expect, it } from 'vitest';
import {
  indicatorCoverage,
  latestPeriodCode,
  queryCrossSection,
  querySeries,
  targetsFor,
} from '../../src/data/dataset/store-query';
import { periodCode } from '../../src/domain/period';
import { regionIndexOf } from '../../src/domain/regions';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'a.csv': [
    'region;indikator;period;kön;värde',
    '20;arbetsloshet;2022;T;6,0',
    '20;nyforetagande;2023;T;8,3',
    '20;nyforetagande;2022;T;..',
    '01;nyforetagande;2023;T;14,2',
    '20;arbetsloshet;2022;K;5,5',
    '20;nyforetagande;2023K1;T;8,1',
  ].join('\n'),
  'b.csv': ['region;indikator;period;värde', '20;nyforetagande;2021;7,9', '20;nyforetagande;2023;8,4'].join(
    '\n',
  ),
  'targets.csv': 'region;indikator;period;mål\n20;nyforetagande;2030;12\n01;nyforetagande;2030;16',
});

describe('dataset and its queries', () => {
  it('groups observations by indicator into contiguous ranges', () => {
    const { observations: c, indicatorOffsets } = dataset;
    for (let k = 0; k < c.indicators.length; k++) {
      for (let i = indicatorOffsets[k] ?? 0; i < (indicatorOffsets[k + 1] ?? 0); i++)
        expect(c.indicator[i]).toBe(k);
    }
    expect(indicatorOffsets[c.indicators.length]).toBe(c.length);
  });

  it('returns one region’s series in period order, a later file winning on a repeated period', () => {
    const series = querySeries(dataset, {
      indicator: 'nyforetagande',
      region: '20',
      gender: 'T',
      granularity: 'year',
    });
    expect(series.map((p) => [p.period.year, p.value, p.marker])).toEqual([
      [2021, 7.9, null],
      [2022, null, '..'],
      [2023, 8.4, null],
    ]);
  });

  it('keeps granularities and genders apart', () => {
    expect(
      querySeries(dataset, {
        indicator: 'nyforetagande',
        region: '20',
        gender: 'T',
        granularity: 'quarter',
      }).map((p) => p.value),
    ).toEqual([8.1]);
    expect(
      querySeries(dataset, { indicator: 'arbetsloshet', region: '20', gender: 'K', granularity: 'year' }).map(
        (p) => p.value,
      ),
    ).toEqual([5.5]);
    const coverage = indicatorCoverage(dataset, 'nyforetagande');
    expect(coverage.granularities).toEqual(['year', 'quarter']);
    expect(coverage.genders).toEqual(['T']);
    expect(indicatorCoverage(dataset, 'arbetsloshet').genders).toEqual(['T', 'K']);
    // Made once per dataset and indicator (Län asks for every card on every county change); a dataset
    // with other rows has coverages of its own.
    expect(indicatorCoverage(dataset, 'nyforetagande')).toBe(coverage);
    const other = {
      ...dataset,
      observations: { ...dataset.observations, gender: dataset.observations.gender.map(() => 1) },
    };
    expect(indicatorCoverage(other, 'nyforetagande').genders).toEqual(['K']);
    expect(indicatorCoverage(dataset, 'nyforetagande').genders).toEqual(['T']);
  });

  it('finds the latest period with a number and the cross-section for it', () => {
    const counties = new Set([regionIndexOf('01') ?? -1, regionIndexOf('20') ?? -1]);
    const latest = latestPeriodCode(dataset, 'nyforetagande', 'year', 'T', counties);
    expect(latest).toBe(periodCode({ granularity: 'year', year: 2023, sub: 0 }));
    const cross = queryCrossSection(dataset, 'nyforetagande', latest ?? 0, 'T');
    expect(cross.get('01')).toEqual({ value: 14.2, marker: null });
    expect(cross.get('20')).toEqual({ value: 8.4, marker: null });
  });

  it('keeps every file’s report and the targets', () => {
    expect(dataset.reports.map((r) => r.file)).toEqual(['indicators.json', 'a.csv', 'b.csv', 'targets.csv']);
    expect(dataset.reports.find((r) => r.file === 'indicators.json')?.accepted).toBe(2);
    expect(targetsFor(dataset, '20', 'nyforetagande').map((t) => t.value)).toEqual([12]);
  });
});
