import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset/build-dataset';
import { KOMMUN_SUM_SOURCE } from '../../src/data/dataset/kommun-sums';
import { querySeries, rowFiles } from '../../src/data/dataset/store-query';
import { importFile } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import { countyFromKommuner, kommunCodesOf } from '../../src/domain/county-from-kommuner';
import type { Gender } from '../../src/domain/gender';
import { datasetFrom } from '../support/dataset-builder';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A file of the app's example data (invented): its result marked as such. */
function exampleFile(name: string, text: string): ImportResult {
  return { ...importFile(name, bytes(text)), example: true };
}

/** A sum (antal_projekt) and a share (andel) — the share is never summed, nor averaged. */
const CATALOGUE = JSON.stringify({
  indicators: [
    {
      id: 'antal_projekt',
      name: { sv: 'Antal projekt', en: 'Number of projects' },
      unit: { sv: 'antal', en: 'number' },
      chainLevel: 'prestationer',
      direction: 'higher_is_better',
      question: { kind: 'process', sv: 'Hur många?', en: 'How many?' },
      source: 'Testdata',
      decimals: 0,
      aggregation: 'sum',
    },
    {
      id: 'andel',
      name: { sv: 'Andel', en: 'Share' },
      unit: { sv: 'procent', en: 'per cent' },
      chainLevel: 'utfall',
      direction: 'higher_is_better',
      question: { kind: 'process', sv: 'Hur stor?', en: 'How large?' },
      source: 'Testdata',
      decimals: 1,
    },
  ],
});

/** Blekinge's five kommuner: 1060 Olofström, 1080 Karlskrona, 1081 Ronneby, 1082 Karlshamn, 1083 Sölvesborg. */
const BLEKINGE = kommunCodesOf('10');
const HEAD = 'region;indikator;period;kön;värde';
const rows = (indicator: string, period: string, gender: Gender, values: readonly string[]): string[] =>
  BLEKINGE.map((code, k) => `${code};${indicator};${period};${gender};${values[k] ?? ''}`);

const series = (
  dataset: ReturnType<typeof datasetFrom>,
  indicator: string,
  region = '10',
  gender: Gender = 'T',
) =>
  querySeries(dataset, { indicator, region, gender, granularity: 'year' }).map((p) => [
    p.period.year,
    p.value,
    p.marker,
  ]);

