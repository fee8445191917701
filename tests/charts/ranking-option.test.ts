import { describe, expect, it } from 'vitest';
import type { BarSeriesOption } from '../../src/charts/echarts-types';
import { buildRankingOption, type RankingInput } from '../../src/charts/ranking-option';
import { rankEntries as rank } from '../../src/domain/ranking';

const rankEntries = (i: RankingInput) => rank(i.entries, i.direction, i.selected);

const entries = [
  { code: '01', name: 'Stockholms län', value: 14.2, marker: null },
  { code: '20', name: 'Dalarnas län', value: 8.3, marker: null },
  { code: '12', name: 'Skåne län', value: 11.0, marker: null },
  { code: '03', name: 'Uppsala län', value: 11.0, marker: null },
  { code: '25', name: 'Norrbottens län', value: null, marker: '..' },
];

function input(overrides: Partial<RankingInput> = {}): RankingInput {
  return {
    lang: 'sv',
    decimals: 1,
    unit: 'per 1 000',
    direction: 'higher_is_better',
    selected: ['20'],
    entries,
    riket: { name: 'Riket', value: 10.4 },
    description: 'beskrivning',
    ...overrides,
  };
}

describe('rankEntries', () => {
  it('puts the best first, shares ranks on ties and puts missing values last without a rank', () => {
    const ranked = rankEntries(input());
    expect(ranked.map((e) => [e.code, e.rank])).toEqual([
      ['01', 1],
      ['12', 2],
      ['03', 2],
      ['20', 4],
      ['25', undefined],
    ]);
  });

  it('ranks lowest first when lower is better', () => {
    expect(rankEntries(input({ direction: 'lower_is_better' })).map((e) => e.code)).toEqual([
      '20',
      '12',
      '03',
      '01',
      '25',
    ]);
  });

  it('marks the selected counties', () => {
    expect(
      rankEntries(input())
        .filter((e) => e.selected)
        .map((e) => e.code),
    ).toEqual(['20']);
  });
});

describe('buildRankingOption', () => {
  it('marks the selected county in its label, not by colour alone, and draws Riket as a labelled line', () => {
    const option = buildRankingOption(input());
    const axis = option.yAxis as { data: string[]; inverse: boolean };
    expect(axis.inverse).toBe(true);
    expect(axis.data[3]).toBe('▶ Dalarnas län');
    const bar = (option.series as BarSeriesOption[])[0];
    const markLine = bar?.markLine as { data: { xAxis: number }[]; label: { formatter: string } };
    expect(markLine.data[0]?.xAxis).toBe(10.4);
    expect(markLine.label.formatter).toBe('Riket 10,4');
  });

  it('gives a missing value no bar and the label ".."', () => {
    const bar = (buildRankingOption(input()).series as BarSeriesOption[])[0];
    const last = (bar?.data as { value: number | null; label: { formatter: () => string } }[])[4];
    expect(last?.value).toBeNull();
    expect(last?.label.formatter()).toBe('..');
  });

  it('has no Riket line when Riket is not comparable', () => {
    const bar = (buildRankingOption(input({ riket: undefined })).series as BarSeriesOption[])[0];
    expect(bar?.markLine).toBeUndefined();
  });

  it('escapes county names in the tooltip', () => {
    const option = buildRankingOption(
      input({ entries: [{ code: '01', name: '<b>x</b>', value: 1, marker: null }], selected: [] }),
    );
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 0 })).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
