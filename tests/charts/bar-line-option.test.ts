import { describe, expect, it } from 'vitest';
import { barLineTable, buildBarLineOption, type BarLineInput } from '../../src/charts/bar-line-option';

const input: BarLineInput = {
  lang: 'sv',
  categories: ['2022', '2023'],
  unit: 'mnkr',
  description: 'Sökt och ram',
  series: [
    { name: 'Ram', kind: 'bar', colour: '#111111', decimals: 1, values: [4, null], stack: 'a' },
    {
      name: '<img src=x onerror=alert(1)>',
      kind: 'bar',
      colour: '#222222',
      decimals: 1,
      values: [5.25, 6],
      stack: 'a',
    },
    { name: 'Tryck', kind: 'line', colour: '#333333', decimals: 2, values: [1.3125, null] },
  ],
};

type Series = { type: string; data: (number | null)[]; stack?: string; yAxisIndex?: number };

describe('buildBarLineOption', () => {
  const option = buildBarLineOption(input);
  const series = option.series as Series[];

  it('bars stack by name; every series on the one value axis (never a second); a gap stays null', () => {
    expect(series.map((s) => [s.type, s.stack, s.yAxisIndex])).toEqual([
      ['bar', 'a', undefined],
      ['bar', 'a', undefined],
      ['line', undefined, undefined],
    ]);
    expect(series[0]?.data).toEqual([4, null]);
    expect(Array.isArray(option.yAxis)).toBe(false);
    expect(option.yAxis).toMatchObject({ type: 'value', name: 'mnkr' });
    expect(Array.isArray(option.xAxis)).toBe(false);
  });

  it('series differ by pattern too (aria decals), and the description is there for screen readers', () => {
    expect(option.aria).toMatchObject({
      enabled: true,
      decal: { show: true },
      label: { description: 'Sökt och ram' },
    });
    // ECharts adds no role="img" of its own: the chart's wrapper carries the one accessible name.
    expect(option.aria).toMatchObject({ label: { enabled: false } });
  });

  it('the tooltip escapes names and writes numbers the Swedish way, ".." for a gap', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: 5,3');
    expect(html).toContain('Tryck: 1,31');
    expect(formatter([{ dataIndex: 1 }])).toContain('Ram: ..');
  });

  it('horizontal: the categories down the side, in their order', () => {
    const h = buildBarLineOption({
      ...input,
      horizontal: true,
      series: [input.series[0] as BarLineInput['series'][number]],
    });
    expect(h.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['2022', '2023'] });
  });
});

describe('barLineTable', () => {
  it('a row per category, a column per series, numbers as numbers and ".." for a gap', () => {
    const table = barLineTable(input, 'Tabell', 'År');
    expect(table.columns.map((c) => c.header)).toEqual([
      'År',
      'Ram',
      '<img src=x onerror=alert(1)>',
      'Tryck',
    ]);
    expect(table.rows[1]).toEqual([
      { kind: 'text', text: '2023' },
      { kind: 'number', value: null, marker: '..', decimals: 1 },
      { kind: 'number', value: 6, marker: null, decimals: 1 },
      { kind: 'number', value: null, marker: '..', decimals: 2 },
    ]);
  });
});
