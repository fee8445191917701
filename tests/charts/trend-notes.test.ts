import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from '../../src/charts/echarts-types';
import { buildTrendOption, type TrendInput } from '../../src/charts/trend-option';

const year = (y: number) => ({ granularity: 'year' as const, year: y, sub: 0 });

const input: TrendInput = {
  lang: 'sv',
  granularity: 'year',
  decimals: 1,
  unit: 'procent',
  lines: [
    {
      name: 'Värmlands län',
      points: [2020, 2021, 2022].map((y) => ({ period: year(y), value: 8, marker: null })),
      path: [],
      colour: '#0072B2',
      style: 'solid',
      symbol: 'circle',
    },
  ],
  from: undefined,
  to: undefined,
  labels: { targetPath: 'Målbana', target: 'Mål', missing: 'saknas' },
  description: 'beskrivning',
};

const tooltipAt = (option: ReturnType<typeof buildTrendOption>, dataIndex: number): string => {
  const tooltip = option.tooltip as { formatter: (p: unknown) => string };
  return tooltip.formatter([{ dataIndex }]);
};

describe('the learning log’s notes on the trend chart', () => {
  const annotations = {
    label: 'Anteckning',
    items: [
      { period: year(2021), text: 'Karin: <img src=x onerror=alert(1)> ny metod' },
      { period: year(2021), text: 'Per: andra' },
      { period: year(2030), text: 'utanför diagrammet' },
    ],
  };

  it('marks each period with a note once, as a dashed line on the first series', () => {
    const option = buildTrendOption({ ...input, annotations });
    const first = (option.series as LineSeriesOption[])[0];
    expect(first?.markLine?.data).toEqual([{ xAxis: '2021' }]);
    expect(first?.markLine?.label?.formatter).toBe('Anteckning');
  });

  it('says the notes in the tooltip of their period, escaped; other periods have none', () => {
    const option = buildTrendOption({ ...input, annotations });
    const at2021 = tooltipAt(option, 1);
    expect(at2021).toContain('Anteckning: Karin: &lt;img src=x onerror=alert(1)&gt; ny metod');
    expect(at2021).toContain('Anteckning: Per: andra');
    expect(at2021).not.toContain('<img');
    expect(tooltipAt(option, 0)).not.toContain('Anteckning');
  });

  it('has no marker without notes', () => {
    const first = (buildTrendOption(input).series as LineSeriesOption[])[0];
    expect(first?.markLine).toBeUndefined();
  });
});
