import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/domain/indicator';
import type { Period } from '../../src/domain/period';
import { COUNTIES } from '../../src/domain/regions';
import type { TargetStatus } from '../../src/domain/target';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { querySeries } from '../../src/data/dataset/store-query';
import {
  naturalGranularity,
  rankRegions,
  statusCounts,
  summariesForAllRegions,
  summarize,
  type IndicatorSummary,
} from '../../src/views/summaries';
import { datasetFrom } from '../support/dataset-builder';
import { catalogueEntry, catalogueJson, observationsCsv, targetsCsv } from '../support/view-catalogue';

const year = (y: number): Period => ({ granularity: 'year', year: y, sub: 0 });
const quarter = (y: number, q: number): Period => ({ granularity: 'quarter', year: y, sub: q });

const dataset = datasetFrom({
  'indicators.json': catalogueJson([
    catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' }),
    catalogueEntry('arbetsloshet', { chainLevel: 'langsiktiga_effekter', direction: 'lower_is_better' }),
    catalogueEntry('sysselsattning', { chainLevel: 'utfall' }),
    catalogueEntry('blandad', { chainLevel: 'prestationer' }),
    catalogueEntry('manadsdata', { chainLevel: 'aktiviteter' }),
  ]),
  'obs.csv': observationsCsv([
    '00;nyforetagande;2021;10',
    '00;nyforetagande;2022;10,5',
    '00;nyforetagande;2023;11',
    '20;nyforetagande;2021;7',
    '20;nyforetagande;2022;7,5',
    '20;nyforetagande;2023;8',
    '01;nyforetagande;2022;14',
    '01;nyforetagande;2023;..',
    '03;nyforetagande;2022;..',
    '03;nyforetagande;2023;9',
    '12;nyforetagande;2021;9',
    '12;nyforetagande;2022;10',
    '12;nyforetagande;2023;12',
    '09;nyforetagande;2023;5',
    '00;arbetsloshet;2023;7',
    '01;arbetsloshet;2023;6',
    '25;arbetsloshet;2023;6',
    '20;arbetsloshet;2023;8',
    '20;sysselsattning;2023K1;70',
    '20;sysselsattning;2023K2;71',
    '20;sysselsattning;2023K3;72',
    '20;sysselsattning;2023K4;72,5',
    '20;sysselsattning;2024K1;73',
    '20;sysselsattning;2024K2;74',
    '03;sysselsattning;2024K1;9',
    '03;sysselsattning;2024K2;10',
    '00;sysselsattning;2024K1;74',
    '00;sysselsattning;2024K2;75',
    '20;blandad;2023;5',
    '20;blandad;2024;6',
    '20;blandad;2024K1;100',
    '20;blandad;2024K2;200',
    '20;manadsdata;2024M01;3',
    '20;manadsdata;2024M02;4',
  ]),
  'targets.csv': targetsCsv([
    '20;nyforetagande;2030;11;2020;7',
    '12;nyforetagande;2025;12;;',
    '09;nyforetagande;2030;11;2020;7',
    '25;nyforetagande;2030;11;2020;7',
  ]),
});

