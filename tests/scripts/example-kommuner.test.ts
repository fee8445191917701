import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KOMMUN_PROFILES } from '../../scripts/example-data/kommun-profiles';
import { observations } from '../../src/data/columns/observation-store';
import { importFile } from '../../src/data/pipeline/import-file';
import { MUNICIPALITY_REGIONS, regionByCode } from '../../src/domain/regions';

/** data/kommuner.csv against the county values of data/observations.csv and the targets of data/targets.csv. */
const DATA = resolve(import.meta.dirname, '../../data');
const LATEST_YEAR = 2025;
const readBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(DATA, name)));
const readText = (name: string): string => readFileSync(resolve(DATA, name), 'utf8');

const catalogue = importFile('indicators.json', readBytes('indicators.json'));
const known = new Set(catalogue.indicators.map((i) => i.id));
const indicatorById = new Map(catalogue.indicators.map((i) => [i.id, i]));
const read = (name: string) => [
  ...observations(importFile(name, readBytes(name), { knownIndicators: known }).observations),
];
const countyRows = read('observations.csv');
const kommunRows = read('kommuner.csv');
const targets = importFile('targets.csv', readBytes('targets.csv'), { knownIndicators: known }).targets;

const key = (region: string, indicator: string, period: string, gender = 'T'): string =>
  `${region}|${indicator}|${period}|${gender}`;
const valueAt = new Map<string, number | null>(
  [...countyRows, ...kommunRows].map((o) => [key(o.region, o.indicator, o.period, o.gender), o.value]),
);

