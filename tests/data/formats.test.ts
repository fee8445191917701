import { describe, expect, it } from 'vitest';
import { fileHead } from '../../src/data/import/file-head';
import { failedResult, importResult } from '../../src/data/import/import-outcome';
import { isBalanced } from '../../src/data/import/import-result';
import { emptyOutcome, readerContext, settledColumns, type FormatReader } from '../../src/data/import/reader';
import { FORMATS, formatOf } from '../../src/data/pipeline/formats';
import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const KOLADA = JSON.stringify({
  count: 1,
  values: [{ kpi: 'N01', municipality: '0001', period: 2023, values: [{ gender: 'T', value: 1.5 }] }],
});
const JSONSTAT = JSON.stringify({
  id: ['Region', 'Tid'],
  size: [1, 1],
  dimension: { Region: { category: { index: ['01'] } }, Tid: { category: { index: ['2023'] } } },
  value: [3],
});
const CATALOGUE = JSON.stringify({ indicators: [] });
const LONG_CSV = 'region;indikator;period;värde\n01;a;2023;1,5\n';

/** Sample heads, each with the reader the registry must choose for it. */
const SAMPLES: readonly (readonly [string, string, Uint8Array])[] = [
  ['xls', 'gammal.xls', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
  ['xlsx', 'bok.xlsx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
  ['xlsx', 'bok.csv', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
  ['empty', 'tom.json', new Uint8Array()],
  ['empty', 'tom.csv', new Uint8Array()],
  ['kolada-json', 'kolada.json', bytes(KOLADA)],
  ['kolada-json', 'kolada.txt', bytes(KOLADA)],
  ['jsonstat', 'scb.json', bytes(JSONSTAT)],
  ['jsonstat', 'scb.json', bytes(JSON.stringify({ dataset: JSON.parse(JSONSTAT) as unknown }))],
  ['canonical-json', 'indikatorer.json', bytes(CATALOGUE)],
  ['canonical-json', 'trasig.json', bytes('{"observations": [')],
  ['canonical-json', 'lista.txt', bytes('\uFEFF  [1, 2]')],
  ['canonical-json', 'blank.json', bytes('   \n')],
  ['canonical-json', 'data.json', bytes(LONG_CSV)],
  ['csv', 'data.csv', bytes(LONG_CSV)],
  ['csv', 'data.tsv', bytes('region\tindikator\tperiod\tvärde\n01\ta\t2023\t1\n')],
  ['csv', 'blank.csv', bytes('\n\n')],
];

describe('the format registry', () => {
  it('asks the formats in one order: binary signatures, the empty file, JSON variants, then text', () => {
    expect(FORMATS.map((f) => f.format)).toEqual([
      'xls',
      'xlsx',
      'empty',
      'kolada-json',
      'jsonstat',
      'canonical-json',
      'csv',
    ]);
  });

  it.each(SAMPLES)('chooses %s for %s', (format, name, data) => {
    expect(formatOf(fileHead(name, data)).format).toBe(format);
  });

  it('gives the file to the first format that knows it', () => {
    const claimsAll = (format: string): FormatReader => ({
      format,
      sniff: () => true,
      read: () => emptyOutcome('unknown', undefined),
    });
    const head = fileHead('a.csv', bytes(LONG_CSV));
    expect(formatOf(head, [claimsAll('first'), claimsAll('second')]).format).toBe('first');
    expect(formatOf(head, [...FORMATS.slice(0, -1), claimsAll('last')]).format).toBe('last');
  });

  it('the result names the format the chosen reader read', async () => {
    const formats = await Promise.all(SAMPLES.map(([, name, data]) => importFileAsync(name, data)));
    expect(formats.map((r) => r.format)).toEqual([
      'xlsx',
      'xlsx',
      'xlsx',
      'unknown',
      'unknown',
      'kolada-json',
      'kolada-json',
      'jsonstat',
      'jsonstat',
      'canonical-json',
      'canonical-json',
      'canonical-json',
      'canonical-json',
      'canonical-json',
      'long-csv',
      'long-csv',
      'long-csv',
    ]);
  });
});

describe('a reader outcome becomes an import result', () => {
  it('keeps accepted + rejected + skipped = records for every format', async () => {
    for (const [, name, data] of SAMPLES) {
      expect(isBalanced(importFile(name, data)), name).toBe(true);
      expect(isBalanced(await importFileAsync(name, data)), name).toBe(true);
    }
  });

  it("takes the counts and the issues from the reader's context", () => {
    const context = readerContext('toy.txt', {});
    const builder = context.columns(4);
    const file = builder.fileCode('toy.txt');
    builder.push(0, builder.indicatorCode('a'), 2023, 0, 1, 0, 1, file);
    builder.push(0, builder.indicatorCode('a'), 2023, 0, 1, 0, 2, file);
    builder.push(0, builder.indicatorCode('a'), 2023, 0, 2, 0, 3, file);
    Object.assign(context.counts, { records: 4, accepted: 3, rejected: 1 });
    context.issues.add('field_count', 4, null, { found: 1, expected: 2 });
    const observations = settledColumns(builder, context);
    const result = importResult({ ...emptyOutcome('unknown', 'utf-8'), observations }, context);
    // The repeat of line 1 is skipped, the conflict on line 3 rejected; the counts still balance.
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([4, 1, 2, 1]);
    expect(isBalanced(result)).toBe(true);
    expect(result.observations.length).toBe(1);
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([
      ['duplicate_same', 2],
      ['duplicate_conflict', 3],
      ['field_count', 4],
    ]);
  });

  it('warns once per unknown indicator unless the file describes it', () => {
    const run = (describes: readonly string[] | undefined): string[] => {
      const context = readerContext('toy.txt', { knownIndicators: new Set(['known']) });
      const builder = context.columns(4);
      const file = builder.fileCode('toy.txt');
      for (const [line, id] of [
        [1, 'known'],
        [2, 'labelled'],
        [3, 'stranger'],
        [4, 'stranger'],
      ] as const)
        builder.push(0, builder.indicatorCode(id), 2023, 0, line, 0, line, file);
      const label = { id: 'labelled', name: 'Labelled', unit: undefined, decimals: undefined };
      const outcome = { ...emptyOutcome('unknown', 'utf-8'), observations: builder.build(), labels: [label] };
      const result = importResult(describes ? { ...outcome, describes } : outcome, context);
      return result.issues.map((i) => `${i.code}:${i.line}`);
    };
    expect(run(undefined)).toEqual(['indicator_not_in_catalogue:3']);
    expect(run([])).toEqual(['indicator_not_in_catalogue:2', 'indicator_not_in_catalogue:3']);
  });

  it('an unexpected failure is one internal_error and nothing from the file', () => {
    const result = failedResult('x.csv', {}, new Error('boom'));
    expect(result).toMatchObject({ file: 'x.csv', format: 'unknown', records: 0, accepted: 0 });
    expect(result.issues.map((i) => i.code)).toEqual(['internal_error']);
    expect(result.observations.length).toBe(0);
  });
});
