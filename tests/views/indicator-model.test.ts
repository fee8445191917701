import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/dictionary';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { buildIndicatorModel } from '../../src/views/indicator-model';
import { isAmount, trendTitleKey } from '../../src/views/panels/trend-panel';
import { datasetFrom } from '../support/dataset-builder';

const indicator = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: { sv: id, en: id },
  unit: { sv: 'antal', en: 'number' },
  chainLevel: 'prestationer',
  direction: 'higher_is_better',
  question: { kind: 'summative', sv: 'Fråga?', en: 'Question?' },
  source: 'Test',
  decimals: 0,
  ...extra,
});

const dataset = datasetFrom({
  'indicators.json': JSON.stringify({
    indicators: [
      indicator('antal_projekt', { aggregation: 'sum' }),
      indicator('nyforetagande', { decimals: 1 }),
    ],
  }),
  'obs.csv': [
    'region;indikator;period;kön;värde',
    '00;antal_projekt;2024;T;700',
    '20;antal_projekt;2024;T;40',
    '00;nyforetagande;2024;T;10,5',
    '20;nyforetagande;2024;T;8,0',
    '20;nyforetagande;2024;K;6,0',
    '20;nyforetagande;2024;M;10,0',
    '20;nyforetagande;2024K1;T;9,0',
    '20;okänd_indikator;2024;T;1',
  ].join('\n'),
  'targets.csv': 'region;indikator;period;mål;basår;baslinje\n20;nyforetagande;2030;11;2020;7',
});
const t = translator('sv');

describe('buildIndicatorModel', () => {
  it('opens nyföretagande when the link names no indicator, and falls back from one the data lacks', () => {
    expect(buildIndicatorModel(dataset, LAN_SCOPE, DEFAULT_URL_STATE, 'sv', t)?.listed.indicator.id).toBe(
      'nyforetagande',
    );
    expect(
      buildIndicatorModel(dataset, LAN_SCOPE, { ...DEFAULT_URL_STATE, indicator: 'finns_inte' }, 'sv', t)
        ?.listed.indicator.id,
    ).toBe('nyforetagande');
  });

  it('falls back to a granularity and kön the indicator has', () => {
    const model = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'antal_projekt', granularity: 'quarter', gender: 'K' },
      'sv',
      t,
    );
    expect(model?.granularity).toBe('year');
    expect(model?.gender).toBe('T');
    const quarterly = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', granularity: 'quarter' },
      'sv',
      t,
    );
    expect(quarterly?.granularities).toEqual(['year', 'quarter']);
    expect(quarterly?.summary.latest?.value).toBe(9);
  });

  it('leaves Riket off a county’s scale for sums, but keeps it for rates', () => {
    const sum = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'antal_projekt' },
      'sv',
      t,
    );
    expect(sum?.trend.lines.map((l) => l.name)).toEqual(['Dalarnas län']);
    expect(sum?.ranking.riket).toBeUndefined();
    expect(sum?.referenceAt?.value).toBe(700);
    expect(sum?.summary.riket?.value).toBe(700);
    const rate = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande' },
      'sv',
      t,
    );
    expect(rate?.ranking.riket?.value).toBe(10.5);
    expect(rate?.trend.lines.map((l) => [l.name, l.points.map((p) => p.value)])).toEqual([
      ['Dalarnas län', [8]],
      ['Riket', [10.5]],
    ]);
  });

  it('judges the total against the target path and shows no path by kön', () => {
    const total = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande' },
      'sv',
      t,
    );
    // Path 7 (2020) → 11 (2030): 8,6 expected in 2024; 8,0 lags by 0,6 > 10 % of the planned 4.
    expect(total?.summary.status.status).toBe('off_track');
    expect(total?.summary.status.expected).toBeCloseTo(8.6);
    expect(total?.trend.lines[0]?.path.length).toBeGreaterThan(0);
    const women = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande', gender: 'K' },
      'sv',
      t,
    );
    expect(women?.trend.lines[0]?.path).toEqual([]);
    expect(women?.map.entries.find((e) => e.code === '20')?.status).toBe('no_target');
  });

  it('lists indicators by chain level, and those the catalogue lacks apart, by id', () => {
    const model = buildIndicatorModel(dataset, LAN_SCOPE, DEFAULT_URL_STATE, 'sv', t);
    expect(model?.groups.map((g) => [g.label, g.options.map((o) => o.id)])).toEqual([
      ['Prestationer', ['antal_projekt', 'nyforetagande']],
      ['Övriga (saknas i katalogen)', ['okänd_indikator']],
    ]);
  });
});

