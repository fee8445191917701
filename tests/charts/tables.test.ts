import { describe, expect, it } from 'vitest';
import type { MapEntry, MapInput } from '../../src/charts/map-option';
import type { RankingInput } from '../../src/charts/ranking-option';
import { countiesTable, trendTable } from '../../src/charts/tables';
import { trendRows, type TrendInput } from '../../src/charts/trend-option';
import type { Period } from '../../src/domain/period';
import type { SeriesPoint } from '../../src/domain/series';
import type { TableCell } from '../../src/domain/table';
import { targetPath, type TargetStatus } from '../../src/domain/target';

const year = (y: number): Period => ({ granularity: 'year', year: y, sub: 0 });
const point = (y: number, value: number | null, marker: string | null = null): SeriesPoint => ({
  period: year(y),
  value,
  marker,
});

// Expected cells, written out rather than built with the module's helpers.
const txt = (text: string): TableCell => ({ kind: 'text', text });
const n1 = (value: number | null, marker: string | null = null): TableCell => ({
  kind: 'number',
  value,
  marker,
  decimals: 1,
});

describe('trendTable', () => {
  // Dalarna has a target of 11 in 2024 from a baseline of 7 in 2020: the path rises by 1 a year.
  const path = targetPath([
    {
      region: '20',
      indicator: 'nyforetagande',
      period: year(2024),
      value: 11,
      baseline: { period: year(2020), value: 7 },
      source: undefined,
    },
  ]);
  const input: TrendInput = {
    lang: 'sv',
    granularity: 'year',
    decimals: 1,
    unit: 'per 1 000',
    lines: [
      {
        name: 'Dalarnas län',
        points: [point(2020, 7), point(2021, null, '.'), point(2022, 8)],
        path,
        colour: '#0072B2',
        style: 'solid',
        symbol: 'circle',
      },
      {
        name: 'Riket',
        points: [point(2020, 10), point(2021, 10.5), point(2022, 11)],
        path: [],
        colour: '#4D4D4D',
        style: 'dashed',
        symbol: 'rect',
      },
    ],
    from: undefined,
    to: undefined,
    labels: { targetPath: 'Målbana', target: 'Mål', missing: 'saknas' },
    description: 'Nyföretagande över tid',
  };
  const table = trendTable(input, trendRows(input), 'Nyföretagande, Dalarnas län', { period: 'År' });

  it('has a period column, then per line its values, and path and target columns only for the line with a path', () => {
    expect(table.columns).toEqual([
      { header: 'År', numeric: false },
      { header: 'Dalarnas län', numeric: true },
      { header: 'Dalarnas län: Målbana', numeric: true },
      { header: 'Dalarnas län: Mål', numeric: true },
      { header: 'Riket', numeric: true },
    ]);
  });

  it('names each row by its period in the row-header column, and keeps the caption', () => {
    expect(table.caption).toBe('Nyföretagande, Dalarnas län');
    expect(table.rowHeader).toBe(0);
    expect(table.rows.map((r) => r[0])).toEqual(['2020', '2021', '2022', '2023', '2024'].map(txt));
  });

  it('gives every row one cell per column', () => {
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });

  it('writes the values, the path where it runs and the target in its year', () => {
    expect(table.rows).toEqual([
      [txt('2020'), n1(7), n1(7), txt(''), n1(10)],
      [txt('2021'), n1(null, '.'), n1(8), txt(''), n1(10.5)],
      [txt('2022'), n1(8), n1(9), txt(''), n1(11)],
      [txt('2023'), n1(null, '..'), n1(10), txt(''), n1(null, '..')],
      [txt('2024'), n1(null, '..'), n1(11), n1(11), n1(null, '..')],
    ]);
  });

  it('keeps a missing value as a number cell with no value and the file’s marker, never 0', () => {
    const cell = table.rows[1]?.[1];
    expect(cell).toEqual({ kind: 'number', value: null, marker: '.', decimals: 1 });
  });

  it('marks a period a line has no point for with ".."', () => {
    expect(table.rows[3]?.[4]).toEqual({ kind: 'number', value: null, marker: '..', decimals: 1 });
  });

  it('leaves the path cell empty text, not 0, before the path starts', () => {
    const shortPath = targetPath([
      {
        region: '20',
        indicator: 'x',
        period: year(2021),
        value: 9,
        baseline: { period: year(2020), value: 7 },
        source: undefined,
      },
    ]);
    const early: TrendInput = {
      ...input,
      lines: [
        {
          name: 'Dalarnas län',
          points: [point(2018, 5), point(2019, 6)],
          path: shortPath,
          colour: '#0072B2',
          style: 'solid',
          symbol: 'circle',
        },
      ],
    };
    expect(trendTable(early, trendRows(early), 'c', { period: 'År' }).rows).toEqual([
      [txt('2018'), n1(5), txt(''), txt('')],
      [txt('2019'), n1(6), txt(''), txt('')],
      [txt('2020'), n1(null, '..'), n1(7), txt('')],
      [txt('2021'), n1(null, '..'), n1(9), n1(9)],
    ]);
  });

  it('labels quarters the Swedish way', () => {
    const quarter = (sub: number): Period => ({ granularity: 'quarter', year: 2024, sub });
    const quarterly: TrendInput = {
      ...input,
      granularity: 'quarter',
      lines: [
        {
          name: 'Riket',
          points: [1, 2].map((sub) => ({ period: quarter(sub), value: sub, marker: null })),
          path: [],
          colour: '#4D4D4D',
          style: 'solid',
          symbol: 'circle',
        },
      ],
    };
    const quarters = trendTable(quarterly, trendRows(quarterly), 'k', { period: 'Kvartal' });
    expect(quarters.columns.map((c) => c.header)).toEqual(['Kvartal', 'Riket']);
    expect(quarters.rows).toEqual([
      [txt('2024 K1'), n1(1)],
      [txt('2024 K2'), n1(2)],
    ]);
  });
});

