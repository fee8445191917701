import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import { observations } from '../../src/data/columns/observation-store';

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value, null, 1));
const rows = (r: ImportResult) =>
  [...observations(r.observations)].map((o) => [
    o.region,
    o.indicator,
    o.period,
    o.gender,
    o.value,
    o.marker,
  ]);
const codes = (r: ImportResult) => r.issues.map((i) => i.code);
const balanced = (r: ImportResult) => r.accepted + r.rejected + r.skipped === r.records;

describe('Kolada API JSON', () => {
  it('v2: one observation per kpi, region, period and gender; a null value keeps its status', () => {
    const result = importFile(
      'kolada.json',
      encode({
        count: 2,
        values: [
          {
            kpi: 'N00999',
            municipality: '0020',
            period: 2022,
            values: [
              { gender: 'T', status: '', value: 7.9, count: 1 },
              { gender: 'K', status: 'Missing', value: null, count: 0 },
            ],
          },
          {
            kpi: 'N00999',
            municipality: '2080',
            period: 2022,
            values: [{ gender: 'T', status: '', value: 8.4, count: 1 }],
          },
        ],
        next_page: null,
      }),
    );
    expect(result.format).toBe('kolada-json');
    expect(rows(result)).toEqual([
      ['20', 'N00999', '2022', 'T', 7.9, null],
      ['20', 'N00999', '2022', 'K', null, 'Missing'],
      ['2080', 'N00999', '2022', 'T', 8.4, null],
    ]);
    expect(balanced(result)).toBe(true);
  });

  it('v3: municipality_id, string periods, and a note that more pages follow', () => {
    const result = importFile(
      'page1.json',
      encode({
        count: 1,
        values: [
          { kpi: 'N01951', municipality_id: '0000', period: '2023', values: [{ gender: 'T', value: 10.2 }] },
        ],
        next_url: 'https://api.kolada.se/v3/data/kpi/N01951?page=2',
      }),
    );
    expect(rows(result)).toEqual([['00', 'N01951', '2023', 'T', 10.2, null]]);
    expect(codes(result)).toEqual(['kolada_more_pages']);
  });

  it('rejects values for unknown regions, naming the entry, and keeps the rest', () => {
    const result = importFile(
      'k.json',
      encode({
        count: 2,
        values: [
          {
            kpi: 'A',
            municipality: '0099',
            period: 2022,
            values: [
              { gender: 'T', value: 1 },
              { gender: 'K', value: 2 },
            ],
          },
          {
            kpi: 'A',
            municipality: '0001',
            period: 2022,
            values: [
              { gender: 'X', value: 3 },
              { gender: 'T', value: 4 },
            ],
          },
        ],
      }),
    );
    expect([result.accepted, result.rejected]).toEqual([1, 3]);
    expect(codes(result)).toEqual(['region_unknown', 'gender_invalid']);
    expect(balanced(result)).toBe(true);
  });
});

function dataset(extra: Record<string, unknown>) {
  return { version: '2.0', class: 'dataset', label: 'Sysselsättning', ...extra };
}

describe('JSON-stat 2.0', () => {
  it('reads value row-major over id, whatever the dimension order', () => {
    const result = importFile(
      's.json',
      encode(
        dataset({
          id: ['Tid', 'Region', 'ContentsCode'],
          size: [2, 2, 1],
          role: { time: ['Tid'], metric: ['ContentsCode'] },
          dimension: {
            Tid: { category: { index: ['2021', '2022'] } },
            Region: {
              category: {
                index: { '01': 0, '20': 1 },
                label: { '01': 'Stockholms län', '20': 'Dalarnas län' },
              },
            },
            ContentsCode: {
              category: {
                index: { SYSG: 0 },
                label: { SYSG: 'Sysselsättningsgrad, procent' },
                unit: { SYSG: { base: 'procent', decimals: 1 } },
              },
            },
          },
          // Tid 2021: 01, 20; Tid 2022: 01, 20.
          value: [81.2, 78.3, 82.0, null],
          status: { '3': '..' },
        }),
      ),
    );
    expect(result.format).toBe('jsonstat');
    expect(rows(result)).toEqual([
      ['01', 'SYSG', '2021', 'T', 81.2, null],
      ['20', 'SYSG', '2021', 'T', 78.3, null],
      ['01', 'SYSG', '2022', 'T', 82, null],
      ['20', 'SYSG', '2022', 'T', null, '..'],
    ]);
    expect(result.labels).toEqual([
      { id: 'SYSG', name: 'Sysselsättningsgrad, procent', unit: 'procent', decimals: 1 },
    ]);
  });

  it('reads sparse value and status objects, and SCB’s kön codes', () => {
    const result = importFile(
      's.json',
      encode(
        dataset({
          id: ['Region', 'Kon', 'Tid'],
          size: [1, 3, 1],
          dimension: {
            Region: { category: { index: { '0180': 0 } } },
            Kon: { label: 'kön', category: { index: { '1': 0, '2': 1, '1+2': 2 } } },
            Tid: { category: { index: { '2023K1': 0 } } },
          },
          value: { '0': 5.1, '2': 5.0 },
          status: { '1': '.' },
        }),
      ),
    );
    expect(rows(result)).toEqual([
      ['0180', 'Sysselsättning', '2023-Q1', 'M', 5.1, null],
      ['0180', 'Sysselsättning', '2023-Q1', 'K', null, '.'],
      ['0180', 'Sysselsättning', '2023-Q1', 'T', 5, null],
    ]);
  });

  it('puts a further dimension into the indicator id and says so', () => {
    const result = importFile(
      's.json',
      encode(
        dataset({
          id: ['Region', 'Alder', 'ContentsCode', 'Tid'],
          size: [1, 2, 1, 1],
          role: { time: ['Tid'], metric: ['ContentsCode'] },
          dimension: {
            Region: { category: { index: ['00'] } },
            Alder: {
              label: 'ålder',
              category: { index: ['20-64', '16-19'], label: { '20-64': '20–64 år', '16-19': '16–19 år' } },
            },
            ContentsCode: { category: { index: ['AKU'], label: { AKU: 'Arbetslöshet' } } },
            Tid: { category: { index: ['2024'] } },
          },
          value: [6.5, 20.1],
        }),
      ),
    );
    expect(rows(result).map((r) => [r[1], r[4]])).toEqual([
      ['AKU__20-64', 6.5],
      ['AKU__16-19', 20.1],
    ]);
    expect(result.labels.map((l) => l.name)).toEqual(['Arbetslöshet, 20–64 år', 'Arbetslöshet, 16–19 år']);
    expect(codes(result)).toContain('jsonstat_dimension');
  });

  it('refuses a value array of the wrong length, and a dataset without a time dimension', () => {
    const wrongLength = importFile(
      's.json',
      encode(
        dataset({
          id: ['Region', 'Tid'],
          size: [1, 2],
          dimension: {
            Region: { category: { index: ['01'] } },
            Tid: { category: { index: ['2020', '2021'] } },
          },
          value: [1],
        }),
      ),
    );
    expect(codes(wrongLength)).toEqual(['jsonstat_invalid']);
    const noTime = importFile(
      's.json',
      encode(
        dataset({
          id: ['Region'],
          size: [1],
          dimension: { Region: { category: { index: ['01'] } } },
          value: [1],
        }),
      ),
    );
    expect(codes(noTime)).toEqual(['jsonstat_invalid']);
  });
});