describe('kommun observations', () => {
  const kommunCodes = [...new Set(kommunRows.map((o) => o.region))];
  const counties = [...new Set(kommunCodes.map((c) => c.slice(0, 2)))];
  const pop = new Map(KOMMUN_PROFILES.map((k) => [k.code, k.pop]));
  const kommunerOf = (county: string): string[] =>
    MUNICIPALITY_REGIONS.filter((m) => m.countyCode === county).map((m) => m.code);
  const v = (region: string, id: string, year: number, gender = 'T'): number | null | undefined =>
    valueAt.get(key(region, id, String(year), gender));

  it('name only valid kommun codes, every kommun of Dalarna and of a few more counties, by year', () => {
    for (const code of kommunCodes) expect(regionByCode(code)?.level, code).toBe('kommun');
    expect(counties).toContain('20');
    expect(counties.length).toBeGreaterThanOrEqual(4);
    for (const county of counties)
      expect(kommunCodes.filter((c) => c.startsWith(county))).toEqual(kommunerOf(county));
    expect(new Set(kommunRows.map((o) => o.period.length))).toEqual(new Set([4]));
    expect(new Set(kommunRows.map((o) => o.indicator))).toEqual(
      new Set(['nyforetagande', 'sysselsattningsgrad', 'deltagare']),
    );
    expect(indicatorById.get('deltagare')?.aggregation).toBe('sum');
  });

  it("hold no kommun value without its county's, and give Dalarna's 15 kommuner every indicator in the latest year", () => {
    for (const o of kommunRows) {
      if (o.value === null) continue;
      const county = v(o.region.slice(0, 2), o.indicator, Number(o.period), o.gender);
      expect(typeof county, `${o.region} ${o.indicator} ${o.period} ${o.gender}`).toBe('number');
    }
    const dalarna = kommunerOf('20');
    expect(dalarna).toHaveLength(15);
    for (const code of dalarna)
      for (const id of ['nyforetagande', 'sysselsattningsgrad', 'deltagare'])
        expect(typeof v(code, id, LATEST_YEAR), `${code} ${id}`).toBe('number');
  });

  it("add up exactly to the county's value for a sum, in every county and year", () => {
    for (const county of counties) {
      for (let year = 2012; year <= LATEST_YEAR; year++) {
        const sum = kommunerOf(county).reduce((s, c) => s + (v(c, 'deltagare', year) ?? NaN), 0);
        expect(sum, `${county} ${year}`).toBe(v(county, 'deltagare', year));
      }
    }
  });

  it("scatter rates and shares around the county's: the weighted mean is the county's, large kommuner lie closer", () => {
    const deviation = { small: [] as number[], large: [] as number[] };
    for (const county of counties) {
      const kommuner = kommunerOf(county);
      const weight = kommuner.reduce((s, c) => s + (pop.get(c) ?? NaN), 0);
      for (const [id, gender] of [
        ['nyforetagande', 'T'],
        ['sysselsattningsgrad', 'T'],
        ['sysselsattningsgrad', 'K'],
        ['sysselsattningsgrad', 'M'],
      ] as const) {
        for (let year = 2012; year <= LATEST_YEAR; year++) {
          const countyValue = v(county, id, year, gender);
          const values = kommuner.map((c) => v(c, id, year, gender));
          if (countyValue === null || countyValue === undefined) {
            expect(
              values.every((x) => x === null),
              `${county} ${id} ${year}`,
            ).toBe(true);
            continue;
          }
          for (const [i, x] of values.entries()) {
            if (typeof x !== 'number') continue;
            const size = pop.get(kommuner[i] ?? '') ?? NaN;
            if (size >= 50) deviation.large.push(Math.abs(x / countyValue - 1));
            if (size < 10) deviation.small.push(Math.abs(x / countyValue - 1));
          }
          if (values.some((x) => x === null)) continue;
          const mean = values.reduce<number>(
            (s, x, i) => s + (x ?? NaN) * (pop.get(kommuner[i] ?? '') ?? NaN),
            0,
          );
          expect(
            Math.abs(mean / weight - countyValue),
            `${county} ${id} ${gender} ${year}`,
          ).toBeLessThanOrEqual(0.05 + 1e-9);
        }
      }
    }
    const average = (list: number[]): number => list.reduce((s, x) => s + x, 0) / list.length;
    expect(average(deviation.large)).toBeLessThan(average(deviation.small) / 2);
  });

  it('give a county of one kommun (Gotland) exactly its county values', () => {
    expect(kommunerOf('09')).toEqual(['0980']);
    const gotland = kommunRows.filter((o) => o.region === '0980');
    expect(gotland.length).toBeGreaterThan(0);
    for (const o of gotland) {
      const county = v('09', o.indicator, Number(o.period), o.gender);
      if (o.value !== null) expect(o.value, `${o.indicator} ${o.period} ${o.gender}`).toBe(county);
    }
  });

  it('have plausible magnitudes and a few missing markers, none in the base year or the latest', () => {
    for (const o of kommunRows) {
      if (o.value === null) continue;
      if (o.indicator === 'nyforetagande') expect(o.value, o.region).toBeGreaterThan(2);
      if (o.indicator === 'nyforetagande') expect(o.value, o.region).toBeLessThan(25);
      if (o.indicator === 'sysselsattningsgrad') expect(o.value, o.region).toBeGreaterThanOrEqual(65);
      if (o.indicator === 'sysselsattningsgrad') expect(o.value, o.region).toBeLessThanOrEqual(92);
      if (o.indicator === 'deltagare') expect(Number.isInteger(o.value) && o.value >= 0, o.region).toBe(true);
    }
    const missing = kommunRows.filter((o) => o.value === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length / kommunRows.length).toBeLessThan(0.01);
    expect(missing.some((o) => ['2020', String(LATEST_YEAR)].includes(o.period))).toBe(false);
  });

  it("have targets only for one indicator in Dalarna's kommuner, from each kommun's 2020 value", () => {
    const kommunTargets = targets.filter((t) => t.region.length === 4);
    expect(new Set(kommunTargets.map((t) => t.region))).toEqual(new Set(kommunerOf('20')));
    expect(new Set(kommunTargets.map((t) => t.indicator))).toEqual(new Set(['nyforetagande']));
    for (const t of kommunTargets) {
      expect(t.baseline?.period.year, t.region).toBe(2020);
      expect(t.baseline?.value, t.region).toBe(valueAt.get(key(t.region, t.indicator, '2020')));
      expect(t.value, t.region).toBeGreaterThan(t.baseline?.value ?? Infinity);
    }
  });

  it('are said to be invented, in the README, with their counts', () => {
    const text = readText('README.md');
    expect(text).toContain(`\`kommuner.csv\` – ${kommunRows.length} observationer`);
    expect(text).toContain(`${kommunRows.length} observations in the same layout`);
  });
});
