import { describe, expect, it } from 'vitest';
import { aboutHeaders } from '../../src/components/about-columns';
import { tableToCsv } from '../../src/data/export/csv-export';
import { analyseHeader } from '../../src/data/cells/header-roles';
import { importFile } from '../../src/data/pipeline/import-file';
import { periodLongLabel } from '../../src/domain/period';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { num, text, withAboutColumns, type TableModel } from '../../src/domain/table';
import { translator } from '../../src/i18n/dictionary';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { buildIndicatorModel } from '../../src/views/indicator-model';
import { matrixAbout } from '../../src/views/summary/matrix-about';
import { storedRows } from '../support/import-helpers';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';

const t = translator('sv');
const HEADERS = aboutHeaders(t);

const table: TableModel = {
  caption: 'x',
  columns: [
    { header: 'Län', numeric: false },
    { header: 'Värde', numeric: true },
  ],
  rows: [[text('Dalarnas län'), num(8.6, 1)]],
  rowHeader: 0,
};

describe('withAboutColumns', () => {
  it('appends Period, Enhet, Källa and Not as columns, the same on every row', () => {
    const about = { source: 'SCB', unit: '%', period: '2024', note: 'Exempeldata (påhittad)' };
    const withAbout = withAboutColumns(table, about, HEADERS);
    expect(withAbout.columns.map((c) => c.header)).toEqual([
      'Län',
      'Värde',
      'Period',
      'Enhet',
      'Källa',
      'Not',
    ]);
    expect(withAbout.rows[0]?.slice(2)).toEqual([
      text('2024'),
      text('%'),
      text('SCB'),
      text('Exempeldata (påhittad)'),
    ]);
  });

  it('leaves out a column the table has, and the note when there is none', () => {
    const own = { ...table, columns: [...table.columns, { header: 'Period', numeric: false }] };
    const withAbout = withAboutColumns(own, { source: 'SCB', unit: '%', period: '2024' }, HEADERS);
    expect(withAbout.columns.map((c) => c.header)).toEqual(['Län', 'Värde', 'Period', 'Enhet', 'Källa']);
    expect(withAboutColumns(table, undefined, HEADERS)).toBe(table);
  });
});

describe('the Indikator view’s county table as CSV, read back by the app', () => {
  const dataset = datasetFrom({
    'indicators.json': SMALL_CATALOGUE,
    'observations.csv': [
      'region;indikator;period;värde',
      '00;nyforetagande;2024;10,4',
      '20;nyforetagande;2024;8,6',
      '01;nyforetagande;2024;14,25',
      '03;nyforetagande;2024;..',
      '23;nyforetagande;2024;-1,5',
    ].join('\n'),
  });

  it('the Jämför matrix says its cells’ unit and its indicators’ sources', () => {
    expect(matrixAbout(dataset, 'status', 'sv', t)).toEqual({
      source: 'observations.csv',
      unit: 'status mot målet',
    });
    expect(matrixAbout(dataset, 'rank', 'en', translator('en')).unit).toBe(
      'rank among the regions (1 = best)',
    );
  });

  it('gives back the same values for the same regions and period; Källa and Enhet are not read as values', () => {
    const model = buildIndicatorModel(
      dataset,
      LAN_SCOPE,
      { ...DEFAULT_URL_STATE, indicator: 'nyforetagande', region: '20' },
      'sv',
      t,
    );
    if (!model?.at) throw new Error('no model');
    const about = {
      source: model.sources.all,
      unit: 'nya företag per 1 000 invånare',
      period: periodLongLabel(model.at, 'sv'),
    };
    const csv = tableToCsv(withAboutColumns(model.table, about, HEADERS));
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFPlats;Län;Värde (nya företag per 1 000 invånare);Status;Period;Enhet;Källa',
    );

    const result = importFile('export.csv', new TextEncoder().encode(csv), { indicator: 'nyforetagande' });
    expect(result.rejected).toBe(0);
    expect(result.accepted).toBe(22);
    const back = new Map(storedRows(result).map((r) => [r.region, r]));
    expect([...back.values()].every((r) => r.period === '2024' && r.indicator === 'nyforetagande')).toBe(
      true,
    );
    expect(back.get('20')?.value).toBe(8.6);
    expect(back.get('01')?.value).toBe(14.25);
    expect(back.get('23')?.value).toBe(-1.5);
    expect(back.get('00')?.value).toBe(10.4);
    expect(back.get('03')).toMatchObject({ value: null, marker: '..' });
    // A county without a row in the data comes back missing, never 0.
    expect(back.get('25')).toMatchObject({ value: null });
    // The source and unit are described, not read as a value, a period or a region.
    const described = result.issues.find((i) => i.code === 'columns_constant_described');
    expect(described?.message.sv).toContain('”Enhet” = ”nya företag per 1 000 invånare”');
    expect(described?.message.sv).toContain('”Källa” = ”observations.csv”');
  });
});

describe('a value column with its unit in brackets', () => {
  it('is the value column, unless a column is named exactly so', () => {
    expect(analyseHeader(['Län', 'Period', 'Värde (%)']).roles.get('value')).toBe(2);
    expect(analyseHeader(['Län', 'Period', 'Värde (%)', 'Värde']).roles.get('value')).toBe(3);
    expect(analyseHeader(['Län', 'Period', 'Mått (%)']).roles.get('value')).toBeUndefined();
  });
});
