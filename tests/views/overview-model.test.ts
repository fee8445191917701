import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from '../../src/charts/echarts-types';
import { CHAIN_LEVELS } from '../../src/domain/chain-levels';
import type { TargetStatus } from '../../src/domain/target';
import { translator } from '../../src/i18n/dictionary';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { buildOverviewModel, type OverviewCard, type OverviewModel } from '../../src/views/overview-model';
import { datasetFrom } from '../support/dataset-builder';
import { LEVELS_CATALOGUE, observationsCsv, targetsCsv } from '../support/view-catalogue';

const dataset = datasetFrom({
  'indicators.json': LEVELS_CATALOGUE,
  'obs.csv': observationsCsv([
    '00;nyforetagande;2021;10',
    '00;nyforetagande;2022;10,5',
    '00;nyforetagande;2023;11',
    '20;nyforetagande;2021;7',
    '20;nyforetagande;2022;7,5',
    '20;nyforetagande;2023;8',
    '20;arbetsloshet;2023;7,5',
    '20;antal_projekt;2022;30',
    '20;antal_projekt;2023;40',
    '01;overlevnad;2023;50',
    '20;beviljade_medel;2023;10',
    '20;aa_okand;2023;1',
  ]),
  'targets.csv': targetsCsv([
    // 7 (2020) → 11 (2030): 8,2 expected in 2023; 8 is at risk.
    '20;nyforetagande;2030;11;2020;7',
    // 9 (2020) → 5 (2030), lower is better: 7,8 expected in 2023; 7,5 is on track.
    '20;arbetsloshet;2030;5;2020;9',
    // A target but no value for Dalarna: no data.
    '20;overlevnad;2030;60;2020;50',
    // 0 (2021) → 100 (2025): 50 expected in 2023; 10 is off track.
    '20;beviljade_medel;2025;100;2021;0',
  ]),
});
const t = translator('sv');
const model = buildOverviewModel(dataset, LAN_SCOPE, '20', 'sv', t);

const zero: Record<TargetStatus, number> = {
  on_track: 0,
  at_risk: 0,
  off_track: 0,
  no_target: 0,
  no_data: 0,
};

function cardOf(m: OverviewModel, id: string): OverviewCard {
  const found = [...m.levels.flatMap((l) => l.cards), ...m.uncatalogued].find(
    (c) => c.listed.indicator.id === id,
  );
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

const sparkSeries = (card: OverviewCard): LineSeriesOption[] => card.sparkline.series as LineSeriesOption[];

describe('buildOverviewModel', () => {
  it('imports the test data in full', () => {
    expect(dataset.reports.map((r) => [r.accepted, r.rejected])).toEqual([
      [6, 0],
      [12, 0],
      [4, 0],
    ]);
  });

  it('has the six chain levels in causal order, for the region asked for', () => {
    expect(model.regionCode).toBe('20');
    expect(model.levels.map((l) => l.level)).toEqual([
      'resurser',
      'aktiviteter',
      'prestationer',
      'utfall',
      'kortsiktiga_effekter',
      'langsiktiga_effekter',
    ]);
    expect(model.levels.map((l) => l.level)).toEqual([...CHAIN_LEVELS]);
  });

  it('has a card per indicator with data on its level, in catalogue order, and none for an indicator without data', () => {
    expect(model.levels.map((l) => [l.level, l.cards.map((c) => c.listed.indicator.id)])).toEqual([
      ['resurser', ['beviljade_medel']],
      ['aktiviteter', []],
      ['prestationer', ['antal_projekt']],
      ['utfall', []],
      ['kortsiktiga_effekter', ['nyforetagande', 'overlevnad']],
      ['langsiktiga_effekter', ['arbetsloshet']],
    ]);
  });

  it('keeps a card for an indicator that has data elsewhere but none for this county, saying so', () => {
    const overlevnad = cardOf(model, 'overlevnad');
    expect(overlevnad.summary.latest).toBeUndefined();
    expect(overlevnad.summary.status.status).toBe('no_data');
  });

  it('counts the statuses per level', () => {
    expect(model.levels.map((l) => [l.level, l.counts])).toEqual([
      ['resurser', { ...zero, off_track: 1 }],
      ['aktiviteter', zero],
      ['prestationer', { ...zero, no_target: 1 }],
      ['utfall', zero],
      ['kortsiktiga_effekter', { ...zero, at_risk: 1, no_data: 1 }],
      ['langsiktiga_effekter', { ...zero, on_track: 1 }],
    ]);
  });

  it('counts the statuses in total over the catalogued indicators only', () => {
    expect(model.counts).toEqual({ on_track: 1, at_risk: 1, off_track: 1, no_target: 1, no_data: 1 });
  });

  it('puts indicators the catalogue lacks apart, not on any level', () => {
    expect(model.uncatalogued.map((c) => [c.listed.indicator.id, c.listed.inCatalogue])).toEqual([
      ['aa_okand', false],
    ]);
    expect(model.levels.flatMap((l) => l.cards).some((c) => c.listed.indicator.id === 'aa_okand')).toBe(
      false,
    );
    expect(cardOf(model, 'aa_okand').summary.latest?.value).toBe(1);
  });

  it('summarises each card for the county, with Riket at the same period', () => {
    const nyf = cardOf(model, 'nyforetagande').summary;
    expect(nyf.region).toBe('20');
    expect(nyf.latest?.value).toBe(8);
    expect(nyf.changePrevious?.value).toBe(0.5);
    expect(nyf.riket?.value).toBe(11);
    expect(nyf.status.status).toBe('at_risk');
  });

  it('draws the county’s values and its target path in the sparkline, period by period', () => {
    // 2020 (the baseline) to 2030 (the target): values 2021–2023, the path rises 0,4 a year.
    const [values, path] = sparkSeries(cardOf(model, 'nyforetagande'));
    expect(values?.data).toEqual([null, 7, 7.5, 8, null, null, null, null, null, null, null]);
    const expectedPath = [7, 7.4, 7.8, 8.2, 8.6, 9, 9.4, 9.8, 10.2, 10.6, 11];
    const drawn = path?.data as number[];
    expect(drawn).toHaveLength(expectedPath.length);
    drawn.forEach((v, i) => expect(v).toBeCloseTo(expectedPath[i] ?? Number.NaN, 10));
  });

  it('draws only the values for an indicator without a target', () => {
    const series = sparkSeries(cardOf(model, 'antal_projekt'));
    expect(series).toHaveLength(1);
    expect(series[0]?.data).toEqual([30, 40]);
  });

  it('describes each sparkline with the indicator and the county', () => {
    const aria = cardOf(model, 'nyforetagande').sparkline.aria as { label: { description: string } };
    expect(aria.label.description).toContain('Nyforetagande');
    expect(aria.label.description).toContain('Dalarnas län');
  });

  it('gives Riket its own overview, without a Riket reference', () => {
    const riket = buildOverviewModel(dataset, LAN_SCOPE, '00', 'sv', t);
    const nyf = cardOf(riket, 'nyforetagande');
    expect(nyf.summary.latest?.value).toBe(11);
    expect(nyf.summary.riket).toBeUndefined();
    expect(nyf.summary.status.status).toBe('no_target');
    expect(sparkSeries(nyf)).toHaveLength(1);
    expect((nyf.sparkline.aria as { label: { description: string } }).label.description).toContain('Riket');
  });
});
