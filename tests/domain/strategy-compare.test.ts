import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareStrategies, latestStatus, questionKey } from '../../src/domain/strategy-compare';
import type { Target } from '../../src/domain/target';
import type { Strategy } from '../../src/domain/strategy';

// The fixtures are JSON strategy files; the domain test takes their strategy part as it stands.
const strategyOf = (name: string): Strategy =>
  (JSON.parse(readFileSync(`tests/fixtures/strategy/${name}`, 'utf8')) as { strategy: Strategy }).strategy;

describe('two chains side by side', () => {
  const ours = strategyOf('dalarna.json');
  const theirs = strategyOf('jamtland.json');
  const result = compareStrategies(ours, theirs);

  it('gives the shared and the own indicators as a hand count says', () => {
    // Hand count: nyföretagande (Kolada N00999 = n00999), sysselsättningsgrad (SCB AM0207 = am0207),
    // ansökningstryck (name, case aside), växthusgaser (name): 4 shared. Only Dalarna: aktiva kluster.
    // Only Jämtland: befolkningsförändring, antal projekt.
    expect(result.totals).toEqual({ shared: 4, onlyOurs: 1, onlyTheirs: 2, questions: 2 });
    const byLevel = Object.fromEntries(
      result.levels.map((l) => [
        l.level,
        {
          shared: l.shared.map((m) => `${m.ours.id}=${m.theirs.id} (${m.by})`),
          ours: l.onlyOurs.map((i) => i.id),
          theirs: l.onlyTheirs.map((i) => i.id),
          questions: l.questions.map((q) => q.text),
        },
      ]),
    );
    expect(byLevel).toEqual({
      resurser: {
        shared: ['ansokningstryck=ansokningstryck_11 (name)'],
        ours: [],
        theirs: [],
        questions: ['Hur ser ansökningstrycket på 1:1-medel ut?'],
      },
      aktiviteter: { shared: [], ours: [], theirs: [], questions: [] },
      prestationer: {
        shared: [],
        ours: ['klusteraktivitet'],
        theirs: ['projekt'],
        questions: ['Hur aktiva är klustren i länet?'],
      },
      utfall: { shared: [], ours: [], theirs: [], questions: [] },
      kortsiktiga_effekter: {
        shared: ['nyforetagande=nya_foretag (kolada)'],
        ours: [],
        theirs: [],
        questions: [],
      },
      langsiktiga_effekter: {
        shared: ['sysselsattningsgrad=sysselsattning (scb)', 'vaxthusgaser=vaxthus (name)'],
        ours: [],
        theirs: ['befolkning'],
        questions: [],
      },
    });
  });

  it('matches each indicator once, Kolada before name', () => {
    const first = theirs.indicators[0];
    if (!first) throw new Error('fixture');
    const twin = { ...first, id: 'twin', name: 'Nyföretagande', koladaId: undefined };
    const more = compareStrategies(ours, { ...theirs, indicators: [...theirs.indicators, twin] });
    expect(more.totals).toMatchObject({ shared: 4, onlyTheirs: 3 });
    expect(compareStrategies(ours, { ...theirs, indicators: [] }).totals).toEqual({
      shared: 0,
      onlyOurs: 5,
      onlyTheirs: 0,
      questions: 0,
    });
  });

  it('compares questions by their words, not their case, accents or closing mark', () => {
    expect(questionKey('Hur ser ansökningstrycket på 1:1-medel ut?')).toBe(
      questionKey('hur ser ansokningstrycket pa 1:1-medel ut'),
    );
    expect(questionKey('Ökar nyföretagandet?')).not.toBe(questionKey('Startas fler företag?'));
  });
});

describe('a shared indicator’s status for one region', () => {
  const year = (y: number): { granularity: 'year'; year: number; sub: number } => ({
    granularity: 'year',
    year: y,
    sub: 0,
  });
  const target = (value: number): Target => ({
    region: '20',
    indicator: 'x',
    period: year(2030),
    value,
    baseline: { period: year(2020), value: 10 },
    source: undefined,
  });
  const series = [
    { period: year(2020), value: 10, marker: null },
    { period: year(2025), value: 15, marker: null },
    { period: year(2026), value: null, marker: '..' },
  ];

  it('is the latest value with a number against the path, as on the Län view', () => {
    // The path 2020 → 2030 runs 10 → 20: 15 expected in 2025.
    expect(latestStatus(series, [target(20)], 'higher_is_better')).toBe('on_track');
    // 10 → 30: 20 expected in 2025; 15 is 5 behind, past the 10 % band of the planned change (2).
    expect(latestStatus(series, [target(30)], 'higher_is_better')).toBe('off_track');
    expect(latestStatus(series, [], 'higher_is_better')).toBe('no_target');
    expect(latestStatus([], [target(20)], 'higher_is_better')).toBe('no_data');
  });
});