describe('countiesTable', () => {
  const STATUS_LABELS: Readonly<Record<TargetStatus, string>> = {
    on_track: 'I fas',
    at_risk: 'Risk',
    off_track: 'Inte i fas',
    no_target: 'Inget mål',
    no_data: 'Inga data',
  };
  const ranking: RankingInput = {
    lang: 'sv',
    decimals: 1,
    unit: 'per 1 000',
    direction: 'higher_is_better',
    selected: ['20'],
    entries: [
      { code: '01', name: 'Stockholms län', value: 14.2, marker: null },
      { code: '20', name: 'Dalarnas län', value: 8.3, marker: null },
      { code: '12', name: 'Skåne län', value: 11, marker: null },
      { code: '03', name: 'Uppsala län', value: 11, marker: null },
      { code: '25', name: 'Norrbottens län', value: null, marker: '..' },
    ],
    riket: { name: 'Riket', value: 10.4 },
    description: 'Länen rangordnade',
  };
  const status = (code: string, s: TargetStatus): MapEntry => {
    const e = ranking.entries.find((x) => x.code === code);
    return { code, name: e?.name ?? code, value: e?.value ?? null, marker: e?.marker ?? null, status: s };
  };
  const map: MapInput = {
    lang: 'sv',
    mode: 'value',
    decimals: 1,
    unit: 'per 1 000',
    entries: [
      status('01', 'on_track'),
      status('20', 'at_risk'),
      status('12', 'off_track'),
      status('03', 'no_target'),
      status('25', 'no_data'),
    ],
    selected: ['20'],
    statusLabels: STATUS_LABELS,
    labels: { missing: 'saknas' },
    description: 'Karta',
  };
  const labels = { rank: 'Plats', county: 'Län', value: 'Värde', status: 'Status' };
  const table = countiesTable(ranking, map, 'Alla län, 2024', labels, {
    name: 'Riket',
    value: 10.4,
    marker: null,
  });

  it('has rank, county, value with its unit and status columns, the county naming each row', () => {
    expect(table.caption).toBe('Alla län, 2024');
    expect(table.columns).toEqual([
      { header: 'Plats', numeric: true },
      { header: 'Län', numeric: false },
      { header: 'Värde (per 1 000)', numeric: true },
      { header: 'Status', numeric: false },
    ]);
    expect(table.rowHeader).toBe(1);
  });

  it('lists the counties best first, ties sharing a rank, the missing last, Riket after them', () => {
    expect(table.rows.map((r) => r[1])).toEqual(
      ['Stockholms län', 'Skåne län', 'Uppsala län', 'Dalarnas län', 'Norrbottens län', 'Riket'].map(txt),
    );
    // The rank column holds numbers; the missing county and Riket have an empty cell (not "..", which means missing data).
    expect(
      table.rows.map((r) =>
        r[0]?.kind === 'number' ? r[0].value : r[0]?.kind === 'text' ? r[0].text : undefined,
      ),
    ).toEqual([1, 2, 2, 4, '', '']);
  });

  it('writes each county’s value with the indicator’s decimals and its status label', () => {
    expect(table.rows.map((r) => [r[2], r[3]])).toEqual([
      [n1(14.2), txt('I fas')],
      [n1(11), txt('Inte i fas')],
      [n1(11), txt('Inget mål')],
      [n1(8.3), txt('Risk')],
      [n1(null, '..'), txt('Inga data')],
      [n1(10.4), txt('')],
    ]);
  });

  it('highlights the selected county at its place in the ranking, and only it', () => {
    expect([...(table.highlighted ?? [])]).toEqual([3]);
    expect(table.rows[3]?.[1]).toEqual(txt('Dalarnas län'));
  });

  it('highlights several selected counties', () => {
    const both = countiesTable({ ...ranking, selected: ['25', '01'] }, map, 'c', labels);
    expect([...(both.highlighted ?? [])].sort()).toEqual([0, 4]);
  });

  it('ranks lowest first when lower is better', () => {
    const lower = countiesTable({ ...ranking, direction: 'lower_is_better' }, map, 'c', labels);
    expect(lower.rows.map((r) => (r[1]?.kind === 'text' ? r[1].text : ''))).toEqual([
      'Dalarnas län',
      'Skåne län',
      'Uppsala län',
      'Stockholms län',
      'Norrbottens län',
    ]);
  });

  it('has no Riket row when Riket is not given', () => {
    const without = countiesTable(ranking, map, 'c', labels);
    expect(without.rows).toHaveLength(5);
    expect(without.rows.some((r) => r[1]?.kind === 'text' && r[1].text === 'Riket')).toBe(false);
  });

  it('keeps Riket’s marker when Riket has no value', () => {
    const missingRiket = countiesTable(ranking, map, 'c', labels, {
      name: 'Riket',
      value: null,
      marker: '.',
    });
    expect(missingRiket.rows[5]?.[2]).toEqual(n1(null, '.'));
  });
});
