import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from '../../src/charts/echarts-types';
import {
  COMPARED_LOOKS,
  FOCUS_LOOK,
  menLook,
  PALETTE,
  regionLook,
  RIKET_LOOK,
} from '../../src/charts/palette';
import { buildTrendOption, trendRows, type TrendInput, type TrendLine } from '../../src/charts/trend-option';
import type { SeriesPoint } from '../../src/domain/series';
import { targetPath } from '../../src/domain/target';

const year = (y: number) => ({ granularity: 'year' as const, year: y, sub: 0 });
const point = (y: number, value: number | null, marker: string | null = null): SeriesPoint => ({
  period: year(y),
  value,
  marker,
});

const dalarna: TrendLine = {
  name: 'Dalarnas län',
  points: [point(2020, 8), point(2021, null, '..'), point(2022, 9)],
  path: targetPath([
    {
      region: '20',
      indicator: 'x',
      period: year(2026),
      value: 12,
      baseline: { period: year(2020), value: 8 },
      source: undefined,
    },
  ]),
  colour: '#0072B2',
  style: 'solid',
  symbol: 'circle',
};
const riket: TrendLine = {
  name: 'Riket',
  points: [point(2020, 10), point(2021, 10.5), point(2022, 11)],
  path: [],
  colour: '#4D4D4D',
  style: 'dashed',
  symbol: 'rect',
};

function input(overrides: Partial<TrendInput> = {}): TrendInput {
  return {
    lang: 'sv',
    granularity: 'year',
    decimals: 1,
    unit: 'procent',
    lines: [dalarna, riket],
    from: undefined,
    to: undefined,
    labels: { targetPath: 'Målbana', target: 'Mål', missing: 'saknas' },
    description: 'beskrivning',
    ...overrides,
  };
}

describe('trendRows', () => {
  it('spans the first observation to the last target, one row per year', () => {
    expect(trendRows(input()).map((r) => r.label)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('keeps a missing value as its marker, never 0', () => {
    const row = trendRows(input()).find((r) => r.label === '2021');
    expect(row?.points[0]).toEqual({ period: year(2021), value: null, marker: '..' });
    expect(row?.points[1]?.value).toBe(10.5);
  });

  it('puts each line’s interpolated path on every year and its target on its year only', () => {
    const rows = trendRows(input());
    // 8 → 12 over 2020–2026: 2/3 per year.
    expect(rows[0]?.paths[0]).toBeCloseTo(8);
    expect(rows[3]?.paths[0]).toBeCloseTo(10);
    expect(rows[6]?.paths[0]).toBeCloseTo(12);
    expect(rows.every((r) => r.paths[1] === null)).toBe(true);
    expect(rows.filter((r) => r.targets[0] !== null).map((r) => [r.label, r.targets[0]])).toEqual([
      ['2026', 12],
    ]);
  });

  it('shows only the chosen range', () => {
    expect(trendRows(input({ from: year(2021), to: year(2023) })).map((r) => r.label)).toEqual([
      '2021',
      '2022',
      '2023',
    ]);
  });

  it('lays quarters on a quarterly axis', () => {
    const q = (y: number, s: number): SeriesPoint => ({
      period: { granularity: 'quarter', year: y, sub: s },
      value: 1,
      marker: null,
    });
    const rows = trendRows(
      input({ granularity: 'quarter', lines: [{ ...riket, points: [q(2023, 3), q(2024, 2)] }] }),
    );
    expect(rows.map((r) => r.label)).toEqual(['2023 K3', '2023 K4', '2024 K1', '2024 K2']);
  });
});

describe('buildTrendOption', () => {
  it('feeds every series from one dataset, gaps as null', () => {
    const option = buildTrendOption(input());
    const dataset = option.dataset as { source: unknown[][]; dimensions: string[] };
    expect(dataset.dimensions).toEqual(['period', 'v0', 'p0', 't0', 'v1', 'p1', 't1']);
    expect(dataset.source[1]).toEqual(['2021', null, expect.any(Number), null, 10.5, null, null]);
    const series = option.series as LineSeriesOption[];
    expect(series.map((s) => s.name)).toEqual([
      'Dalarnas län',
      'Dalarnas län: Målbana',
      'Dalarnas län: Mål',
      'Riket',
    ]);
    expect(series[0]?.connectNulls).toBe(false);
    expect(series[1]?.lineStyle?.type).toBe('dotted');
    expect(series[3]?.lineStyle?.type).toBe('dashed');
  });

  it('names only the lines in the legend', () => {
    const legend = buildTrendOption(input()).legend as { data: string[] };
    expect(legend.data).toEqual(['Dalarnas län', 'Riket']);
  });

  it('hides symbols and samples with LTTB when the series is dense', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      period: { granularity: 'month' as const, year: 2020 + Math.floor(i / 12), sub: (i % 12) + 1 },
      value: i,
      marker: null,
    }));
    const dense = buildTrendOption(input({ granularity: 'month', lines: [{ ...riket, points: many }] }));
    const line = (dense.series as LineSeriesOption[])[0];
    expect(line?.showSymbol).toBe(false);
    expect(line?.sampling).toBe('lttb');
    expect((buildTrendOption(input()).series as LineSeriesOption[])[0]?.showSymbol).toBe(true);
  });

  it('escapes names from data in the tooltip and formats numbers the Swedish way', () => {
    const option = buildTrendOption(
      input({ lines: [{ ...riket, name: '<img src=x onerror=alert(1)>', points: [point(2020, 1234.5)] }] }),
    );
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('1\u00a0234,5');
  });

  it('labels the y axis with sv-SE numbers and uses whole ticks for counts', () => {
    const option = buildTrendOption(input());
    const axis = option.yAxis as { axisLabel: { formatter: (v: number) => string }; minInterval?: number };
    expect(axis.axisLabel.formatter(2500.5)).toBe('2\u00a0500,5');
    expect(axis.minInterval).toBeUndefined();
    expect((buildTrendOption(input({ decimals: 0 })).yAxis as { minInterval?: number }).minInterval).toBe(1);
  });
});

