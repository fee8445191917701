import { describe, expect, it } from 'vitest';
import { regionByCode, type Region } from '../../../src/domain/regions';
import { translator } from '../../../src/i18n/dictionary';
import { indicatorsWithData } from '../../../src/views/indicator-list';
import {
  countyHasKommunData,
  kommunerCandidates,
  kommunerRow,
} from '../../../src/views/panels/kommuner-panel';
import { datasetFrom } from '../../support/dataset-builder';
import { catalogueEntry, catalogueJson, observationsCsv, targetsCsv } from '../../support/view-catalogue';

const t = translator('sv');
const dalarna = regionByCode('20') as Region;

const catalogue = (levels: Record<string, string[]> = {}): string =>
  catalogueJson(
    [
      catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' }),
      catalogueEntry('arbetsloshet', { chainLevel: 'langsiktiga_effekter', direction: 'lower_is_better' }),
      catalogueEntry('antal_projekt', { chainLevel: 'prestationer', aggregation: 'sum' }),
      catalogueEntry('befolkning', { chainLevel: 'langsiktiga_effekter', direction: 'neutral' }),
      catalogueEntry('bara_stockholm', { chainLevel: 'utfall' }),
    ].map((e) => (levels[e.id as string] ? { ...e, followUpLevels: levels[e.id as string] } : e)),
  );

const OBSERVATIONS = observationsCsv([
  '20;nyforetagande;2024;8,6',
  '20;nyforetagande;2025;8,4',
  '2080;nyforetagande;2024;8,5',
  '2080;nyforetagande;2025;9,3',
  '2081;nyforetagande;2024;7,2',
  '2081;nyforetagande;2025;7,6',
  '2062;nyforetagande;2025;9,1',
  '2021;nyforetagande;2024;7,9',
  '2021;nyforetagande;2025;..',
  // Another county's kommun is not Dalarna's.
  '0180;nyforetagande;2025;15',
  '20;arbetsloshet;2025;6,0',
  '2080;arbetsloshet;2025;5,5',
  '2081;arbetsloshet;2025;7,5',
  '2062;arbetsloshet;2025;4,9',
  '20;antal_projekt;2025;40',
  '2080;antal_projekt;2025;12',
  '2081;antal_projekt;2025;9',
  '2080;befolkning;2025;0,4',
  '2081;befolkning;2025;-0,2',
  '0180;bara_stockholm;2025;1',
]);

const dataset = datasetFrom({
  'indicators.json': catalogue(),
  'obs.csv': OBSERVATIONS,
  // Falun 8 → 12 (2020 → 2030) expects 10,0 in 2025: 9,3 is off track; Borlänge 7 → 8 expects 7,5: on track.
  'targets.csv': targetsCsv(['2080;nyforetagande;2030;12;2020;8', '2081;nyforetagande;2030;8;2020;7']),
});
const byId = (id: string) => {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
const row = (id: string) => kommunerRow(dataset, dalarna, byId(id), 'sv');

describe('kommunerRow', () => {
  it("counts the county's kommuner with a value at the latest period any of them has, of all 15", () => {
    const nyf = row('nyforetagande');
    expect(nyf?.period).toMatchObject({ granularity: 'year', year: 2025 });
    // Falun, Borlänge, Mora; Vansbro's ".." is no value, Stockholm is not in Dalarna.
    expect([nyf?.withData, nyf?.total]).toEqual([3, 15]);
  });

  it("counts the statuses against the kommuner's own targets when any has one", () => {
    expect(row('nyforetagande')?.standing).toEqual({
      kind: 'targets',
      counts: { on_track: 1, at_risk: 0, off_track: 1, no_target: 1 },
    });
  });

  it("names the best and the worst kommun with their values, by the indicator's direction", () => {
    const nyf = row('nyforetagande');
    expect([nyf?.best, nyf?.worst]).toEqual([
      { code: '2080', name: 'Falun', value: 9.3 },
      { code: '2081', name: 'Borlänge', value: 7.6 },
    ]);
    // Lower is better: Mora's 4,9 is the best.
    const unemployment = row('arbetsloshet');
    expect([unemployment?.best?.name, unemployment?.worst?.name]).toEqual(['Mora', 'Borlänge']);
  });

  it("without kommun targets, counts the kommuner better than the county's value", () => {
    // Lower is better than the county's 6,0: Falun 5,5 and Mora 4,9.
    expect(row('arbetsloshet')?.standing).toMatchObject({ kind: 'county', better: 2, county: { value: 6 } });
  });

  it("does not set a kommun against the county's sum, nor rank a neutral indicator", () => {
    expect(row('antal_projekt')?.standing).toEqual({ kind: 'none', reason: 'sum' });
    const neutral = row('befolkning');
    expect(neutral?.standing).toEqual({ kind: 'none', reason: 'neutral' });
    expect([neutral?.best, neutral?.worst]).toEqual([undefined, undefined]);
  });

  it('has no row for an indicator none of the county’s kommuner has', () => {
    expect(row('bara_stockholm')).toBeUndefined();
  });
});

describe('countyHasKommunData', () => {
  it("is true for a county with rows for any of its kommuner, false for one without (its own rows don't count)", () => {
    expect(countyHasKommunData(dataset, dalarna)).toBe(true);
    expect(countyHasKommunData(dataset, regionByCode('01') as Region)).toBe(true);
    const county = datasetFrom({ 'obs.csv': observationsCsv(['25;nyforetagande;2025;7']) });
    expect(countyHasKommunData(county, regionByCode('25') as Region)).toBe(false);
    expect(countyHasKommunData(dataset, regionByCode('25') as Region)).toBe(false);
  });
});

describe('kommunerCandidates', () => {
  it('takes every indicator when the catalogue says nothing of follow-up levels', () => {
    const listed = indicatorsWithData(dataset, t);
    expect(kommunerCandidates(listed, dataset.indicators)).toBe(listed);
  });

  it('takes only those followed at the local level when the catalogue says', () => {
    const withLevels = datasetFrom({
      'indicators.json': catalogue({
        nyforetagande: ['regional', 'lokal'],
        arbetsloshet: ['nationell', 'regional'],
      }),
      'obs.csv': OBSERVATIONS,
    });
    const listed = indicatorsWithData(withLevels, t);
    expect(kommunerCandidates(listed, withLevels.indicators).map((l) => l.indicator.id)).toEqual([
      'nyforetagande',
    ]);
  });
});
