import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { translator } from '../../src/i18n/dictionary';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { buildFinanceModel } from '../../src/views/finance-model';

const DATA = resolve(import.meta.dirname, '../../data');
const OWN = resolve(import.meta.dirname, '../fixtures/reskontra');
const EXAMPLE = [
  'indicators.json',
  'observations.csv',
  'targets.csv',
  'arendelista.csv',
  'ramar.csv',
  'rus-andelar.csv',
];
const example = EXAMPLE.map((name) => ({
  name: `exempel-${name}`,
  example: true,
  bytes: readFileSync(resolve(DATA, name)),
}));
const own = (...names: string[]) => names.map((name) => ({ name, bytes: readFileSync(resolve(OWN, name)) }));
const t = translator('sv');
const model = (files: Parameters<typeof importTextFiles>[0], region: string, at: string) =>
  buildFinanceModel(
    importTextFiles(files),
    LAN_SCOPE,
    { ...DEFAULT_URL_STATE, view: 'finansiering', region, at },
    'sv',
    t,
  );
const figure = (m: ReturnType<typeof model>, id: string) => m?.figures.find((f) => f.id === id);

describe('Finansiering with a real one-county ledger beside the example data', () => {
  const m = model([...example, ...own('Ärendelista Dalarna.csv', 'Ramar Dalarna.csv')], '20', '2023');

  it('only the county with real data: no invented county to choose, rank or sum, and said so', () => {
    expect(m?.regions.map((r) => r.value)).toEqual(['20']);
    expect(m?.leverage?.ranking.entries.map((e) => e.code)).toEqual(['20']);
    expect(m?.leverage?.ranking.riket).toBeUndefined();
    expect(m?.realOnly).toBe(
      'Endast län med egna ärendelistor: Dalarnas län. Exempeldatan visas inte bredvid verkliga belopp.',
    );
    expect(m?.source).toBe('Ärendelista Dalarna.csv; Ramar Dalarna.csv');
  });

  it('the key figures for 2023 are the hand calculation', () => {
    // Applied 2 900 000 ÷ frame 2 500 000.
    expect(figure(m, 'ansokningstryck')?.value).toBeCloseTo(1.16, 10);
    // (Granted 2 300 000 + co-financing 3 600 000) ÷ 2 300 000.
    expect(figure(m, 'uppvaxling')?.value).toBeCloseTo(5.9 / 2.3, 10);
    // Granted 2 300 000 ÷ frame 2 500 000 × 100.
    expect(figure(m, 'beslutandegrad')?.value).toBeCloseTo(92, 10);
    // Paid on the 2023 cohort 650 000 ÷ granted 2 300 000 × 100.
    expect(figure(m, 'utbetalningsgrad')?.value).toBeCloseTo(65 / 2.3, 10);
  });

  it('without the user’s files the example ledger is all there, and nothing is said', () => {
    const e = model(example, '20', '2023');
    expect(e?.regions).toHaveLength(22);
    expect(e?.realOnly).toBeUndefined();
  });
});

describe('Finansiering for a ledger without applied amounts', () => {
  const catalogue = {
    name: 'indikatorer.json',
    bytes: readFileSync(resolve(OWN, '../ledger/indikatorer-med-formler.json')),
  };
  const m = model([catalogue, ...own('arendelista_utan_sokt.csv')], '17', '2023');

  it('ansökningstryck has no value and says why; leverage is computed', () => {
    const pressure = figure(m, 'ansokningstryck');
    expect(pressure?.value).toBeNull();
    expect(pressure?.note).toBe('Inget värde: de sökta beloppen finns inte i ärendelistan.');
    expect(m?.pressure.series[1]?.values).toEqual([null]);
    // (Granted 1 000 000 + co-financing 1 600 000) ÷ 1 000 000.
    expect(figure(m, 'uppvaxling')?.value).toBeCloseTo(2.6, 10);
    // No example data loaded: the view says only that it holds the user's county.
    expect(m?.realOnly).toBe('Endast län med egna ärendelistor: Värmlands län.');
  });
});
