import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/data/export/csv-export';
import { translator } from '../../src/i18n/dictionary';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { buildOverviewModel, overviewTable } from '../../src/views/overview-model';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';

const t = translator('sv');
const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'obs.csv': [
    'region;indikator;period;värde',
    '00;nyforetagande;2024;10,4',
    '20;nyforetagande;2023;8,0',
    '20;nyforetagande;2024;8,6',
    '20;okand;2024;1',
  ].join('\n'),
  'targets.csv': 'region;indikator;period;mål;basår;baslinje\n20;nyforetagande;2030;12;2020;7',
});

describe('overviewTable', () => {
  const model = buildOverviewModel(dataset, LAN_SCOPE, '20', 'sv', t);
  const table = overviewTable(model, 'Helhetsbilden Dalarnas län', 'sv', t);

  it('has a row per indicator with data, catalogued ones by level first', () => {
    expect(table.rows.map((r) => (r[1]?.kind === 'text' ? r[1].text : ''))).toEqual([
      'Nyföretagande',
      'okand (saknas i katalogen)',
    ]);
  });

  it('holds the level, question, value, change, status, target and Riket of each', () => {
    const row = table.rows[0] ?? [];
    const cells = row.map((c) => (c.kind === 'text' ? c.text : c.value));
    expect(cells).toEqual([
      'Kortsiktiga effekter',
      'Nyföretagande',
      'Ökar nyföretagandet i länet?',
      8.6,
      'nya företag per 1 000 invånare',
      '2024',
      expect.closeTo(0.6, 9),
      'Risk att inte nå målet',
      12,
      '2030',
      10.4,
      'obs.csv',
    ]);
  });

  it('writes as CSV with decimal commas', () => {
    const csv = tableToCsv(table);
    expect(csv.split('\r\n')[1]).toBe(
      'Kortsiktiga effekter;Nyföretagande;Ökar nyföretagandet i länet?;8,6;nya företag per 1 000 invånare;2024;0,6;Risk att inte nå målet;12;2030;10,4;obs.csv',
    );
  });
});