describe('buildTrendOption: the look of each line', () => {
  const regionLines = (): TrendLine[] => [
    ...Array.from({ length: 7 }, (_, k): TrendLine => {
      const look = regionLook(k);
      return {
        name: `Region ${k}`,
        points: [point(2020, k), point(2021, k + 1)],
        path: [],
        colour: look.colour,
        style: look.dash,
        width: look.width,
        symbol: look.symbol,
      };
    }),
    {
      ...riket,
      colour: RIKET_LOOK.colour,
      style: RIKET_LOOK.dash,
      width: RIKET_LOOK.width,
      symbol: RIKET_LOOK.symbol,
    },
  ];
  const drawn = (
    lines: readonly TrendLine[],
  ): { colour: unknown; dash: string; width: unknown; symbol: unknown }[] =>
    (buildTrendOption(input({ lines })).series as LineSeriesOption[])
      .filter((s) => s.type === 'line')
      .map((s) => ({
        colour: s.lineStyle?.color,
        dash: JSON.stringify(s.lineStyle?.type),
        width: s.lineStyle?.width,
        symbol: s.symbol,
      }));

  it('the focus, six compared regions and Riket: no two lines share colour, dash and marker; the focus looks like nobody else', () => {
    const looks = drawn(regionLines());
    expect(looks).toHaveLength(8);
    const keys = looks.map((l) => `${String(l.colour)}|${l.dash}|${String(l.symbol)}`);
    expect(new Set(keys).size).toBe(8);
    // Compared regions differ by more than colour: each its own dash and marker too.
    expect(new Set(looks.map((l) => l.dash)).size).toBe(8);
    expect(new Set(looks.map((l) => l.symbol)).size).toBe(8);
    const [focus, ...others] = looks;
    expect(focus).toEqual({ colour: FOCUS_LOOK.colour, dash: '"solid"', width: 3, symbol: 'circle' });
    for (const other of others) {
      expect(other.colour).not.toBe(focus?.colour);
      expect(other.width).not.toBe(focus?.width);
      expect(other.symbol).not.toBe(focus?.symbol);
    }
    // Riket stays the dashed grey reference.
    expect(looks[7]).toMatchObject({ colour: PALETTE.riket, dash: '"dashed"' });
  });

  it('the seventh region (sixth compared) is not drawn like the focus, and the looks wrap only after the six', () => {
    expect(regionLook(6)).not.toEqual(regionLook(0));
    expect(COMPARED_LOOKS).toHaveLength(6);
    expect(
      COMPARED_LOOKS.every(
        (l) => l.colour !== FOCUS_LOOK.colour && l.symbol !== FOCUS_LOOK.symbol && l.width < FOCUS_LOOK.width,
      ),
    ).toBe(true);
  });

  it('by kön, men’s lines are dashed with hollow markers, unlike any other line', () => {
    const lines = regionLines()
      .slice(0, 7)
      .flatMap((l) => {
        const men = menLook({ colour: l.colour, dash: l.style, width: l.width ?? 2, symbol: l.symbol });
        return [l, { ...l, name: `${l.name}, män`, style: men.dash, width: men.width, symbol: men.symbol }];
      });
    const keys = drawn(lines).map((l) => `${String(l.colour)}|${l.dash}|${String(l.symbol)}`);
    expect(new Set(keys).size).toBe(14);
    expect(menLook(FOCUS_LOOK)).toEqual({
      colour: FOCUS_LOOK.colour,
      dash: 'dashed',
      width: 2,
      symbol: 'emptyCircle',
    });
  });
});

describe('buildTrendOption: axis and notes', () => {
  it('amounts and counts start at 0; rates keep an axis fitted to their values', () => {
    expect(buildTrendOption(input({ zeroBased: true })).yAxis).toMatchObject({ scale: false });
    expect(buildTrendOption(input()).yAxis).toMatchObject({ scale: true });
  });

  it('a note is drawn under the plot and said to screen readers; none by default', () => {
    const note = 'Riket (summa av länen) visas inte.';
    const option = buildTrendOption(input({ note }));
    expect(option.title).toMatchObject({ subtext: note, bottom: 0 });
    expect(option.aria).toMatchObject({ label: { description: `beskrivning ${note}` } });
    expect(buildTrendOption(input()).title).toBeUndefined();
  });

  it('leaves the accessible name to the chart’s wrapper: ECharts adds no role="img" of its own', () => {
    expect(buildTrendOption(input()).aria).toMatchObject({
      enabled: true,
      label: { enabled: false, description: 'beskrivning' },
    });
  });
});
