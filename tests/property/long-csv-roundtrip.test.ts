import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { periodKey, type Period } from '../../src/domain/period';
import { countyCode, period, SEED, threeDecimals } from '../support/arbitraries';
import { storedRows, type StoredRow } from '../support/import-helpers';

/** Text for ids and notes: quotes, delimiters, line breaks, å ä ö. The importer trims both, so the ends are not blank. */
const TEXT_UNITS = [
  'a',
  'b',
  'x',
  'å',
  'ä',
  'ö',
  'Ö',
  '"',
  ';',
  ',',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '1',
  '=',
  '😀',
] as const;
const text = (minLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength, maxLength: 12 }).filter((s) => s.trim() === s);

const MARKERS = ['..', '.', '-', '...'] as const;

interface Generated {
  readonly region: string;
  readonly indicator: string;
  readonly period: Period;
  /** How the period is written in the file. */
  readonly periodStyle: 0 | 1 | 2;
  readonly gender: 'T' | 'K' | 'M';
  readonly value: number | (typeof MARKERS)[number];
  readonly note: string;
}

const observation: fc.Arbitrary<Generated> = fc.record({
  region: countyCode,
  indicator: text(1),
  period,
  periodStyle: fc.constantFrom(0, 1, 2),
  gender: fc.constantFrom('T', 'K', 'M'),
  value: fc.oneof(
    { weight: 5, arbitrary: threeDecimals },
    { weight: 1, arbitrary: fc.constantFrom(...MARKERS) },
  ),
  note: text(0),
});

function writtenPeriod(p: Period, style: 0 | 1 | 2): string {
  if (style === 0 || p.granularity === 'year') return periodKey(p);
  const sub = String(p.sub).padStart(2, '0');
  if (p.granularity === 'quarter') return style === 1 ? `${p.year}K${p.sub}` : `${p.year}Q${p.sub}`;
  return style === 1 ? `${p.year}M${sub}` : `${p.year}-${sub}`;
}

/** Decimal comma, as a Swedish file writes it. */
function writtenValue(value: Generated['value']): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

function expected(o: Generated, line: number): StoredRow {
  return {
    region: o.region,
    indicator: o.indicator,
    period: periodKey(o.period),
    gender: o.gender,
    value: typeof o.value === 'number' ? o.value : null,
    marker: typeof o.value === 'number' ? null : o.value,
    line,
    note: o.note === '' ? undefined : o.note,
  };
}

const keyOf = (o: Generated): string => `${o.region}|${o.indicator}|${periodKey(o.period)}|${o.gender}`;

/** Physical lines each record of `text` starts on (the header is line 1). */
function recordStartLines(rows: readonly (readonly string[])[]): number[] {
  const lines: number[] = [];
  let line = 2;
  for (const row of rows) {
    lines.push(line);
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return lines;
}

describe('long CSV: written with PapaParse, read back by importFile', () => {
  it('every observation comes back exactly, in order, with its note and source line', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(observation, { minLength: 1, maxLength: 25, selector: keyOf }),
        fc.constantFrom('\r\n', '\n'),
        (obs, newline) => {
          const data = obs.map((o) => [
            o.region,
            o.indicator,
            writtenPeriod(o.period, o.periodStyle),
            o.gender,
            writtenValue(o.value),
            o.note,
          ]);
          const csv = Papa.unparse(
            { fields: ['region', 'indikator', 'period', 'kön', 'värde', 'kommentar'], data },
            { delimiter: ';', newline },
          );
          const result = importFile('roundtrip.csv', new TextEncoder().encode(csv));
          expect(result.issues).toEqual([]);
          expect({
            records: result.records,
            accepted: result.accepted,
            rejected: result.rejected,
            skipped: result.skipped,
          }).toEqual({
            records: obs.length,
            accepted: obs.length,
            rejected: 0,
            skipped: 0,
          });
          const lines = recordStartLines(data);
          expect(storedRows(result)).toEqual(obs.map((o, i) => expected(o, lines[i] ?? 0)));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the region codes come back as the same strings, "01" never 1', () => {
    fc.assert(
      fc.property(countyCode, (region) => {
        const csv = Papa.unparse(
          [
            ['region', 'indikator', 'period', 'värde'],
            [region, 'a', '2023', '1'],
          ],
          { delimiter: ';' },
        );
        const rows = storedRows(importFile('r.csv', new TextEncoder().encode(csv)));
        expect(rows.map((r) => r.region)).toEqual([region]);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
