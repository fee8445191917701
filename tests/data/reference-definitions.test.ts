import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTextFiles, type NamedBytes } from '../../src/data/pipeline/import-files';
import { hasExampleData, isEmptyDataset } from '../../src/data/dataset/dataset-presence';
import { sourceText } from '../../src/views/source-text';
import type { Dataset } from '../../src/data/dataset/dataset';

const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, path)));
const encoder = new TextEncoder();

/** The example catalogue as the app sends it with the example data off: for its definitions only. */
const CATALOGUE: NamedBytes = {
  name: 'exempel-indikatorer.json',
  bytes: bytes('../../data/indicators.json'),
  definitionsOnly: true,
};
const OWN_SERIES: NamedBytes = {
  name: 'egen-serie-dalarna.csv',
  bytes: bytes('../fixtures/egen-serie-dalarna.csv'),
};
const OWN_LEDGER: NamedBytes[] = [
  { name: 'arendelista_liten.csv', bytes: bytes('../fixtures/ledger/arendelista_liten.csv') },
  { name: 'ramar_liten.csv', bytes: bytes('../fixtures/ledger/ramar_liten.csv') },
];
const ids = (dataset: Dataset): string[] => dataset.indicators.map((i) => i.id).sort();
/** Every value of an indicator in the dataset (any region, period, kön), markers left out. */
function valuesOf(dataset: Dataset, id: string): number[] {
  const o = dataset.observations;
  const values: number[] = [];
  for (let row = 0; row < o.length; row++)
    if (o.indicators[o.indicator[row] ?? 0] === id && !Number.isNaN(o.value[row]))
      values.push(o.value[row] ?? NaN);
  return values;
}

describe('the example catalogue for its definitions only (the example data off)', () => {
  it('names the user’s indicator and nothing else; its question, follow-up levels and source are left out', () => {
    const dataset = importTextFiles([CATALOGUE, OWN_SERIES]);
    expect(ids(dataset)).toEqual(['nyforetagande']);
    const [indicator] = dataset.indicators;
    expect(indicator?.name.sv).toBe('Nyföretagande');
    expect(indicator?.unit.sv).toBe('nya företag per 1 000 invånare 16–64 år');
    expect(indicator?.chainLevel).toBe('kortsiktiga_effekter');
    expect(indicator?.question.text).toEqual({ sv: '', en: '' });
    expect(indicator?.followUpLevels).toBeUndefined();
    expect(indicator?.source).toBe('');
    // The user's values, said to be the user's: nothing of the example is reported or called invented.
    expect(dataset.observations.length).toBe(2);
    expect(dataset.targets).toEqual([]);
    expect(dataset.reports.map((r) => r.file)).toEqual(['egen-serie-dalarna.csv']);
    expect(hasExampleData(dataset)).toBe(false);
    if (indicator) expect(sourceText(dataset, indicator)).toBe('egen-serie-dalarna.csv');
  });

  it('gives nothing at all without the user’s files', () => {
    const dataset = importTextFiles([CATALOGUE]);
    expect(dataset.indicators).toEqual([]);
    expect(dataset.reports).toEqual([]);
    expect(isEmptyDataset(dataset)).toBe(true);
  });

  it('names a target’s indicator, and computes the 1:1 indicators from the user’s own ledger', () => {
    const targets: NamedBytes = {
      name: 'mal.csv',
      bytes: encoder.encode('region;indikator;period;mål\n20;arbetsloshet;2030;5'),
    };
    const dataset = importTextFiles([CATALOGUE, targets, ...OWN_LEDGER]);
    const found = ids(dataset);
    expect(found).toContain('arbetsloshet');
    expect(found).toContain('ansokningstryck');
    expect(found).toContain('uppvaxling');
    // Indicators the user's files have nothing for are not there.
    expect(found).not.toContain('nyforetagande');
    expect(found).not.toContain('livskvalitet');
    expect(found).not.toContain('jamstalldhetsintegrerade_projekt');
    expect(dataset.indicators.every((i) => i.question.text.sv === '')).toBe(true);
    // The pressure is the user's own: 5 300 000 applied for in Dalarna 2023 ÷ a frame of 4 000 000
    // (2024's frame is 0: no value).
    expect(valuesOf(dataset, 'ansokningstryck')).toEqual([1.325]);
    expect(dataset.ledger.cases.every((c) => c.file === 'arendelista_liten.csv')).toBe(true);
  });

  it('gives way to a definition in the user’s own file, without a warning', () => {
    const own: NamedBytes = {
      name: 'egen.json',
      bytes: encoder.encode(
        JSON.stringify({
          indicators: [
            {
              id: 'nyforetagande',
              name: { sv: 'Nystartade företag', en: 'New firms' },
              unit: { sv: 'antal', en: 'number' },
              chainLevel: 'utfall',
              direction: 'higher_is_better',
              question: { kind: 'summative', sv: 'Startas fler företag?', en: 'Are more firms started?' },
              source: 'Bolagsverket',
              decimals: 0,
            },
          ],
          observations: [{ region: '20', indicator: 'nyforetagande', period: '2024', value: 812 }],
        }),
      ),
    };
    const dataset = importTextFiles([CATALOGUE, own]);
    expect(dataset.indicators.map((i) => [i.id, i.name.sv, i.question.text.sv])).toEqual([
      ['nyforetagande', 'Nystartade företag', 'Startas fler företag?'],
    ]);
    expect(dataset.reports.flatMap((r) => r.issues.map((i) => i.code))).not.toContain(
      'indicator_defined_earlier',
    );
  });

  it('is what the example data is not: with the example files on, the banner’s test says so', () => {
    const on = importTextFiles([{ ...CATALOGUE, definitionsOnly: false, example: true }, OWN_SERIES]);
    expect(hasExampleData(on)).toBe(true);
    expect(on.indicators.length).toBeGreaterThan(20);
  });
});
