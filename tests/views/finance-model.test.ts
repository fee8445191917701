import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBarLineOption } from '../../src/charts/bar-line-option';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { translator } from '../../src/i18n/dictionary';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
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
