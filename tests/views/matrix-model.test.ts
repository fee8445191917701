import { describe, expect, it } from 'vitest';
import { COUNTIES } from '../../src/domain/regions';
import { kommunScope, LAN_SCOPE } from '../../src/domain/region-scope';
import type { TableCell } from '../../src/domain/table';
import type { TargetStatus } from '../../src/domain/target';
import { translator } from '../../src/i18n/dictionary';
import {
  buildMatrixModel,
  cachedMatrixColumn,
  matrixGroups,
  matrixTable,
  type MatrixCell,
  type MatrixModel,
} from '../../src/views/matrix-model';
import { datasetFrom } from '../support/dataset-builder';
import { LEVELS_CATALOGUE, observationsCsv, targetsCsv } from '../support/view-catalogue';

// The catalogue lists indicators out of chain order, two on one level, and one without data.
const dataset = datasetFrom({
  'indicators.json': LEVELS_CATALOGUE,
  'obs.csv': observationsCsv([
    '00;nyforetagande;2023;11',
    '20;nyforetagande;2023;8',
    '12;nyforetagande;2023;12',
    '09;nyforetagande;2023;5',
    '03;nyforetagande;2023;..',
    '01;arbetsloshet;2023;6',
    '20;arbetsloshet;2023;8',
    '20;antal_projekt;2023;40',
    '01;antal_projekt;2023;100',
    '20;overlevnad;2022;50',
    '03;beviljade_medel;2023;10',
    '20;aa_okand;2023;1',
    '01;aa_okand;2023;2',
    '20;zz_okand;2023;3',
  ]),
  'targets.csv': targetsCsv([
    // 7 (2020) → 11 (2030): 8,2 expected in 2023. Dalarna's 8 is at risk, Gotland's 5 off track.
    '20;nyforetagande;2030;11;2020;7',
    '09;nyforetagande;2030;11;2020;7',
    // No baseline: the path starts at Skåne's 12 in 2023, which is on it.
    '12;nyforetagande;2025;12;;',
  ]),
});
const t = translator('sv');
const model = buildMatrixModel(dataset, LAN_SCOPE, 'sv', t);

const ids = (m: MatrixModel): string[] => m.groups.flatMap((g) => g.indicators.map((l) => l.indicator.id));

function cell(m: MatrixModel, county: string, indicator: string): MatrixCell {
  const row = m.rows.find((r) => r.code === county);
  const column = ids(m).indexOf(indicator);
  const found = row?.cells[column];
  if (!found || column < 0) throw new Error(`no cell ${county} × ${indicator}`);
  return found;
}

describe('buildMatrixModel', () => {
  it('imports the test data in full', () => {
    expect(dataset.reports.map((r) => r.rejected)).toEqual([0, 0, 0]);
    expect(dataset.reports.map((r) => r.accepted)).toEqual([6, 14, 3]);
  });

  it('has the 21 län as rows, in county code order, named in the language asked for', () => {
    expect(model.rows.map((r) => r.code)).toEqual(COUNTIES.map((c) => c.code));
    expect(model.rows.map((r) => r.code)).toEqual([
      '01',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '12',
      '13',
      '14',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
    ]);
    expect(model.rows[0]?.name).toBe('Stockholms län');
    expect(buildMatrixModel(dataset, LAN_SCOPE, 'en', translator('en')).rows[0]?.name).toBe(
      'Stockholm County',
    );
  });

  it('groups the indicators with data by chain level in chain order, the uncatalogued last', () => {
    expect(model.groups.map((g) => [g.level, g.label, g.indicators.map((l) => l.indicator.id)])).toEqual([
      ['resurser', 'Resurser', ['beviljade_medel']],
      ['prestationer', 'Prestationer', ['antal_projekt']],
      ['kortsiktiga_effekter', 'Kortsiktiga effekter', ['nyforetagande', 'overlevnad']],
      ['langsiktiga_effekter', 'Långsiktiga effekter', ['arbetsloshet']],
      [undefined, t('uncataloguedHeading'), ['aa_okand', 'zz_okand']],
    ]);
    expect(model.groups.at(-1)?.indicators.every((l) => !l.inCatalogue)).toBe(true);
  });

  it('labels the levels in English for English', () => {
    const en = buildMatrixModel(dataset, LAN_SCOPE, 'en', translator('en'));
    expect(en.groups.map((g) => g.label)).toEqual([
      'Resources',
      'Outputs',
      'Short-term effects',
      'Long-term effects',
      translator('en')('uncataloguedHeading'),
    ]);
  });

  it('has no group for a level without indicators with data', () => {
    expect(model.groups.some((g) => g.level === 'utfall' || g.level === 'aktiviteter')).toBe(false);
    expect(ids(model)).not.toContain('utan_data');
  });

  it('gives every row one cell per indicator, in the groups’ order', () => {
    for (const row of model.rows) expect(row.cells).toHaveLength(7);
    expect(cell(model, '20', 'nyforetagande').summary?.indicator.id).toBe('nyforetagande');
    expect(cell(model, '20', 'zz_okand').summary?.indicator.id).toBe('zz_okand');
    expect(
      model.rows.every((r) =>
        r.cells.every((c, k) => c.summary?.region === r.code && c.summary.indicator.id === ids(model)[k]),
      ),
    ).toBe(true);
  });

  it('holds each county’s status against its target', () => {
    expect(cell(model, '20', 'nyforetagande').summary?.status.status).toBe('at_risk');
    expect(cell(model, '09', 'nyforetagande').summary?.status.status).toBe('off_track');
    expect(cell(model, '12', 'nyforetagande').summary?.status.status).toBe('on_track');
    expect(cell(model, '20', 'arbetsloshet').summary?.status.status).toBe('no_target');
  });

  it('holds each county’s rank among the län, best first for the indicator’s direction', () => {
    expect(['12', '20', '09'].map((c) => cell(model, c, 'nyforetagande').rank?.rank)).toEqual([1, 2, 3]);
    expect(cell(model, '03', 'nyforetagande').rank?.rank).toBeUndefined();
    // Lower is better: Stockholm's 6 before Dalarna's 8.
    expect(['01', '20'].map((c) => cell(model, c, 'arbetsloshet').rank?.rank)).toEqual([1, 2]);
    expect(['01', '20'].map((c) => cell(model, c, 'antal_projekt').rank?.rank)).toEqual([1, 2]);
    expect(cell(model, '20', 'overlevnad').rank?.rank).toBe(1);
    expect(cell(model, '20', 'beviljade_medel').rank?.rank).toBeUndefined();
    expect(cell(model, '03', 'beviljade_medel').rank?.rank).toBe(1);
  });

  it('ranks an uncatalogued indicator highest first', () => {
    expect(['01', '20'].map((c) => cell(model, c, 'aa_okand').rank?.rank)).toEqual([1, 2]);
  });
});