function indicator(id: string): Indicator {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

function summaryOf(summaries: ReadonlyMap<string, IndicatorSummary>, code: string): IndicatorSummary {
  const s = summaries.get(code);
  if (!s) throw new Error(`no summary for ${code}`);
  return s;
}

describe('the test data set', () => {
  it('imports every row and target it was given', () => {
    expect(dataset.reports.map((r) => [r.file, r.accepted, r.rejected])).toEqual([
      ['indicators.json', 5, 0],
      ['obs.csv', 34, 0],
      ['targets.csv', 4, 0],
    ]);
  });
});

describe('naturalGranularity', () => {
  it('is yearly when the indicator has years, even beside quarters', () => {
    expect(naturalGranularity(dataset, 'nyforetagande')).toBe('year');
    expect(naturalGranularity(dataset, 'blandad')).toBe('year');
  });

  it('is the indicator’s own granularity when it has no years', () => {
    expect(naturalGranularity(dataset, 'sysselsattning')).toBe('quarter');
    expect(naturalGranularity(dataset, 'manadsdata')).toBe('month');
  });

  it('is yearly for an indicator without data', () => {
    expect(naturalGranularity(dataset, 'finns_inte')).toBe('year');
  });
});

describe('summariesForAllRegions: yearly data', () => {
  const summaries = summariesForAllRegions(dataset, LAN_SCOPE, indicator('nyforetagande'));

  it('has Riket and the 21 län, and nothing else', () => {
    expect([...summaries.keys()]).toEqual(['00', ...COUNTIES.map((c) => c.code)]);
    expect(summaryOf(summaries, '20')).toMatchObject({ region: '20', granularity: 'year' });
  });

  it('gives the latest value, the change since the year before, and no change over a year', () => {
    const dalarna = summaryOf(summaries, '20');
    expect(dalarna.latest).toEqual({ period: year(2023), value: 8, marker: null });
    expect(dalarna.changePrevious).toEqual({ value: 0.5, from: year(2022) });
    expect(dalarna.changeYear).toBeUndefined();
    expect(dalarna.series.map((p) => p.value)).toEqual([7, 7.5, 8]);
  });

  it('skips a latest period that has only a marker, and gives no change when the year before is missing', () => {
    const stockholm = summaryOf(summaries, '01');
    expect(stockholm.latest).toEqual({ period: year(2022), value: 14, marker: null });
    expect(stockholm.changePrevious).toBeUndefined();
    expect(stockholm.series.map((p) => [p.value, p.marker])).toEqual([
      [14, null],
      [null, '..'],
    ]);
  });

  it('gives no change when the year before has a marker instead of a number', () => {
    const uppsala = summaryOf(summaries, '03');
    expect(uppsala.latest?.value).toBe(9);
    expect(uppsala.changePrevious).toBeUndefined();
  });

  it('gives Riket at the same period as the county’s latest value, and none for Riket itself', () => {
    expect(summaryOf(summaries, '20').riket).toEqual({ period: year(2023), value: 11, marker: null });
    expect(summaryOf(summaries, '01').riket).toEqual({ period: year(2022), value: 10.5, marker: null });
    expect(summaryOf(summaries, '00').riket).toBeUndefined();
    expect(summaryOf(summaries, '00').latest?.value).toBe(11);
  });

  it('judges the latest value against the target path from the target’s baseline', () => {
    // Path 7 (2020) → 11 (2030): 8,2 expected in 2023; 8 lags by 0,2, within 10 % of the planned 4.
    const dalarna = summaryOf(summaries, '20');
    expect(dalarna.path.map((p) => [p.period.year, p.value, p.kind])).toEqual([
      [2020, 7, 'baseline'],
      [2030, 11, 'target'],
    ]);
    expect(dalarna.status.status).toBe('at_risk');
    expect(dalarna.status.expected).toBeCloseTo(8.2, 10);
    // 5 lags 8,2 by far more than 0,4.
    expect(summaryOf(summaries, '09').status.status).toBe('off_track');
  });

  it('starts the path at the first value when the target gives no baseline', () => {
    // Path 9 (2021) → 12 (2025): 10,5 expected in 2023; 12 is ahead.
    const skane = summaryOf(summaries, '12');
    expect(skane.path.map((p) => [p.period.year, p.value, p.kind])).toEqual([
      [2021, 9, 'baseline'],
      [2025, 12, 'target'],
    ]);
    expect(skane.status.status).toBe('on_track');
    expect(skane.status.expected).toBeCloseTo(10.5, 10);
  });

  it('says "no data" for a county with a target but no values, and "no target" for one without a target', () => {
    const norrbotten = summaryOf(summaries, '25');
    expect(norrbotten.series).toEqual([]);
    expect(norrbotten.latest).toBeUndefined();
    expect(norrbotten.changePrevious).toBeUndefined();
    expect(norrbotten.riket).toBeUndefined();
    expect(norrbotten.status.status).toBe('no_data');
    expect(summaryOf(summaries, '01').status.status).toBe('no_target');
    expect(summaryOf(summaries, '14').status.status).toBe('no_target');
  });

  it('reads only the yearly rows of an indicator that also has quarters', () => {
    const blandad = summaryOf(summariesForAllRegions(dataset, LAN_SCOPE, indicator('blandad')), '20');
    expect(blandad.granularity).toBe('year');
    expect(blandad.series.map((p) => p.value)).toEqual([5, 6]);
    expect(blandad.changePrevious).toEqual({ value: 1, from: year(2023) });
    expect(blandad.changeYear).toBeUndefined();
  });
});

describe('summariesForAllRegions: quarterly data', () => {
  const summaries = summariesForAllRegions(dataset, LAN_SCOPE, indicator('sysselsattning'));

  it('gives the change since the quarter before and since the same quarter a year earlier', () => {
    const dalarna = summaryOf(summaries, '20');
    expect(dalarna.granularity).toBe('quarter');
    expect(dalarna.latest).toEqual({ period: quarter(2024, 2), value: 74, marker: null });
    expect(dalarna.changePrevious).toEqual({ value: 1, from: quarter(2024, 1) });
    expect(dalarna.changeYear).toEqual({ value: 3, from: quarter(2023, 2) });
    expect(dalarna.riket).toEqual({ period: quarter(2024, 2), value: 75, marker: null });
  });

  it('gives no yearly change when the same quarter a year earlier is missing', () => {
    const uppsala = summaryOf(summaries, '03');
    expect(uppsala.changePrevious).toEqual({ value: 1, from: quarter(2024, 1) });
    expect(uppsala.changeYear).toBeUndefined();
  });
});

describe('summarize', () => {
  it('uses the series and the Riket series it is given', () => {
    const nyf = indicator('nyforetagande');
    const series = querySeries(dataset, {
      indicator: 'nyforetagande',
      region: '20',
      gender: 'T',
      granularity: 'year',
    });
    const withoutRiket = summarize(dataset, nyf, '20', 'year', series, undefined);
    expect(withoutRiket.riket).toBeUndefined();
    expect(withoutRiket.latest?.value).toBe(8);
    const riket = [{ period: year(2023), value: null, marker: '.' }];
    expect(summarize(dataset, nyf, '20', 'year', series, riket).riket).toEqual({
      period: year(2023),
      value: null,
      marker: '.',
    });
  });

  it('has no latest value and says "no data" against a target when every point is missing', () => {
    const series = [{ period: year(2023), value: null, marker: '..' }];
    const s = summarize(dataset, indicator('nyforetagande'), '20', 'year', series, undefined);
    expect(s.latest).toBeUndefined();
    expect(s.changePrevious).toBeUndefined();
    expect(s.status.status).toBe('no_data');
  });

  it('gives no change for a cohort measure, whose latest periods are still growing', () => {
    const series = querySeries(dataset, {
      indicator: 'nyforetagande',
      region: '20',
      gender: 'T',
      granularity: 'year',
    });
    const plain = summarize(dataset, indicator('nyforetagande'), '20', 'year', series, undefined);
    expect(plain.changePrevious).toEqual({ value: 0.5, from: year(2022) });
    const cohort = summarize(
      dataset,
      { ...indicator('nyforetagande'), cohort: true },
      '20',
      'year',
      series,
      undefined,
    );
    expect(cohort.latest?.value).toBe(8);
    expect(cohort.changePrevious).toBeUndefined();
  });
});

describe('statusCounts', () => {
  it('counts each status across the regions', () => {
    const counts = statusCounts([
      ...summariesForAllRegions(dataset, LAN_SCOPE, indicator('nyforetagande')).values(),
    ]);
    // On track: Skåne. At risk: Dalarna. Off track: Gotland. No data: Norrbotten. The other 17 län and Riket: no target.
    expect(counts).toEqual({ on_track: 1, at_risk: 1, off_track: 1, no_target: 18, no_data: 1 });
  });

  it('has every status, at 0, for no summaries', () => {
    const zero: Record<TargetStatus, number> = {
      on_track: 0,
      at_risk: 0,
      off_track: 0,
      no_target: 0,
      no_data: 0,
    };
    expect(statusCounts([])).toEqual(zero);
  });
});

describe('rankCounties', () => {
  it('ranks the 21 län, not Riket, at the latest period, best first', () => {
    const ranks = rankRegions(
      summariesForAllRegions(dataset, LAN_SCOPE, indicator('nyforetagande')),
      LAN_SCOPE,
      'sv',
    );
    expect([...ranks.keys()].sort()).toEqual(COUNTIES.map((c) => c.code).sort());
    expect(ranks.has('00')).toBe(false);
    expect(['12', '03', '20', '09'].map((code) => ranks.get(code)?.rank)).toEqual([1, 2, 3, 4]);
    expect(ranks.get('12')).toMatchObject({ name: 'Skåne län', value: 12, marker: null });
  });

  it('does not rank a county on an older value: Stockholm’s 14 in 2022 is not compared with 2023', () => {
    const ranks = rankRegions(
      summariesForAllRegions(dataset, LAN_SCOPE, indicator('nyforetagande')),
      LAN_SCOPE,
      'sv',
    );
    expect(ranks.get('01')).toMatchObject({ rank: undefined, value: null, marker: '..' });
    expect(ranks.get('14')).toMatchObject({ rank: undefined, value: null });
  });

  it('ranks lowest first when lower is better, ties sharing a rank', () => {
    const ranks = rankRegions(
      summariesForAllRegions(dataset, LAN_SCOPE, indicator('arbetsloshet')),
      LAN_SCOPE,
      'sv',
    );
    expect(['01', '25', '20'].map((code) => ranks.get(code)?.rank)).toEqual([1, 1, 3]);
  });

  it('names the counties in the language asked for', () => {
    const ranks = rankRegions(
      summariesForAllRegions(dataset, LAN_SCOPE, indicator('nyforetagande')),
      LAN_SCOPE,
      'en',
    );
    expect(ranks.get('12')?.name).toBe('Skåne County');
  });

  it('ranks quarterly data at the latest quarter', () => {
    const ranks = rankRegions(
      summariesForAllRegions(dataset, LAN_SCOPE, indicator('sysselsattning')),
      LAN_SCOPE,
      'sv',
    );
    expect(ranks.get('20')).toMatchObject({ rank: 1, value: 74 });
    expect(ranks.get('03')).toMatchObject({ rank: 2, value: 10 });
  });
});
