import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset/dataset';
import { latestPeriodCode, querySeries, rowFiles } from '../../src/data/dataset/store-query';
import { GENDERS, genderIndex, type Gender } from '../../src/domain/gender';
import { GRANULARITIES, periodFromCode, type Granularity } from '../../src/domain/period';
import { MUNICIPALITY_REGIONS, regionIndexOf } from '../../src/domain/regions';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';

/**
 * The queries by region read an indicator's rows grouped by region (made once per dataset and
 * indicator), not every row of the indicator: each answer must be what a pass over all the rows
 * gives — the reference below is that pass, as the queries were written before the grouping.
 */
const REGIONS = ['00', '01', '20', '25', '2080', '2081', '0114'] as const;
const PERIODS = ['2019', '2020', '2021', '2022', '2023', '2022K1', '2023K2'] as const;

/** A small deterministic generator, so that a failure can be read again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** Files whose rows interleave regions, repeat periods across files and carry markers. */
function files(seed: number, rowsPerFile: number, fileCount: number): Record<string, string> {
  const next = random(seed);
  const out: Record<string, string> = { 'indicators.json': SMALL_CATALOGUE };
  for (let f = 0; f < fileCount; f++) {
    const lines = ['region;indikator;period;kön;värde'];
    for (let i = 0; i < rowsPerFile; i++) {
      const value = next() < 0.1 ? '..' : (next() * 100).toFixed(1).replace('.', ',');
      lines.push(
        `${pick(next, REGIONS)};nyforetagande;${pick(next, PERIODS)};${pick(next, ['T', 'K', 'M'])};${value}`,
      );
    }
    out[`fil-${f}.csv`] = lines.join('\n');
  }
  return out;
}

function rangeOf(dataset: Dataset, indicator: string): [number, number] {
  const k = dataset.observations.indicators.indexOf(indicator);
  return [dataset.indicatorOffsets[k] ?? 0, dataset.indicatorOffsets[k + 1] ?? 0];
}

function referenceSeries(dataset: Dataset, region: string, gender: Gender, granularity: Granularity) {
  const c = dataset.observations;
  const [from, to] = rangeOf(dataset, 'nyforetagande');
  const byPeriod = new Map<number, number>();
  for (let i = from; i < to; i++) {
    const code = c.period[i] ?? 0;
    if (c.region[i] !== regionIndexOf(region) || c.gender[i] !== genderIndex(gender)) continue;
    if ((code % 64) >> 4 === GRANULARITIES.indexOf(granularity)) byPeriod.set(code, i);
  }
  return [...byPeriod]
    .sort((a, b) => a[0] - b[0])
    .map(([code, i]) => {
      const marker = c.marker[i] ?? 0;
      return {
        period: periodFromCode(code),
        value: marker === 0 ? (c.value[i] ?? null) : null,
        marker: marker === 0 ? null : (c.markers[marker - 1] ?? ''),
      };
    });
}

function referenceFiles(dataset: Dataset, regions: readonly string[]): string[] {
  const c = dataset.observations;
  const [from, to] = rangeOf(dataset, 'nyforetagande');
  const wanted = new Set(regions.map((r) => regionIndexOf(r)));
  const found = new Set<number>();
  for (let i = from; i < to; i++) if (wanted.has(c.region[i])) found.add(c.file[i] ?? 0);
  return [...found].map((f) => c.files[f] ?? '');
}

function referenceLatest(dataset: Dataset, regions: ReadonlySet<number>, gender: Gender): number | undefined {
  const c = dataset.observations;
  const [from, to] = rangeOf(dataset, 'nyforetagande');
  let latest: number | undefined;
  for (let i = from; i < to; i++) {
    const code = c.period[i] ?? 0;
    if (c.gender[i] !== genderIndex(gender) || (code % 64) >> 4 !== 0 || (c.marker[i] ?? 0) !== 0) continue;
    if (regions.has(c.region[i] ?? 0) && (latest === undefined || code > latest)) latest = code;
  }
  return latest;
}

function expectLikeReference(dataset: Dataset): void {
  for (const region of REGIONS) {
    for (const gender of GENDERS) {
      for (const granularity of ['year', 'quarter'] as const) {
        const q = { indicator: 'nyforetagande', region, gender, granularity };
        expect(querySeries(dataset, q)).toEqual(referenceSeries(dataset, region, gender, granularity));
      }
    }
  }
  const subsets = [['20'], ['2081', '01'], ['25', '00', '2080'], [...REGIONS], ['03']];
  for (const regions of subsets) {
    expect(rowFiles(dataset, 'nyforetagande', regions)).toEqual(referenceFiles(dataset, regions));
    const indexes = new Set(regions.flatMap((r) => regionIndexOf(r) ?? []));
    for (const gender of GENDERS) {
      expect(latestPeriodCode(dataset, 'nyforetagande', 'year', gender, indexes)).toBe(
        referenceLatest(dataset, indexes, gender),
      );
    }
  }
}

describe('queries by region read the indicator’s rows grouped by region', () => {
  it('give what a pass over every row gives: series (the later file wins), files in the order met, the latest period', () => {
    for (const seed of [1, 2, 3, 4, 5]) expectLikeReference(datasetFrom(files(seed, 120, 4)));
  });

  it('hold past 65 536 rows of one indicator (the row offsets no longer fit in 16 bits)', () => {
    // Every kommun × kön × 81 years, in two files whose rows go through the kommuner year by year.
    const header = 'region;indikator;period;kön;värde';
    const rows = (years: readonly number[]): string =>
      [
        header,
        ...years.flatMap((year) =>
          MUNICIPALITY_REGIONS.flatMap((r, k) =>
            GENDERS.map((g) => `${r.code};nyforetagande;${year};${g};${(year + k) % 97},5`),
          ),
        ),
      ].join('\n');
    const years = Array.from({ length: 81 }, (_, i) => 1950 + i);
    const dataset = datasetFrom({
      'indicators.json': SMALL_CATALOGUE,
      'a.csv': rows(years.slice(0, 40)),
      'b.csv': rows(years.slice(40)),
      // The same kommun rows again, one year, from a third file that should win its period.
      'c.csv': rows([1990]).replaceAll(',5', ',25'),
    });
    const [from, to] = rangeOf(dataset, 'nyforetagande');
    expect(to - from).toBeGreaterThan(65_536);
    expectLikeReference(dataset);
  });

  it('an indicator no file gives, and a region the indicator lacks, give nothing', () => {
    const dataset = datasetFrom(files(9, 50, 1));
    const q = { indicator: 'arbetsloshet', region: '20', gender: 'T' as const, granularity: 'year' as const };
    expect(querySeries(dataset, q)).toEqual([]);
    expect(rowFiles(dataset, 'arbetsloshet', ['20'])).toEqual([]);
    expect(querySeries(dataset, { ...q, indicator: 'nyforetagande', region: '03' })).toEqual([]);
  });
});
