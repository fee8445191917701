import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { observations } from '../../src/data/columns/observation-store';
import type { ImportResult } from '../../src/data/import/import-result';
import { importFile } from '../../src/data/pipeline/import-file';
import { isWellFormed, toWellFormed } from '../../src/data/text/well-formed';

const FIXTURES = resolve(__dirname, '../fixtures/hostile');
const fixture = (name: string): { text: string; result: ImportResult } => {
  const bytes = readFileSync(resolve(FIXTURES, name));
  return { text: bytes.toString('utf8'), result: importFile(name, new Uint8Array(bytes)) };
};
const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value, null, 1));
const balanced = (r: ImportResult): boolean => r.accepted + r.rejected + r.skipped === r.records;
const indicatorsOf = (r: ImportResult): string[] => [
  ...new Set([...observations(r.observations)].map((o) => o.indicator)),
];

/** 1-based line and column of a needle's first character (plus `offset`) in the text. */
function at(text: string, needle: string, offset = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in the text`);
  const before = text.slice(0, index + offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index + offset - lineStart + 1 };
}

const issue = (r: ImportResult, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => ({ line: i.line, column: i.column, en: i.message.en }));

describe('well-formed text', () => {
  it('tells a lone surrogate from a pair, and writes one as U+FFFD', () => {
    expect(['a', '😀', 'å', ''].map(isWellFormed)).toEqual([true, true, true, true]);
    expect(['a\ud800', '\udc00b', '\ud83d', '😀'.slice(1)].map(isWellFormed)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(toWellFormed('a\ud800b😀\udc00')).toBe('a\ufffdb😀\ufffd');
  });
});

describe('JSON-stat unit.decimals outside 0–10', () => {
  it.each([
    ['jsonstat-decimaler-101.json', 'ANDEL', '101'],
    ['jsonstat-decimaler-minus-1.json', 'NEG', '-1'],
  ])('%s: a warning where the unit is, the values read, the decimals not used', (name, code, value) => {
    const { text, result } = fixture(name);
    expect(issue(result, 'decimals_invalid')).toEqual([
      {
        ...at(text, `"${code}": {`, `"${code}": `.length),
        en: `The decimals ”${value}” for ”${code}” are not a whole number 0–10 and are not used; the values are shown with one decimal.`,
      },
    ]);
    expect(result.issues.find((i) => i.code === 'decimals_invalid')?.severity).toBe('warning');
    expect(result.labels.map((l) => [l.id, l.decimals])).toEqual([[code, undefined]]);
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([6, 6, 0, 0]);
  });

  it('a fraction, a string or a huge number is refused too; 0 and 10 are kept', () => {
    const withDecimals = (decimals: unknown): ImportResult =>
      importFile(
        's.json',
        encode({
          version: '2.0',
          id: ['Region', 'ContentsCode', 'Tid'],
          size: [1, 1, 1],
          role: { metric: ['ContentsCode'], time: ['Tid'] },
          dimension: {
            Region: { category: { index: ['20'] } },
            ContentsCode: { category: { index: ['X'], unit: { X: { base: 'st', decimals } } } },
            Tid: { category: { index: ['2023'] } },
          },
          value: [1],
        }),
      );
    for (const bad of [1.5, '2', 1e300, null])
      expect(withDecimals(bad).issues.map((i) => i.code)).toEqual(['decimals_invalid']);
    for (const good of [0, 10]) {
      const result = withDecimals(good);
      expect(result.issues).toEqual([]);
      expect(result.labels[0]?.decimals).toBe(good);
    }
  });
});

describe('the canonical JSON catalogue’s decimals', () => {
  it('101 is a warning where the definition starts; the definition is read with one decimal', () => {
    const text = JSON.stringify(
      {
        indicators: [
          { id: 'andel', name: 'Andel', chainLevel: 'utfall', question: 'Ökar andelen?', decimals: 101 },
        ],
        observations: [{ region: '20', indicator: 'andel', period: '2023', value: 1.25 }],
      },
      null,
      1,
    );
    const result = importFile('katalog.json', new TextEncoder().encode(text));
    expect(issue(result, 'decimals_invalid')).toEqual([
      {
        ...at(text, '{\n   "id": "andel"'),
        en: 'The decimals ”101” for ”andel” are not a whole number 0–10 and are not used; the values are shown with one decimal.',
      },
    ]);
    expect(result.indicators.map((i) => [i.id, i.decimals])).toEqual([['andel', 1]]);
    expect([result.records, result.accepted, result.rejected]).toEqual([2, 2, 0]);
  });
});

const MALFORMED_EN = (value: string, field: string): string =>
  `The text ”${value}” in ${field} is not valid Unicode (a lone surrogate, such as \\ud800 in JSON; shown here as �). The record was rejected.`;

describe('an indicator id with a lone surrogate', () => {
  it('canonical JSON: the observation is rejected where it starts; the others are read', () => {
    const { text, result } = fixture('indikator-ensamt-surrogat.json');
    expect(issue(result, 'text_malformed')).toEqual([
      {
        ...at(text, '{\n   "region": "20",\n   "indicator": "a'),
        en: MALFORMED_EN('a�', 'the indicator id'),
      },
    ]);
    expect(indicatorsOf(result)).toEqual(['hel_indikator']);
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([3, 2, 1, 0]);
    expect(balanced(result)).toBe(true);
  });

  it('JSON-stat: every cell of that metric is rejected, with one issue where the metric is', () => {
    const { text, result } = fixture('jsonstat-id-ensamt-surrogat.json');
    expect(issue(result, 'text_malformed')).toEqual([
      {
        ...at(text, '"ContentsCode": {', '"ContentsCode": '.length),
        en: MALFORMED_EN('a�', 'the indicator id'),
      },
    ]);
    expect(result.labels).toEqual([]);
    expect(indicatorsOf(result)).toEqual([]);
    expect([result.records, result.accepted, result.rejected]).toEqual([6, 0, 6]);
  });

  it('Kolada: each value of the entry is rejected; a lone surrogate in a status too', () => {
    const text = JSON.stringify(
      {
        count: 2,
        values: [
          {
            kpi: 'N\ud800',
            municipality: '0020',
            period: 2022,
            values: [
              { gender: 'T', value: 1 },
              { gender: 'K', value: 2 },
            ],
          },
          {
            kpi: 'N01',
            municipality: '0020',
            period: 2022,
            values: [
              { gender: 'T', value: null, status: 'x\udc00' },
              { gender: 'K', value: 3 },
            ],
          },
        ],
      },
      null,
      1,
    );
    const result = importFile('k.json', new TextEncoder().encode(text));
    expect(result.format).toBe('kolada-json');
    // Each point object opens on the line before its "gender".
    const pointLines = text.split('\n').flatMap((l, i) => (l.includes('"gender"') ? [i] : []));
    expect(
      result.issues.filter((i) => i.code === 'text_malformed').map((i) => [i.line, i.message.en]),
    ).toEqual([
      [pointLines[0], MALFORMED_EN('N�', 'the indicator id')],
      [pointLines[1], MALFORMED_EN('N�', 'the indicator id')],
      [pointLines[2], MALFORMED_EN('x�', 'the marker')],
    ]);
    expect(indicatorsOf(result)).toEqual(['N01']);
    expect([result.records, result.accepted, result.rejected]).toEqual([4, 1, 3]);
  });

  it('a table whose indicator (an option from a workspace file) has one: every row rejected with an issue', () => {
    const csv = new TextEncoder().encode('region;period;värde\n20;2023;1,5\n01;2023;2,5\n');
    const result = importFile('a.csv', csv, { indicator: 'egen\ud800' });
    expect(result.issues.filter((i) => i.code === 'text_malformed').map((i) => [i.line, i.column])).toEqual([
      [2, null],
      [3, null],
    ]);
    expect(indicatorsOf(result)).toEqual([]);
    expect([result.records, result.accepted, result.rejected]).toEqual([2, 0, 2]);
  });

  it('canonical JSON targets and notes are checked too', () => {
    const result = importFile(
      'c.json',
      encode({
        observations: [{ region: '20', indicator: 'x', period: '2023', value: 1, note: 'n\ud800' }],
        targets: [{ region: '20', indicator: 'x\udc00', period: '2030', value: 2 }],
      }),
    );
    expect(result.issues.filter((i) => i.code === 'text_malformed').map((i) => i.message.en)).toEqual([
      MALFORMED_EN('n�', 'the note'),
      MALFORMED_EN('x�', 'the indicator id'),
    ]);
    expect([result.records, result.accepted, result.rejected]).toEqual([2, 0, 2]);
    expect(result.targets).toEqual([]);
  });
});
