import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextFiles, type NamedBytes } from '../../src/data/pipeline/import-files';
import { fromCatalogue } from '../../src/domain/strategy-edit';
import { userFile, USER_FILE_NAME } from '../../src/data/workspace/workspace';
import type { Strategy } from '../../src/domain/strategy';
import type { Dataset } from '../../src/data/dataset/dataset';
import { strategyModel } from '../../src/views/strategy-model';
import { strategyIndicator } from '../support/strategy-builder';
import { workspaceOf } from '../support/workspace-builder';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const CATALOGUE = readFileSync('data/indicators.json');
const EXAMPLE: NamedBytes = { name: 'exempel-indikatorer.json', bytes: CATALOGUE, example: true };
const OBSERVATIONS: NamedBytes = {
  name: 'exempel-observationer.csv',
  bytes: enc(
    'region;indikator;period;värde\n20;nyforetagande;2024;8,1\n20;egen_serie;2024;3\n20;bara_markor;2024;..',
  ),
  example: true,
};

/** The example data and the user's file with this strategy, in the order the app reads them (own last). */
function withStrategy(strategy: Strategy, extra: NamedBytes[] = []): Dataset {
  const own = userFile(workspaceOf({ strategy }));
  if (!own) throw new Error('no user file');
  return importTextFiles([EXAMPLE, OBSERVATIONS, ...extra, { name: USER_FILE_NAME, bytes: own, own: true }]);
}

const example = importTextFiles([EXAMPLE, OBSERVATIONS]);
const byId = (dataset: Dataset, id: string) => dataset.indicators.find((i) => i.id === id);

describe('your definitions win', () => {
  it('an edit of an example indicator’s name, level and question replaces the example’s, in every language', () => {
    const base = byId(example, 'nyforetagande');
    if (!base) throw new Error('the example catalogue has nyforetagande');
    const edited = {
      ...fromCatalogue(base),
      name: 'Nya företag i Dalarna',
      chainLevel: 'utfall' as const,
      question: { kind: 'process' as const, text: 'Når vi fler blivande företagare?' },
    };
    const dataset = withStrategy({ name: '', region: '20', goalAreas: [], indicators: [edited] });
    const mine = byId(dataset, 'nyforetagande');
    expect(mine?.name).toEqual({ sv: 'Nya företag i Dalarna', en: 'Nya företag i Dalarna' });
    expect(mine?.chainLevel).toBe('utfall');
    expect(mine?.question).toEqual({
      kind: 'process',
      text: { sv: 'Når vi fler blivande företagare?', en: 'Når vi fler blivande företagare?' },
    });
    // One definition of the id, in the catalogue's place; no file is told its definition was dropped.
    expect(dataset.indicators.filter((i) => i.id === 'nyforetagande')).toHaveLength(1);
    expect(dataset.indicators.map((i) => i.id)).toEqual(example.indicators.map((i) => i.id));
    const codes = dataset.reports.flatMap((r) => r.issues.map((i) => i.code));
    expect(codes).not.toContain('indicator_defined_earlier');
  });

  it('keeps what the strategy cannot say — a formula, how Riket relates — from the example', () => {
    const base = byId(example, 'ansokningstryck');
    const sum = byId(example, 'ram_medel');
    if (!base || !sum) throw new Error('the example catalogue has them');
    const dataset = withStrategy({
      name: '',
      region: undefined,
      goalAreas: [],
      indicators: [
        { ...fromCatalogue(base), name: 'Tryck' },
        { ...fromCatalogue(sum), name: 'Ram' },
      ],
    });
    expect(byId(dataset, 'ansokningstryck')).toMatchObject({ name: { sv: 'Tryck' }, formula: base.formula });
    expect(byId(dataset, 'ram_medel')).toMatchObject({ name: { sv: 'Ram' }, aggregation: 'sum' });
  });

  it('wins over a data file’s definition too, while two data files still warn of their conflict', () => {
    const other = (name: string): string =>
      JSON.stringify({
        indicators: [
          {
            id: 'egen_serie',
            name,
            chainLevel: 'resurser',
            question: { kind: 'summative', sv: '', en: '' },
          },
        ],
      });
    const dataset = withStrategy(
      {
        name: '',
        region: undefined,
        goalAreas: [],
        indicators: [strategyIndicator('egen_serie', { name: 'Min' })],
      },
      [
        { name: 'a.json', bytes: enc(other('A')) },
        { name: 'b.json', bytes: enc(other('B')) },
      ],
    );
    expect(byId(dataset, 'egen_serie')?.name.sv).toBe('Min');
    const warned = dataset.reports.filter((r) =>
      r.issues.some((i) => i.code === 'indicator_defined_earlier'),
    );
    expect(warned.map((r) => r.file)).toEqual(['b.json']);
  });

  it('a new indicator without values is in the chain, with no data yet; one with only markers too', () => {
    const strategy: Strategy = {
      name: '',
      region: undefined,
      goalAreas: [{ id: 'klimat', name: 'Klimatsmart', description: '', rusAreas: [] }],
      indicators: [
        strategyIndicator('utslapp', { chainLevel: 'langsiktiga_effekter', goalAreas: ['klimat'] }),
        strategyIndicator('bara_markor', { goalAreas: ['klimat'] }),
        strategyIndicator('nyforetagande', { goalAreas: ['klimat'] }),
      ],
    };
    const model = strategyModel(strategy, withStrategy(strategy));
    // Every indicator has a goal area: no column for those without one.
    expect(model.columns).toEqual([{ id: 'klimat', name: 'Klimatsmart' }]);
    const cards = model.rows.flatMap((r) =>
      r.cells.flatMap((c) => c.cards.map((k) => [r.level, c.column.id, k.indicator.id, k.hasData])),
    );
    expect(cards).toEqual([
      ['utfall', 'klimat', 'bara_markor', false],
      ['utfall', 'klimat', 'nyforetagande', true],
      ['langsiktiga_effekter', 'klimat', 'utslapp', false],
    ]);
    // The data's own series, which nothing describes, can be adopted.
    expect(model.uncatalogued.map((u) => u.id)).toEqual(['egen_serie']);
  });

  it('without a strategy of the user’s own, shows the catalogue’s listed chain, read-only', () => {
    const model = strategyModel(undefined, example);
    expect(model.own).toBe(false);
    expect(model.columns).toEqual([{ id: undefined, name: undefined }]);
    const shown = model.rows.flatMap((r) => r.cells.flatMap((c) => c.cards.map((k) => k.indicator.id)));
    expect(shown).toContain('nyforetagande');
    expect(shown).not.toContain('ram_medel_rus');
    expect(shown).not.toContain('medfinansiering');
    expect(shown).toHaveLength(example.indicators.filter((i) => i.listed).length);
  });
});
