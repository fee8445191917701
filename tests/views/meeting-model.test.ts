import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckOf } from '../../src/domain/meeting-deck';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { translator } from '../../src/i18n/dictionary';
import { buildMeetingModel, type FigureSlide, type LevelSlide } from '../../src/views/meeting/meeting-model';
import { datasetFrom } from '../support/dataset-builder';
import { LEVELS_CATALOGUE, observationsCsv, targetsCsv } from '../support/view-catalogue';

const t = translator('sv');
const own = datasetFrom({
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
  'targets.csv': targetsCsv(['20;nyforetagande;2030;11;2020;7', '20;overlevnad;2030;60;2020;50']),
});
const model = buildMeetingModel(own, { region: '20', level: 'lan' }, 'sv', t);
const slide = <T>(key: string): T => {
  const found = model.candidates.find((c) => c.key === key);
  if (!found) throw new Error(`no slide ${key}`);
  return found.build() as T;
};

describe('buildMeetingModel: the slides a county’s data can show', () => {
  it('the default deck: the chain levels with data, then their indicators with data, level by level', () => {
    expect(deckOf(model.candidates, undefined).map((c) => c.key)).toEqual([
      'niva:resurser',
      'niva:prestationer',
      'niva:kortsiktiga_effekter',
      'niva:langsiktiga_effekter',
      'indikator:beviljade_medel',
      'indikator:antal_projekt',
      'indikator:nyforetagande',
      'indikator:arbetsloshet',
    ]);
    // No ledger, no finance slides; an indicator with a target but no value, or outside the catalogue, has none.
    expect(model.candidates.map((c) => c.key)).not.toContain('indikator:overlevnad');
    expect(model.candidates.some((c) => c.kind === 'finans' || c.key.endsWith('aa_okand'))).toBe(false);
    expect(model.regionName).toBe('Dalarnas län');
  });

  it('a level slide: counts per status and the indicators with values and targets, its source and period', () => {
    const level = slide<LevelSlide>('niva:kortsiktiga_effekter');
    expect(level.title).toBe('Kortsiktiga effekter');
    expect(level.rows.map((r) => [r.indicator.id, r.latest?.value, r.status.target?.value])).toEqual([
      ['nyforetagande', 8, 11],
    ]);
    expect(level.counts.at_risk).toBe(1);
    expect([level.source, level.period, level.invented]).toEqual(['obs.csv', '2023', false]);
  });

  it('an indicator slide: the value, its change, the trend against the target path, and the summary sentence', () => {
    const figure = slide<FigureSlide>('indikator:nyforetagande');
    expect([figure.title, figure.summary.latest?.value, figure.summary.changePrevious?.value]).toEqual([
      'Nyforetagande',
      8,
      0.5,
    ]);
    expect(figure.trend.lines.map((l) => [l.name, l.path.length > 0])).toEqual([
      ['Dalarnas län', true],
      ['Riket', false],
    ]);
    expect(figure.period).toBe('2020–2030');
    expect(figure.source).toContain('obs.csv');
    expect(figure.invented).toBe(false);
    expect(figure.sentence).toContain('Dalarnas län');
  });
});

describe('buildMeetingModel over the example data', () => {
  const DATA = resolve(import.meta.dirname, '../../data');
  const example = importTextFiles(
    [
      'indicators.json',
      'observations.csv',
      'targets.csv',
      'arendelista.csv',
      'ramar.csv',
      'rus-andelar.csv',
    ].map((name) => ({ name: `exempel-${name}`, example: true, bytes: readFileSync(resolve(DATA, name)) })),
  );
  const values = buildMeetingModel(example, { region: '17', level: 'lan' }, 'sv', t);

  it('offers a slide per finance figure of the ledger, outside the default deck, with its formula', () => {
    const finance = values.candidates.filter((c) => c.kind === 'finans');
    expect(finance.length).toBeGreaterThan(3);
    expect(finance.every((c) => !c.inDefault && c.key.startsWith('finans:'))).toBe(true);
    const first = finance[0]?.build() as FigureSlide;
    expect(first.kind).toBe('finans');
    expect(first.formula).toMatch(/\S/);
  });

  it('says "Exempeldata" on every slide of invented values', () => {
    const deck = deckOf(values.candidates, undefined);
    expect(deck.length).toBeGreaterThan(6);
    expect(deck.every((c) => c.build().invented)).toBe(true);
  });
});
