import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from '../../src/charts/echarts-types';
import { CHAIN_LEVELS } from '../../src/domain/chain-levels';
import type { TargetStatus } from '../../src/domain/target';
import { translator } from '../../src/i18n/dictionary';
import { kommunScope, LAN_SCOPE } from '../../src/domain/region-scope';
import { overviewTable } from '../../src/views/overview-model';
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

describe('buildOverviewModel for a kommun', () => {
  const local = datasetFrom({
    'indicators.json': LEVELS_CATALOGUE.replace(
      '"id":"antal_projekt"',
      '"aggregation":"sum","id":"antal_projekt"',
    ),
    'obs.csv': observationsCsv([
      '00;nyforetagande;2023;10',
      '00;nyforetagande;2024;10,4',
      '20;nyforetagande;2023;8',
      '20;nyforetagande;2024;8,6',
      '2080;nyforetagande;2023;8,8',
      '2080;nyforetagande;2024;9,3',
      '2081;nyforetagande;2024;7,6',
      '00;antal_projekt;2024;900',
      '20;antal_projekt;2024;40',
      '2080;antal_projekt;2023;10',
      '2080;antal_projekt;2024;12',
      // The county has it, Falun has neither values nor a target.
      '20;arbetsloshet;2024;7',
    ]),
    // A kommun's targets, by its four-digit code and by its name.
    'targets.csv': targetsCsv(['Falun;nyforetagande;2030;12;2020;8', '2081;nyforetagande;2030;8;2020;7']),
  });
  const scope = kommunScope('20');
  const falun = buildOverviewModel(local, scope, '2080', 'sv', t);

  it('reads a target file that names kommuner, by code or by name', () => {
    expect(local.reports.map((r) => [r.accepted, r.rejected])).toEqual([
      [6, 0],
      [12, 0],
      [2, 0],
    ]);
    expect(local.targets.map((x) => [x.region, x.indicator, x.value])).toEqual([
      ['2080', 'nyforetagande', 12],
      ['2081', 'nyforetagande', 8],
    ]);
  });

  it("shows the kommun's value, change and status against the kommun's own target", () => {
    expect(falun.regionCode).toBe('2080');
    expect(falun.regionName).toBe('Falun');
    const nyf = cardOf(falun, 'nyforetagande').summary;
    expect(nyf.latest?.value).toBe(9.3);
    expect(nyf.changePrevious?.value).toBeCloseTo(0.5, 9);
    // 8 (2020) → 12 (2030) expects 9,6 in 2024: 9,3 lags by 0,3 ≤ 10 % of the planned 4.
    expect(nyf.status.status).toBe('at_risk');
    expect(nyf.status.target?.value).toBe(12);
  });

  it('sets each card against its county and Riket at the same period', () => {
    expect(cardOf(falun, 'nyforetagande').references).toEqual([
      { code: '20', label: 'Dalarnas län', point: { period: expect.anything(), value: 8.6, marker: null } },
      { code: '00', label: 'Riket', point: { period: expect.anything(), value: 10.4, marker: null } },
    ]);
    expect(falun.references.map((r) => r.code)).toEqual(['20', '00']);
  });

  it('states a sum of the county and of Riket in words, and draws only the kommun', () => {
    const card = cardOf(falun, 'antal_projekt');
    expect(card.references.map((r) => [r.label, r.point?.value])).toEqual([
      ['Dalarnas län (summa av kommunerna)', 40],
      ['Riket (summa av länen)', 900],
    ]);
    const series = sparkSeries(card);
    expect(series).toHaveLength(1);
    expect(series[0]?.data).toEqual([10, 12]);
  });

  it('gives the table a column for the county and one for Riket', () => {
    const table = overviewTable(falun, 'Falun', 'sv', t);
    const headers = table.columns.map((c) => c.header);
    expect(headers.slice(-3)).toEqual(['Dalarnas län', 'Riket', 'Källa']);
    const row = table.rows.find((r) => r[1]?.kind === 'text' && r[1].text === 'Nyforetagande') ?? [];
    expect(row.slice(-3, -1).map((c) => (c.kind === 'number' ? c.value : c))).toEqual([8.6, 10.4]);
  });

  it('shows a kommun only the indicators it has values or targets for, and says how many are left out', () => {
    const ids = [...falun.levels.flatMap((l) => l.cards), ...falun.uncatalogued].map(
      (c) => c.listed.indicator.id,
    );
    expect(ids).toEqual(['antal_projekt', 'nyforetagande']);
    expect(falun.withoutValues).toBe(1);
    expect(buildOverviewModel(local, LAN_SCOPE, '20', 'sv', t).withoutValues).toBe(0);
  });

  it('keeps a county set against Riket alone, as before', () => {
    const county = buildOverviewModel(local, LAN_SCOPE, '20', 'sv', t);
    expect(cardOf(county, 'nyforetagande').references.map((r) => [r.label, r.point?.value])).toEqual([
      ['Riket', 10.4],
    ]);
    expect(county.references.map((r) => r.code)).toEqual(['00']);
  });
});
