import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset/dataset';
import { observations } from '../../src/data/columns/observation-store';
import { datasetFrom } from '../support/dataset-builder';
import { catalogueEntry, catalogueJson, observationsCsv } from '../support/view-catalogue';

const DIR = resolve(import.meta.dirname, '../fixtures/ledger');
const fixture = (name: string): string => readFileSync(resolve(DIR, name), 'utf8');

/** A catalogue with the issue's formulas over the ledger's sums (names are the ids, capitalised). */
const CATALOGUE = fixture('indikatorer-med-formler.json');

function value(
  dataset: Dataset,
  indicator: string,
  region: string,
  period: string,
): number | string | undefined {
  const o = [...observations(dataset.observations)].find(
    (x) => x.indicator === indicator && x.region === region && x.period === period && x.gender === 'T',
  );
  return o === undefined ? undefined : (o.value ?? `marker ${o.marker ?? ''}`);
}

describe('derived indicators from a ledger and its frames (hand calculation, Dalarna 2023)', () => {
  const dataset = datasetFrom({
    'indikatorer.json': CATALOGUE,
    'arendelista.csv': fixture('arendelista_liten.csv'),
    'ramar.csv': fixture('ramar_liten.csv'),
  });

  it('ansökningstryck 5,3 ÷ 4,0; beslutandegrad 2,7 ÷ 4,0 × 100; ansökningar per beviljat 5 ÷ 3', () => {
    expect(value(dataset, 'ansokningstryck', '20', '2023')).toBeCloseTo(1.325, 10);
    expect(value(dataset, 'beslutandegrad', '20', '2023')).toBeCloseTo(67.5, 10);
    expect(value(dataset, 'ansokningar_per_beviljad', '20', '2023')).toBeCloseTo(5 / 3, 10);
  });

  it('uppväxling (2,7 + 3,8) ÷ 2,7 and medfinansiering per krona 3,8 ÷ 2,7, through a sum formula', () => {
    expect(value(dataset, 'projektens_totala_finansiering', '20', '2023')).toBeCloseTo(6.5, 10);
    expect(value(dataset, 'uppvaxling', '20', '2023')).toBeCloseTo(6.5 / 2.7, 10);
    expect(value(dataset, 'medfinansiering_per_krona', '20', '2023')).toBeCloseTo(3.8 / 2.7, 10);
  });

  it('utbetalningsgrad 1,5 ÷ 2,7; women-led firms 0,8 ÷ 1,2; RUS-tied 2,3 ÷ 2,7', () => {
    expect(value(dataset, 'utbetalningsgrad', '20', '2023')).toBeCloseTo((100 * 1.5) / 2.7, 10);
    expect(value(dataset, 'andel_foretagsstod_kvinnor', '20', '2023')).toBeCloseTo((100 * 0.8) / 1.2, 10);
    expect(value(dataset, 'andel_medel_rus', '20', '2023')).toBeCloseTo((100 * 2.3) / 2.7, 10);
  });

  it('a zero frame (2024) and no company support with a known CEO give "no value", with a note why', () => {
    expect(value(dataset, 'ansokningstryck', '20', '2024')).toBe('marker .');
    expect(value(dataset, 'andel_foretagsstod_kvinnor', '20', '2024')).toBe('marker .');
    const notes = dataset.observations.noteTexts;
    expect(notes).toContain('Kan inte beräknas: Ram medel är 0.');
    expect(notes).toContain('Kan inte beräknas: Foretagsstod vd kand medel är 0.');
    for (const v of dataset.observations.value) expect(Number.isFinite(v) || Number.isNaN(v)).toBe(true);
    const infinite = [...dataset.observations.value].filter((v) => v === Infinity || v === -Infinity);
    expect(infinite).toEqual([]);
  });

  it('derived observations are grouped with their indicator, and the files’ accounting still adds up', () => {
    const code = dataset.observations.indicators.indexOf('uppvaxling');
    const from = dataset.indicatorOffsets[code] ?? 0;
    const to = dataset.indicatorOffsets[code + 1] ?? 0;
    for (let i = from; i < to; i++) expect(dataset.observations.indicator[i]).toBe(code);
    for (const r of dataset.reports) expect(r.accepted + r.rejected + r.skipped).toBe(r.records);
    expect(dataset.ledger.cases).toHaveLength(7);
  });
});

describe('formulas over ordinary observations', () => {
  it('a value the file gives stands; the rest is computed; a bad formula is an error of the catalogue file', () => {
    const catalogue = catalogueJson([
      catalogueEntry('a', { chainLevel: 'resurser' }),
      catalogueEntry('b', { chainLevel: 'resurser' }),
      catalogueEntry('kvot', { chainLevel: 'resurser', formula: { kind: 'ratio', of: ['a', 'b'] } }),
      catalogueEntry('trasig', {
        chainLevel: 'resurser',
        formula: { kind: 'ratio', of: ['a', 'finns_inte'] },
      }),
    ]);
    const dataset = datasetFrom({
      'katalog.json': catalogue,
      'data.csv': observationsCsv([
        '20;a;2022;6',
        '20;b;2022;3',
        '20;a;2023;6',
        '20;b;2023;2',
        '20;kvot;2023;99',
      ]),
    });
    expect(value(dataset, 'kvot', '20', '2022')).toBe(2);
    expect(value(dataset, 'kvot', '20', '2023')).toBe(99);
    expect(value(dataset, 'trasig', '20', '2022')).toBeUndefined();
    const report = dataset.reports.find((r) => r.file === 'katalog.json');
    expect(report?.issues.map((i) => [i.code, i.message.sv])).toContainEqual([
      'formula_problem',
      'Indikatorn ”trasig” kan inte beräknas: indikatorn finns_inte som formeln använder finns inte.',
    ]);
  });
});