describe('buildMatrixModel: a county’s kommuner', () => {
  // Dalarna's kommuner have nyföretagande (with own targets for two) and arbetslöshet for one; the
  // county rows and a Göteborg row are not theirs. The other indicators have no kommun rows.
  const local = datasetFrom({
    'indicators.json': LEVELS_CATALOGUE,
    'obs.csv': observationsCsv([
      '20;nyforetagande;2023;8',
      '01;antal_projekt;2023;100',
      '2080;nyforetagande;2023;9',
      '2081;nyforetagande;2023;7,5',
      '2062;nyforetagande;2023;10',
      '2021;nyforetagande;2023;..',
      '2084;nyforetagande;2022;6',
      '1480;nyforetagande;2023;12',
      '2080;arbetsloshet;2023;6',
    ]),
    'targets.csv': targetsCsv(['2080;nyforetagande;2030;11;2020;7', '2081;nyforetagande;2030;11;2020;7']),
  });
  const scope = kommunScope('20');
  const dalarna = buildMatrixModel(local, scope, 'sv', t);

  it('has the county’s 15 kommuner as rows, in code order, and no county', () => {
    expect(dalarna.rows).toHaveLength(15);
    expect(dalarna.rows.slice(0, 2).map((r) => [r.code, r.name])).toEqual([
      ['2021', 'Vansbro'],
      ['2023', 'Malung-Sälen'],
    ]);
    expect(dalarna.rows.map((r) => r.code)).not.toContain('20');
    expect(dalarna.rows.map((r) => r.code)).not.toContain('1480');
  });

  it('has a column only for the indicators with a row for one of its kommuner', () => {
    expect(ids(dalarna)).toEqual(['nyforetagande', 'arbetsloshet']);
    expect(
      matrixGroups(local, kommunScope('14'), 'sv', t).flatMap((g) => g.indicators.map((l) => l.indicator.id)),
    ).toEqual(['nyforetagande']);
    expect(matrixGroups(local, kommunScope('25'), 'sv', t)).toEqual([]);
    // The län matrix keeps every indicator with data.
    expect(ids(buildMatrixModel(local, LAN_SCOPE, 'sv', t))).toEqual([
      'antal_projekt',
      'nyforetagande',
      'arbetsloshet',
    ]);
  });

  it('ranks among the county’s kommuner at the latest period they have; a gap or an older value has no rank', () => {
    expect(['2062', '2080', '2081'].map((c) => cell(dalarna, c, 'nyforetagande').rank?.rank)).toEqual([
      1, 2, 3,
    ]);
    expect(cell(dalarna, '2021', 'nyforetagande').rank?.rank).toBeUndefined();
    expect(cell(dalarna, '2084', 'nyforetagande').rank?.rank).toBeUndefined();
  });

  it('holds each kommun’s status against its own targets; none is "no target"', () => {
    // 7 (2020) → 11 (2030): 8,2 expected in 2023; Falun's 9 is on track, Borlänge's 7,5 at risk or off.
    expect(cell(dalarna, '2080', 'nyforetagande').summary?.status.status).toBe('on_track');
    expect(cell(dalarna, '2081', 'nyforetagande').summary?.status.status).not.toMatch(/on_track|no_target/);
    expect(cell(dalarna, '2062', 'nyforetagande').summary?.status.status).toBe('no_target');
    expect(cell(dalarna, '2080', 'arbetsloshet').summary?.status.status).toBe('no_target');
  });

  it('keeps the län’s and the kommuner’s columns apart in the cache, whatever scope object asks', () => {
    const listed = dalarna.groups[0]?.indicators[0];
    if (!listed) throw new Error('no column');
    const kommuner = cachedMatrixColumn(local, kommunScope('20'), 'sv', listed);
    expect(cachedMatrixColumn(local, kommunScope('20'), 'sv', listed)).toBe(kommuner);
    expect([...kommuner.keys()]).toHaveLength(15);
    expect([...cachedMatrixColumn(local, LAN_SCOPE, 'sv', listed).keys()]).toHaveLength(21);
  });
});

