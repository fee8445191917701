import { describe, expect, it } from 'vitest';
import { rankEntries } from '../../../src/domain/ranking';
import { kommunScope, LAN_SCOPE, type RegionScope } from '../../../src/domain/region-scope';
import { translator } from '../../../src/i18n/dictionary';
import { DEFAULT_URL_STATE } from '../../../src/state/url-state';
import { indicatorsWithData } from '../../../src/views/indicator-list';
import { buildCrossSection } from '../../../src/views/panels/cross-section';
import {
  resolveIndicatorSelection,
  type IndicatorChoice,
  type IndicatorSelection,
} from '../../../src/views/panels/indicator-selection';
import { buildMapPanel } from '../../../src/views/panels/map-panel';
import type { PanelContext } from '../../../src/views/panels/panel-context';
import { buildRankingPanel } from '../../../src/views/panels/ranking-panel';
import { buildRegionTablePanel } from '../../../src/views/panels/region-table-panel';
import { buildTrendPanel } from '../../../src/views/panels/trend-panel';
import { datasetFrom } from '../../support/dataset-builder';
import { catalogueEntry, catalogueJson, observationsCsv, targetsCsv } from '../../support/view-catalogue';

const dataset = datasetFrom({
  'indicators.json': catalogueJson([
    catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' }),
    catalogueEntry('antal_projekt', { chainLevel: 'prestationer', aggregation: 'sum', decimals: 0 }),
  ]),
  'obs.csv': observationsCsv([
    '00;nyforetagande;2022;10',
    '00;nyforetagande;2023;11',
    '20;nyforetagande;2022;7',
    '20;nyforetagande;2023;8',
    '01;nyforetagande;2023;14',
    '12;nyforetagande;2023;12',
    '25;nyforetagande;2022;6',
    // Dalarna's kommuner: the kommun scope compares these, against the county.
    '2080;nyforetagande;2023;9',
    '2081;nyforetagande;2023;7,5',
    '2062;nyforetagande;2023;10',
    '00;antal_projekt;2023;700',
    '20;antal_projekt;2023;40',
    '01;antal_projekt;2023;90',
  ]),
  'targets.csv': targetsCsv(['20;nyforetagande;2030;11;2020;7']),
});
const t = translator('sv');
const lanContext: PanelContext = { dataset, scope: LAN_SCOPE, lang: 'sv', t };

function select(
  context: PanelContext,
  id: string,
  choice: Partial<IndicatorChoice> = {},
): IndicatorSelection {
  const listed = indicatorsWithData(dataset, t).find((l) => l.indicator.id === id);
  if (!listed) throw new Error(`no indicator ${id}`);
  return resolveIndicatorSelection(context, listed, { ...DEFAULT_URL_STATE, ...choice });
}

function panels(scope: RegionScope, id: string, choice: Partial<IndicatorChoice>, at?: string) {
  const context: PanelContext = { ...lanContext, scope };
  const selection = select(context, id, choice);
  const trend = buildTrendPanel(context, selection, { from: undefined, to: undefined });
  const section = buildCrossSection(context, selection, at, trend.periods);
  const ranking = buildRankingPanel(context, selection, section);
  const map = buildMapPanel(context, selection, section, 'status');
  const table = buildRegionTablePanel(context, selection, section, { ranking, map });
  return { selection, trend, section, ranking, map, table };
}

describe('resolveIndicatorSelection: a region outside the scope falls back to its reference', () => {
  it('in the län scope a kommun is not a focus or a compared region', () => {
    const s = select(lanContext, 'nyforetagande', { region: '2080', compare: ['01', '2081', '20'] });
    expect(s.focus.code).toBe('00');
    expect(s.compare).toEqual(['01', '20']);
  });

  it('in the kommun scope within Dalarna the county and its kommuner are choosable, other län not', () => {
    const s = select({ ...lanContext, scope: kommunScope('20') }, 'nyforetagande', {
      region: '2080',
      compare: ['01', '2081', '20', '2080'],
    });
    expect(s.focus.code).toBe('2080');
    expect(s.compare).toEqual(['2081', '20']);
  });
});