describe('buildIndicatorModel: regions, kön and periods', () => {
  it('draws compared regions in their own colours, Riket last, each with its own target path', () => {
    const model = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', compare: ['01'], indicator: 'nyforetagande' },
      'sv',
      t,
    );
    expect(model?.trend.lines.map((l) => l.name)).toEqual(['Dalarnas län', 'Stockholms län', 'Riket']);
    expect(new Set(model?.trend.lines.map((l) => l.colour)).size).toBe(3);
    expect(model?.ranking.selected).toEqual(['20', '01']);
  });

  it('splits women and men when asked, as two lines per region, without target paths', () => {
    const model = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande', gender: 'KM' },
      'sv',
      t,
    );
    expect(model?.genderChoices).toEqual(['T', 'K', 'M', 'KM']);
    expect(model?.trend.lines.map((l) => [l.name, l.points.map((p) => p.value), l.style])).toEqual([
      ['Dalarnas län, kvinnor', [6], 'solid'],
      ['Dalarnas län, män', [10], 'dashed'],
    ]);
    expect(model?.trend.lines.every((l) => l.path.length === 0)).toBe(true);
    const totalOnly = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'antal_projekt', gender: 'KM' },
      'sv',
      t,
    );
    expect(totalOnly?.genderChoices).toEqual(['T']);
    expect(totalOnly?.gender).toBe('T');
  });

  it('ranks and maps at the chosen period, or at the latest the län have', () => {
    const latest = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande' },
      'sv',
      t,
    );
    expect(latest?.at?.year).toBe(2024);
    expect(latest?.map.entries.find((e) => e.code === '20')?.value).toBe(8);
    const missing = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande', at: '2019' },
      'sv',
      t,
    );
    expect(missing?.at?.year).toBe(2024);
  });
});

describe('trendTitleKey', () => {
  it('names only what the chart compares with', () => {
    expect([
      trendTitleKey(true, true),
      trendTitleKey(true, false),
      trendTitleKey(false, true),
      trendTitleKey(false, false),
    ]).toEqual(['trendTitle', 'trendTitleTarget', 'trendTitleRiket', 'trendTitlePlain']);
  });
});

describe('buildIndicatorModel: the trend’s lines, scale and notes', () => {
  it('six compared regions: each its own look, none like the focus; Riket keeps the dashed grey reference', () => {
    const compare = ['01', '03', '04', '05', '06', '07'];
    const model = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', compare, indicator: 'nyforetagande' },
      'sv',
      t,
    );
    const lines = model?.trend.lines ?? [];
    expect(lines).toHaveLength(8);
    const key = (l: (typeof lines)[number]) => `${l.colour}|${JSON.stringify(l.style)}|${l.symbol}`;
    expect(new Set(lines.map(key)).size).toBe(8);
    const [focus, ...others] = lines;
    expect(focus).toMatchObject({ name: 'Dalarnas län', style: 'solid', width: 3, symbol: 'circle' });
    expect(
      others.every((l) => l.colour !== focus?.colour && l.symbol !== focus?.symbol && (l.width ?? 2) < 3),
    ).toBe(true);
    expect(lines[7]).toMatchObject({ name: 'Riket', style: 'dashed', symbol: 'rect' });
  });

  it('Riket chosen as a compared region is still drawn as the grey dashed reference for a rate', () => {
    const model = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', compare: ['00', '01'], indicator: 'nyforetagande' },
      'sv',
      t,
    );
    expect(model?.trend.lines.map((l) => [l.name, l.style, l.symbol])).toEqual([
      ['Dalarnas län', 'solid', 'circle'],
      ['Riket', 'dashed', 'rect'],
      ['Stockholms län', [12, 4], 'triangle'],
    ]);
    expect(model?.trend.note).toBeUndefined();
  });

  it('a sum: Riket is left out of the trend even when chosen as a compared region, and the chart says so', () => {
    const model = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', compare: ['00', '01'], indicator: 'antal_projekt' },
      'sv',
      t,
    );
    expect(model?.trend.lines.map((l) => l.name)).toEqual(['Dalarnas län', 'Stockholms län']);
    expect(model?.trend.note).toBe(
      'Riket (summa av länen) visas inte: summan av alla län är inte på ett läns skala.',
    );
    expect(model?.trend.description).not.toContain('Riket');
    const en = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'antal_projekt' },
      'en',
      translator('en'),
    );
    expect(en?.trend.note).toBe(
      'Sweden (sum of the counties) is not shown: the sum of all counties is not on a county’s scale.',
    );
    // Riket itself in focus: its own sum is drawn, nothing left out.
    expect(
      buildIndicatorModel(
        dataset,
        LAN_SCOPE,
        { ...DEFAULT_URL_STATE, region: '00', indicator: 'antal_projekt' },
        'sv',
        t,
      )?.trend.note,
    ).toBeUndefined();
  });

  it('amounts and counts are drawn from 0; rates keep a fitted axis', () => {
    expect(
      buildIndicatorModel(
        dataset,
        LAN_SCOPE,
        { ...DEFAULT_URL_STATE, region: '20', indicator: 'antal_projekt' },
        'sv',
        t,
      )?.trend.zeroBased,
    ).toBe(true);
    expect(isAmount({ aggregation: 'mean', unit: { sv: '%' } })).toBe(false);
    expect(isAmount({ aggregation: 'mean', unit: { sv: 'nya företag per 1 000 invånare 16–64 år' } })).toBe(
      false,
    );
    expect(isAmount({ aggregation: 'mean', unit: { sv: 'tkr' } })).toBe(true);
    expect(isAmount({ aggregation: 'mean', unit: { sv: 'kr per kr' } })).toBe(false);
  });

  it('quarters judged against the annual target path say so; years need no note', () => {
    const quarterly = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande', granularity: 'quarter' },
      'sv',
      t,
    );
    expect(quarterly?.granularity).toBe('quarter');
    expect(quarterly?.statusNote).toContain('årsmål');
    expect(
      buildIndicatorModel(
        dataset,
        LAN_SCOPE,
        { ...DEFAULT_URL_STATE, region: '20', indicator: 'nyforetagande' },
        'sv',
        t,
      )?.statusNote,
    ).toBeUndefined();
  });
});
