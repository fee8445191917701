import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBarLineOption } from '../../src/charts/bar-line-option';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { translator } from '../../src/i18n/dictionary';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { buildFinanceModel } from '../../src/views/finance-model';

const DATA = resolve(import.meta.dirname, '../../data');
const files = [
  'indicators.json',
  'observations.csv',
  'targets.csv',
  'arendelista.csv',
  'ramar.csv',
  'rus-andelar.csv',
];
const dataset = importTextFiles(
  files.map((name) => ({ name: `exempel-${name}`, example: true, bytes: readFileSync(resolve(DATA, name)) })),
);
const t = translator('sv');
const model = (supportType?: 'foretagsstod') =>
  buildFinanceModel(
    dataset,
    LAN_SCOPE,
    { ...DEFAULT_URL_STATE, view: 'finansiering', region: '20', supportType },
    'sv',
    t,
  );

describe('buildFinanceModel: one measure per axis', () => {
  it('no chart has a second value axis: the pressure ratio and the payment rate are charts of their own', () => {
    const m = model();
    expect(m).toBeDefined();
    if (!m) return;
    for (const input of [
      m.pressure,
      m.pressureRatio,
      m.cofinancing,
      m.cohort,
      m.cohortShare,
      m.rus,
      m.chain,
    ]) {
      const option = buildBarLineOption(input);
      expect(Array.isArray(option.yAxis), input.description).toBe(false);
      expect(Array.isArray(option.xAxis), input.description).toBe(false);
    }
    expect([m.pressure.unit, m.pressureRatio.unit, m.cohort.unit, m.cohortShare.unit]).toEqual([
      'mnkr',
      'kvot',
      'mnkr',
      '%',
    ]);
    expect(m.pressure.series.map((s) => s.kind)).toEqual(['bar', 'bar', 'bar']);
    expect(m.pressureRatio.series.map((s) => [s.name, s.kind])).toEqual([
      ['Ansökningstryck (sökt ÷ ram)', 'line'],
    ]);
    expect(m.cohort.series.map((s) => s.kind)).toEqual(['bar', 'bar']);
    expect(m.cohortShare.series.map((s) => [s.name, s.kind])).toEqual([['Utbetalningsgrad (%)', 'line']]);
    expect(m.pressureRatio.categories).toEqual(m.pressure.categories);
    expect(m.pressureRatio.series[0]?.values.some((v) => v !== null)).toBe(true);
  });
});

describe('buildFinanceModel: RUS areas against the plan', () => {
  it('all support types: the granted share beside the planned share', () => {
    const rus = model()?.rus;
    expect(rus?.series.map((s) => s.name)).toEqual(['Andel av beviljade medel (%)', 'Planerad andel (%)']);
    expect(rus?.description).toContain('mot planerad andel');
  });

  it('under a support-type filter the plan (for all support types) is not set against the filtered share', () => {
    const rus = model('foretagsstod')?.rus;
    expect(rus?.series.map((s) => s.name)).toEqual(['Andel av beviljade medel (%)']);
    expect(rus?.description).not.toContain('planerad');
  });
});

describe('buildFinanceModel: the panels composed over the example ledger', () => {
  it('offers all län (the reference) first, then the 21 län by name', () => {
    const m = model();
    expect(m?.regions).toHaveLength(22);
    expect(m?.regions[0]).toEqual({ value: '00', label: 'Alla län' });
    expect(m?.regions.find((r) => r.value === '20')).toEqual({ value: '20', label: 'Dalarnas län' });
    expect(m?.regionName).toBe('Dalarnas län');
  });

  it('the year defaults to the latest decision year; the figures are that year’s', () => {
    const m = model();
    expect(m?.year).toBe(m?.years[m.years.length - 1]);
    expect(m?.figures.map((f) => f.id)).toEqual([
      'ansokningstryck',
      'beslutandegrad',
      'uppvaxling',
      'medfinansiering_per_krona',
      'utbetalningsgrad',
      'andel_foretagsstod_kvinnor',
      'andel_medel_rus',
    ]);
    expect(m?.figures.find((f) => f.id === 'uppvaxling')?.value).toBeGreaterThanOrEqual(2);
  });

  it('leverage: the 21 län ranked in the chosen year with the region marked; its trend by year', () => {
    const m = buildFinanceModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, view: 'finansiering', region: '20', at: '2020' },
      'sv',
      t,
    );
    expect(m?.year).toBe(2020);
    const leverage = m?.leverage;
    expect(leverage?.ranking.entries).toHaveLength(21);
    expect(leverage?.ranking.selected).toEqual(['20']);
    expect(leverage?.ranking.description).toContain('2020');
    expect(leverage?.trend.lines[0]?.name).toBe('Dalarnas län');
    expect(leverage?.trend.granularity).toBe('year');
    expect(leverage?.trend.lines[0]?.points.some((p) => p.period.year === 2020 && p.value !== null)).toBe(
      true,
    );
  });

  it('all län: the reference in focus, no region marked in the leverage ranking, every ledger file', () => {
    const m = buildFinanceModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, view: 'finansiering', region: '00' },
      'sv',
      t,
    );
    expect(m?.region).toBe('00');
    expect(m?.regionName).toBe('Alla län');
    expect(m?.leverage?.ranking.selected).toEqual([]);
    expect(m?.source).toBe(t('exampleLedgerSource'));
    expect(m?.regionCases).toBeGreaterThan(model()?.regionCases ?? Infinity);
  });
});