describe('buildTrendPanel', () => {
  it('the focus, then the compared regions, then the reference as the dashed line', () => {
    const { trend } = panels(LAN_SCOPE, 'nyforetagande', { region: '20', compare: ['01'] });
    expect(trend.input.lines.map((l) => [l.name, l.points.map((p) => p.value), l.style])).toEqual([
      ['Dalarnas län', [7, 8], 'solid'],
      ['Stockholms län', [14], [12, 4]],
      ['Riket', [10, 11], 'dashed'],
    ]);
    expect(trend.periods.map((p) => p.year)).toEqual([2022, 2023]);
    expect(trend.input.lines[0]?.path.length).toBeGreaterThan(0);
  });

  it('within Dalarna the county is the reference line beside a kommun, and Riket the second', () => {
    const { trend } = panels(kommunScope('20'), 'nyforetagande', { region: '2080', compare: ['2062'] });
    expect(trend.input.lines.map((l) => [l.name, l.points.map((p) => p.value), l.style])).toEqual([
      ['Falun', [9], 'solid'],
      ['Mora', [10], [12, 4]],
      ['Dalarnas län', [7, 8], 'dashed'],
      ['Riket', [10, 11], [5, 2]],
    ]);
  });

  it('a sum leaves the reference out and says so', () => {
    const { trend } = panels(LAN_SCOPE, 'antal_projekt', { region: '20' });
    expect(trend.input.lines.map((l) => l.name)).toEqual(['Dalarnas län']);
    expect(trend.input.note).toContain('Riket (summa av länen) visas inte');
    expect(trend.input.zeroBased).toBe(true);
  });
});

describe('buildRankingPanel, buildMapPanel and buildRegionTablePanel: one period across the scope', () => {
  it('the län scope: the 21 län at the latest period they have, Riket as the reference', () => {
    const { section, ranking, map } = panels(LAN_SCOPE, 'nyforetagande', { region: '20', compare: ['00'] });
    expect(section.at?.year).toBe(2023);
    expect(ranking.entries).toHaveLength(21);
    expect(map.entries).toHaveLength(21);
    expect(rankEntries(ranking.entries, ranking.direction).filter((e) => e.value !== null)).toMatchObject([
      { code: '01', value: 14, rank: 1 },
      { code: '12', value: 12, rank: 2 },
      { code: '20', value: 8, rank: 3 },
    ]);
    expect(ranking.riket).toEqual({ name: 'Riket', value: 11 });
    // Riket is the reference, never marked as a compared region.
    expect(ranking.selected).toEqual(['20']);
    expect(map.selected).toEqual(['20']);
    // Dalarna's path 7 (2020) → 11 (2030) expects 8,2 in 2023: 8 is close enough to be at risk.
    expect(map.entries.find((e) => e.code === '20')?.status).toBe('at_risk');
    expect(map.entries.find((e) => e.code === '01')?.status).toBe('no_target');
    expect(map.entries.find((e) => e.code === '25')).toMatchObject({ value: null, status: 'no_target' });
  });

  it('a chosen period the lines have is kept; one they lack falls back to the latest', () => {
    expect(panels(LAN_SCOPE, 'nyforetagande', { region: '20' }, '2022').section.at?.year).toBe(2022);
    const earlier = panels(LAN_SCOPE, 'nyforetagande', { region: '20' }, '2022');
    expect(earlier.ranking.entries.filter((e) => e.value !== null).map((e) => [e.code, e.value])).toEqual([
      ['20', 7],
      ['25', 6],
    ]);
    expect(panels(LAN_SCOPE, 'nyforetagande', { region: '20' }, '2019').section.at?.year).toBe(2023);
  });

  it('the table: the ranked län with rank, value and status, Riket last', () => {
    const { table } = panels(LAN_SCOPE, 'nyforetagande', { region: '20' });
    expect(table.columns.map((c) => c.header)).toEqual(['Plats', 'Län', 'Värde (antal)', 'Status']);
    expect(table.rows).toHaveLength(22);
    const names = table.rows.map((r) => (r[1]?.kind === 'text' ? r[1].text : ''));
    expect(names.slice(0, 3)).toEqual(['Stockholms län', 'Skåne län', 'Dalarnas län']);
    expect(names[21]).toBe('Riket');
    expect(table.rows[2]?.[3]).toEqual({ kind: 'text', text: t('statusAt_risk') });
  });

  it('a sum: no reference in the ranking or the table', () => {
    const { ranking, table } = panels(LAN_SCOPE, 'antal_projekt', { region: '20' });
    expect(ranking.riket).toBeUndefined();
    expect(table.rows).toHaveLength(21);
  });

  it('the kommun scope within Dalarna: its 15 kommuner, the county as the reference', () => {
    const { section, ranking, map, table } = panels(kommunScope('20'), 'nyforetagande', { region: '2080' });
    expect(section.at?.year).toBe(2023);
    expect(ranking.entries).toHaveLength(15);
    expect(map.entries.map((e) => e.code)).toEqual(ranking.entries.map((e) => e.code));
    expect(rankEntries(ranking.entries, ranking.direction).filter((e) => e.value !== null)).toMatchObject([
      { name: 'Mora', value: 10, rank: 1 },
      { name: 'Falun', value: 9, rank: 2 },
      { name: 'Borlänge', value: 7.5, rank: 3 },
    ]);
    expect(ranking.riket).toEqual({ name: 'Dalarnas län', value: 8 });
    expect(ranking.selected).toEqual(['2080']);
    expect(table.rows).toHaveLength(16);
  });
});
