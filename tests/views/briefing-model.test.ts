import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/notes';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { translator } from '../../src/i18n/dictionary';
import { buildBriefingModel, distinctSources } from '../../src/views/briefing/briefing-model';
import { datasetFrom } from '../support/dataset-builder';
import { LEVELS_CATALOGUE, observationsCsv, targetsCsv } from '../support/view-catalogue';

const t = translator('sv');
const own = datasetFrom({
  'indicators.json': LEVELS_CATALOGUE,
  'obs.csv': observationsCsv([
    '00;nyforetagande;2022;10',
    '00;nyforetagande;2023;11',
    '20;nyforetagande;2022;7,5',
    '20;nyforetagande;2023;8',
    '20;arbetsloshet;2022;7',
    '20;arbetsloshet;2023;7,5',
    '20;antal_projekt;2023;40',
    '20;beviljade_medel;2024;10',
  ]),
  // nyforetagande: far below its path (off track); arbetsloshet: lower is better, rising (off track);
  // antal_projekt: no target.
  'targets.csv': targetsCsv(['20;nyforetagande;2030;20;2020;7', '20;arbetsloshet;2030;3;2020;7']),
});
const note = (id: string, region: string | undefined, createdAt: string, indicator?: string): Note => ({
  id,
  indicator,
  region,
  period: undefined,
  author: 'Anna',
  createdAt,
  text: `Anteckning ${id}`,
});
const briefing = (charts?: readonly string[], notes: readonly Note[] = []) =>
  buildBriefingModel(own, { region: '20', charts, notes }, 'sv', t);

describe('buildBriefingModel: what a county’s one-page briefing shows', () => {
  it('lists the indicators off track or at risk, with their values and targets, off track first', () => {
    const model = briefing();
    expect(model.regionName).toBe('Dalarnas län');
    expect(model.attention.map((s) => [s.indicator.id, s.status.status, s.latest?.value])).toEqual([
      ['nyforetagande', 'off_track', 8],
      ['arbetsloshet', 'off_track', 7.5],
    ]);
    expect(model.attention[0]?.status.target?.value).toBe(20);
    expect(model.attention[0]?.changePrevious?.value).toBeCloseTo(0.5);
    expect(model.attentionMore).toBe(0);
    // Only the levels with a value, counted over their indicators with a value.
    expect(model.levels.map((l) => l.level)).toEqual([
      'resurser',
      'prestationer',
      'kortsiktiga_effekter',
      'langsiktiga_effekter',
    ]);
    expect([model.totals.off_track, model.totals.no_target, model.totals.on_track]).toEqual([2, 2, 0]);
    expect(model.dataUntil).toEqual({ granularity: 'year', year: 2024, sub: 0 });
  });

  it('by default charts the first indicator with a value of each level, in chain order', () => {
    const model = briefing();
    expect(model.charts.map((c) => c.id)).toEqual([
      'beviljade_medel',
      'antal_projekt',
      'nyforetagande',
      'arbetsloshet',
    ]);
    expect(model.candidates.map((c) => c.id)).toEqual(model.charts.map((c) => c.id));
    const chart = model.charts.find((c) => c.id === 'nyforetagande');
    expect(chart?.title).toBe('Nyforetagande');
    expect(chart?.source).toBe('obs.csv');
    expect(chart?.withRiket).toBe(true);
  });

  it('charts the chosen indicators in chain order, passing over those without a value, at most six', () => {
    expect(briefing(['arbetsloshet', 'utan_data', 'beviljade_medel']).charts.map((c) => c.id)).toEqual([
      'beviljade_medel',
      'arbetsloshet',
    ]);
    expect(briefing([]).charts).toEqual([]);
  });

  it('shows the region’s notes and those for every region, newest first', () => {
    const model = briefing(undefined, [
      note('old', '20', '2026-01-01T10:00:00Z'),
      note('other', '17', '2026-06-01T10:00:00Z'),
      note('all', undefined, '2026-05-01T10:00:00Z'),
      note('new', '20', '2026-11-01T10:00:00Z', 'nyforetagande'),
    ]);
    expect(model.notes.map((n) => n.id)).toEqual(['new', 'all', 'old']);
  });

  it('names each source once, and is not invented without the example data', () => {
    const model = briefing();
    expect(model.sources).toEqual(['obs.csv']);
    expect(model.invented).toBe(false);
    expect(model.summary[0]).toContain('Dalarnas län');
  });
});

describe('distinctSources', () => {
  it('splits joined sources and says a shared beginning once', () => {
    expect(
      distinctSources([
        'a.csv; Exempeldata (påhittad), förebild: SCB',
        'Exempeldata (påhittad), förebild: PRV',
        '–',
      ]),
    ).toEqual(['a.csv', 'Exempeldata (påhittad), förebild: SCB, PRV']);
  });
});

describe('buildBriefingModel over the example data', () => {
  const DATA = resolve(import.meta.dirname, '../../data');
  const example = importTextFiles(
    ['indicators.json', 'observations.csv', 'targets.csv'].map((name) => ({
      name: `exempel-${name}`,
      example: true,
      bytes: readFileSync(resolve(DATA, name)),
    })),
  );

  it('says the page holds invented values, and caps the list of what is off track at eight', () => {
    const model = buildBriefingModel(example, { region: '20', charts: undefined, notes: [] }, 'sv', t);
    expect(model.invented).toBe(true);
    expect(model.attention).toHaveLength(8);
    expect(model.attention.length + model.attentionMore).toBe(model.totals.off_track + model.totals.at_risk);
    expect(model.charts.every((c) => c.invented && c.source.startsWith('Exempeldata (påhittad)'))).toBe(true);
  });
});