describe('matrixTable', () => {
  const labels: { county: string; status: Readonly<Record<TargetStatus, string>> } = {
    county: 'Län',
    status: {
      on_track: 'I fas',
      at_risk: 'Risk',
      off_track: 'Inte i fas',
      no_target: 'Inget mål',
      no_data: 'Inga data',
    },
  };
  const names = [
    'Beviljade medel',
    'Antal projekt',
    'Nyforetagande',
    'Overlevnad',
    'Arbetsloshet',
    t('unknownIndicatorName', { id: 'aa_okand' }),
    t('unknownIndicatorName', { id: 'zz_okand' }),
  ];
  const txt = (s: string): TableCell => ({ kind: 'text', text: s });
  const rank = (value: number | null): TableCell => ({
    kind: 'number',
    value,
    marker: value === null ? '..' : null,
    decimals: 0,
  });
  const rowOf = (rows: readonly (readonly TableCell[])[], name: string): readonly TableCell[] | undefined =>
    rows.find((r) => r[0]?.kind === 'text' && r[0].text === name);

  it('has a county column naming the rows and one text column per indicator in status mode', () => {
    const table = matrixTable(model, 'status', 'Matris', labels, 'sv');
    expect(table.caption).toBe('Matris');
    expect(table.rowHeader).toBe(0);
    expect(table.columns).toEqual([
      { header: 'Län', numeric: false },
      ...names.map((header) => ({ header, numeric: false })),
    ]);
    expect(table.rows).toHaveLength(21);
    expect(table.rows.map((r) => r[0])).toEqual(COUNTIES.map((c) => txt(c.nameSv)));
  });

  it('writes each cell’s status label in status mode', () => {
    const rows = matrixTable(model, 'status', 'Matris', labels, 'sv').rows;
    expect(rowOf(rows, 'Dalarnas län')).toEqual([
      txt('Dalarnas län'),
      ...['Inget mål', 'Inget mål', 'Risk', 'Inget mål', 'Inget mål', 'Inget mål', 'Inget mål'].map(txt),
    ]);
    expect(rowOf(rows, 'Gotlands län')?.[3]).toEqual(txt('Inte i fas'));
    expect(rowOf(rows, 'Skåne län')?.[3]).toEqual(txt('I fas'));
  });

  it('writes ranks as number cells in rank mode, and a missing rank as ".."', () => {
    const table = matrixTable(model, 'rank', 'Matris', labels, 'sv');
    expect(table.columns.map((c) => c.numeric)).toEqual([false, true, true, true, true, true, true, true]);
    expect(rowOf(table.rows, 'Dalarnas län')).toEqual([
      txt('Dalarnas län'),
      rank(null),
      rank(2),
      rank(2),
      rank(1),
      rank(2),
      rank(2),
      rank(1),
    ]);
    expect(rowOf(table.rows, 'Stockholms län')).toEqual([
      txt('Stockholms län'),
      rank(null),
      rank(1),
      rank(null),
      rank(null),
      rank(1),
      rank(1),
      rank(null),
    ]);
    expect(rowOf(table.rows, 'Uppsala län')).toEqual([
      txt('Uppsala län'),
      rank(1),
      rank(null),
      rank(null),
      rank(null),
      rank(null),
      rank(null),
      rank(null),
    ]);
  });

  it('names the indicators in English for English', () => {
    const table = matrixTable(
      buildMatrixModel(dataset, LAN_SCOPE, 'en', translator('en')),
      'status',
      'Matrix',
      labels,
      'en',
    );
    expect(table.columns[1]?.header).toBe('Beviljade medel (en)');
    expect(table.rows[0]?.[0]).toEqual(txt('Stockholm County'));
  });
});
