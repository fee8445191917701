import type { LineSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { RIKET_LOOK, SECOND_REFERENCE_LOOK } from '../../../src/charts/palette';
import { buildTrendOption } from '../../../src/charts/trend-option';
import { kommunScope, LAN_SCOPE, type RegionScope } from '../../../src/domain/region-scope';
import { translator } from '../../../src/i18n/dictionary';
import { DEFAULT_URL_STATE } from '../../../src/state/url-state';
import { indicatorsWithData } from '../../../src/views/indicator-list';
import {
  resolveIndicatorSelection,
  type IndicatorChoice,
} from '../../../src/views/panels/indicator-selection';
import type { PanelContext } from '../../../src/views/panels/panel-context';
import { buildTrendPanel } from '../../../src/views/panels/trend-panel';
import { datasetFrom } from '../../support/dataset-builder';
import { catalogueEntry, catalogueJson } from '../../support/view-catalogue';

// Falun and five more kommuner of Dalarna, Göteborg (Västra Götaland) and Umeå (Västerbotten); the
// county, Riket and Stockholms län; nyföretagande (a rate) by kön, antal projekt (a sum).
const rows = [
  ...['00;10;11', '20;7;8', '01;14;15', '2080;8,5;9', '2081;7;7,5', '2062;9;10', '2029;9,5;9', '2085;6;6,5'],
  ...['2084;6,1;6,6', '1480;11;12', '2480;10;10,5'],
].flatMap((r) => {
  const [region, v2022, v2023] = r.split(';');
  return [`${region};nyforetagande;2022;T;${v2022}`, `${region};nyforetagande;2023;T;${v2023}`];
});
const dataset = datasetFrom({
  'indicators.json': catalogueJson([
    catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' }),
    catalogueEntry('antal_projekt', { chainLevel: 'prestationer', aggregation: 'sum', decimals: 0 }),
  ]),
  'obs.csv': [
    'region;indikator;period;kön;värde',
    ...rows,
    '2080;nyforetagande;2023;K;7',
    '2080;nyforetagande;2023;M;11',
    '20;nyforetagande;2023;K;6',
    '20;nyforetagande;2023;M;10',
    '00;nyforetagande;2023;K;9',
    '00;nyforetagande;2023;M;13',
    '00;antal_projekt;2023;T;700',
    '20;antal_projekt;2023;T;40',
    '2080;antal_projekt;2023;T;9',
    '2081;antal_projekt;2023;T;6',
  ].join('\n'),
});
const t = translator('sv');

function trend(scope: RegionScope, id: string, choice: Partial<IndicatorChoice>) {
  const context: PanelContext = { dataset, scope, lang: 'sv', t };
  const listed = indicatorsWithData(dataset, t).find((l) => l.indicator.id === id);
  if (!listed) throw new Error(`no indicator ${id}`);
  const selection = resolveIndicatorSelection(context, listed, { ...DEFAULT_URL_STATE, ...choice });
  return { selection, panel: buildTrendPanel(context, selection, { from: undefined, to: undefined }) };
}
const DALARNA = kommunScope('20');
const looks = (lines: readonly { name: string; style: unknown; symbol: string; colour: string }[]) =>
  lines.map((l) => [l.name, l.colour, l.style, l.symbol]);

describe('buildTrendPanel: a kommun against its county and Riket', () => {
  it('a kommun in focus: the county as the first reference, Riket as the second, each its own look', () => {
    const { panel } = trend(DALARNA, 'nyforetagande', { region: '2080' });
    expect(looks(panel.input.lines)).toEqual([
      ['Falun', '#0072B2', 'solid', 'circle'],
      ['Dalarnas län', RIKET_LOOK.colour, 'dashed', RIKET_LOOK.symbol],
      ['Riket', SECOND_REFERENCE_LOOK.colour, SECOND_REFERENCE_LOOK.dash, SECOND_REFERENCE_LOOK.symbol],
    ]);
    expect(panel.input.lines.map((l) => l.points.map((p) => p.value))).toEqual([
      [8.5, 9],
      [7, 8],
      [10, 11],
    ]);
    expect(panel.input.description).toBe('Nyforetagande: Falun över tid, jämfört med Dalarnas län och Riket');
    expect(panel.regions).toEqual(['2080', '20', '00']);
  });

  it('among the län Riket stays the only reference, as before', () => {
    const { panel } = trend(LAN_SCOPE, 'nyforetagande', { region: '20' });
    expect(panel.input.lines.map((l) => l.name)).toEqual(['Dalarnas län', 'Riket']);
    expect(panel.input.lines[1]?.style).toBe('dashed');
    expect(panel.input.description).toBe('Nyforetagande: Dalarnas län över tid, jämfört med riket');
  });

  it('the county in focus among its kommuner: Riket is its reference, in Riket’s second look', () => {
    const { panel } = trend(DALARNA, 'nyforetagande', { region: '20', compare: ['2080'] });
    expect(looks(panel.input.lines).map(([name, , style]) => [name, style])).toEqual([
      ['Dalarnas län', 'solid'],
      ['Falun', [12, 4]],
      ['Riket', SECOND_REFERENCE_LOOK.dash],
    ]);
  });

  it('a reference chosen to compare keeps its look and is drawn once', () => {
    const { panel } = trend(DALARNA, 'nyforetagande', { region: '2080', compare: ['00', '2062'] });
    expect(looks(panel.input.lines).map(([name, , style]) => [name, style])).toEqual([
      ['Falun', 'solid'],
      ['Riket', SECOND_REFERENCE_LOOK.dash],
      ['Mora', [12, 4]],
      ['Dalarnas län', 'dashed'],
    ]);
  });

  it('by kön, Riket’s men’s line keeps its drawn marker and differs from the county’s', () => {
    const { panel } = trend(DALARNA, 'nyforetagande', { region: '2080', gender: 'KM' });
    const men = panel.input.lines.filter((l) => l.name.endsWith('män') && !l.name.endsWith('kvinnor'));
    expect(men.map((l) => [l.name, l.colour, l.symbol])).toEqual([
      ['Falun, män', '#0072B2', 'emptyCircle'],
      ['Dalarnas län, män', RIKET_LOOK.colour, 'emptyRect'],
      ['Riket, män', SECOND_REFERENCE_LOOK.colour, SECOND_REFERENCE_LOOK.symbol],
    ]);
  });
});

describe('buildTrendPanel: kommuner of any county', () => {
  it('keeps compared kommuner of other counties, but no other län, among a county’s kommuner', () => {
    const { selection, panel } = trend(DALARNA, 'nyforetagande', {
      region: '2080',
      compare: ['1480', '01', '2480'],
    });
    expect(selection.compare).toEqual(['1480', '2480']);
    expect(panel.input.lines.map((l) => l.name)).toEqual([
      'Falun',
      'Göteborg',
      'Umeå',
      'Dalarnas län',
      'Riket',
    ]);
    expect(panel.input.lines[1]?.points.map((p) => p.value)).toEqual([11, 12]);
  });

  it('among the län a kommun is not compared', () => {
    expect(
      trend(LAN_SCOPE, 'nyforetagande', { region: '20', compare: ['2080', '01'] }).selection.compare,
    ).toEqual(['01']);
  });

  it('six compared kommuner, the county and Riket: nine lines, no two alike in dash or marker', () => {
    const { panel } = trend(DALARNA, 'nyforetagande', {
      region: '2080',
      compare: ['2081', '2062', '2029', '2085', '1480', '2480'],
    });
    const series = (buildTrendOption(panel.input).series as LineSeriesOption[]).filter(
      (s) => s.type === 'line',
    );
    expect(series.map((s) => s.name)).toEqual([
      'Falun',
      'Borlänge',
      'Mora',
      'Leksand',
      'Ludvika',
      'Göteborg',
      'Umeå',
      'Dalarnas län',
      'Riket',
    ]);
    expect(new Set(series.map((s) => JSON.stringify(s.lineStyle?.type))).size).toBe(9);
    expect(new Set(series.map((s) => s.symbol)).size).toBe(9);
    expect(new Set(series.map((s) => s.lineStyle?.color)).size).toBe(9);
  });
});

describe('buildTrendPanel: a sum is not drawn on a smaller region’s scale', () => {
  it('a kommun: the county and Riket are left out, even when chosen, and the chart names both', () => {
    const { panel } = trend(DALARNA, 'antal_projekt', { region: '2080', compare: ['20', '00', '2081'] });
    expect(panel.input.lines.map((l) => l.name)).toEqual(['Falun', 'Borlänge']);
    expect(panel.input.note).toBe(
      'Dalarnas län (summa av kommunerna) och Riket (summa av länen) visas inte: summorna är inte på en kommuns skala.',
    );
    expect(panel.regions).toEqual(['2080', '2081']);
  });

  it('the county among its kommuner: Riket is left out, and the chart says so', () => {
    const { panel } = trend(DALARNA, 'antal_projekt', { region: '20' });
    expect(panel.input.lines.map((l) => l.name)).toEqual(['Dalarnas län']);
    expect(panel.input.note).toContain('Riket (summa av länen) visas inte');
  });
});