describe('a county value made from its kommuner', () => {
  it('is the sum of every kommun’s number for a sum, said as computed', () => {
    const dataset = datasetFrom({
      'indicators.json': CATALOGUE,
      'kommuner.csv': [HEAD, ...rows('antal_projekt', '2024', 'T', ['3', '12', '5', '7', '2'])].join('\n'),
    });
    expect(BLEKINGE).toEqual(['1060', '1080', '1081', '1082', '1083']);
    expect(series(dataset, 'antal_projekt')).toEqual([[2024, 29, null]]);
    expect(rowFiles(dataset, 'antal_projekt', ['10'])).toEqual([KOMMUN_SUM_SOURCE]);
    // The same value the domain's rule gives.
    const values = new Map(BLEKINGE.map((code, k) => [code, [3, 12, 5, 7, 2][k] ?? null]));
    expect(countyFromKommuner('sum', '10', values)).toEqual({ ok: true, value: 29, kommuner: 5 });
    // No note: nothing is missing.
    const report = dataset.reports.find((r) => r.file === 'kommuner.csv');
    expect(report?.issues.filter((i) => i.code === 'county_sum_incomplete')).toEqual([]);
  });

  it('never replaces a county value a file gives — a number or a marker, in the same file or another', () => {
    const dataset = datasetFrom({
      'indicators.json': CATALOGUE,
      'kommuner.csv': [
        HEAD,
        ...rows('antal_projekt', '2023', 'T', ['1', '1', '1', '1', '1']),
        ...rows('antal_projekt', '2024', 'T', ['3', '12', '5', '7', '2']),
        ...rows('antal_projekt', '2025', 'T', ['1', '2', '3', '4', '5']),
        '10;antal_projekt;2025;T;..',
      ].join('\n'),
      'lan.csv': [HEAD, '10;antal_projekt;2024;T;30'].join('\n'),
    });
    expect(series(dataset, 'antal_projekt')).toEqual([
      [2023, 5, null],
      [2024, 30, null],
      [2025, null, '..'],
    ]);
    // One row per period: the file's county rows and one computed (2023).
    expect(rowFiles(dataset, 'antal_projekt', ['10']).sort()).toEqual(
      ['kommuner.csv', 'lan.csv', KOMMUN_SUM_SOURCE].sort(),
    );
  });

  it('the example data’s county value wins too', () => {
    const dataset = buildDataset([
      importFile('indicators.json', bytes(CATALOGUE)),
      exampleFile(
        'exempel.csv',
        [
          HEAD,
          ...rows('antal_projekt', '2024', 'T', ['3', '12', '5', '7', '2']),
          '10;antal_projekt;2024;T;31',
        ].join('\n'),
      ),
    ]);
    expect(series(dataset, 'antal_projekt')).toEqual([[2024, 31, null]]);
    expect(rowFiles(dataset, 'antal_projekt', ['10'])).toEqual(['exempel.csv']);
  });

  it('gives way for the example’s invented county series when the user’s own files give every kommun', () => {
    const dataset = buildDataset([
      importFile('indicators.json', bytes(CATALOGUE)),
      exampleFile(
        'exempel.csv',
        [HEAD, '10;antal_projekt;2023;T;40', '10;antal_projekt;2024;T;31', '12;antal_projekt;2024;T;90'].join(
          '\n',
        ),
      ),
      exampleFile('exempel-mal.csv', 'region;indikator;period;mål\n10;antal_projekt;2030;50\n'),
      importFile(
        'egna.csv',
        bytes([HEAD, ...rows('antal_projekt', '2024', 'T', ['3', '12', '5', '7', '2'])].join('\n')),
      ),
    ]);
    // The whole invented series gives way (2023 too): no invented year beside the real sum.
    expect(series(dataset, 'antal_projekt')).toEqual([[2024, 29, null]]);
    expect(series(dataset, 'antal_projekt', '12')).toEqual([[2024, 90, null]]);
    expect(dataset.targets.filter((t) => t.region === '10')).toEqual([]);
    const example = dataset.reports.find((r) => r.file === 'exempel.csv');
    expect(example?.issues.find((i) => i.code === 'example_county_gives_way')?.message.sv).toContain(
      '2 rader',
    );
    expect(example?.accepted).toBe(1);
  });

  it('is never made of invented and real kommun values together', () => {
    const dataset = buildDataset([
      importFile('indicators.json', bytes(CATALOGUE)),
      exampleFile(
        'exempel.csv',
        [HEAD, ...rows('antal_projekt', '2024', 'T', ['1', '1', '1', '1', '1'])].join('\n'),
      ),
      importFile('egna.csv', bytes([HEAD, '1060;antal_projekt;2024;T;3'].join('\n'))),
    ]);
    expect(series(dataset, 'antal_projekt', '1060')).toEqual([[2024, 3, null]]);
    expect(series(dataset, 'antal_projekt')).toEqual([]);
  });

  it('is not made when one kommun lacks a number, and the file says why', () => {
    const dataset = datasetFrom({
      'indicators.json': CATALOGUE,
      'kommuner.csv': [
        HEAD,
        ...rows('antal_projekt', '2023', 'T', ['3', '12', '5', '7', '..']),
        ...rows('antal_projekt', '2024', 'T', ['3', '12', '5', '7']).slice(0, 4),
      ].join('\n'),
    });
    expect(series(dataset, 'antal_projekt')).toEqual([]);
    expect(rowFiles(dataset, 'antal_projekt', ['10'])).toEqual([]);
    const notes = dataset.reports
      .find((r) => r.file === 'kommuner.csv')
      ?.issues.filter((i) => i.code === 'county_sum_incomplete');
    expect(notes).toHaveLength(1);
    expect(notes?.[0]?.severity).toBe('info');
    expect(notes?.[0]?.message.sv).toBe(
      'Blekinge läns värde för Antal projekt 2024 räknas inte ut av kommunerna: 1 av 5 kommuner saknar värde (en summa av kommunerna görs bara när varje kommun i länet har ett värde). Samma gäller 1 annan period eller annat kön.',
    );
    expect(notes?.[0]?.message.en).toContain('1 of 5 municipalities have no value');
  });

  it('is never made for a share, even with every kommun present', () => {
    const dataset = datasetFrom({
      'indicators.json': CATALOGUE,
      'kommuner.csv': [HEAD, ...rows('andel', '2024', 'T', ['30', '40', '50', '60', '70'])].join('\n'),
    });
    expect(series(dataset, 'andel')).toEqual([]);
    expect(
      dataset.reports.flatMap((r) => r.issues).filter((i) => i.code === 'county_sum_incomplete'),
    ).toEqual([]);
  });

  it('is never made for an indicator no file defines (its aggregation is unknown)', () => {
    const dataset = datasetFrom({
      'kommuner.csv': [HEAD, ...rows('okand', '2024', 'T', ['1', '2', '3', '4', '5'])].join('\n'),
    });
    expect(series(dataset, 'okand')).toEqual([]);
  });

  it('is made per kön: women and men apart from the total', () => {
    const dataset = datasetFrom({
      'indicators.json': CATALOGUE,
      'kommuner.csv': [
        HEAD,
        ...rows('antal_projekt', '2024', 'K', ['1', '2', '3', '4', '5']),
        ...rows('antal_projekt', '2024', 'M', ['1', '2', '3', '4']).slice(0, 4),
        ...rows('antal_projekt', '2024', 'T', ['2', '4', '6', '8', '10']),
      ].join('\n'),
    });
    expect(series(dataset, 'antal_projekt', '10', 'K')).toEqual([[2024, 15, null]]);
    expect(series(dataset, 'antal_projekt', '10', 'M')).toEqual([]);
    expect(series(dataset, 'antal_projekt', '10', 'T')).toEqual([[2024, 30, null]]);
    const note = dataset.reports
      .find((r) => r.file === 'kommuner.csv')
      ?.issues.find((i) => i.code === 'county_sum_incomplete');
    expect(note?.message.sv).toContain('Antal projekt 2024 (M)');
  });

  it('takes a later file’s replacement of a kommun value, not the replaced one', () => {
    const dataset = datasetFrom({
      'indicators.json': CATALOGUE,
      'kommuner.csv': [HEAD, ...rows('antal_projekt', '2024', 'T', ['3', '12', '5', '7', '2'])].join('\n'),
      'rattelse.csv': [HEAD, '1083;antal_projekt;2024;T;20'].join('\n'),
    });
    expect(series(dataset, 'antal_projekt')).toEqual([[2024, 47, null]]);
  });
});
