import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SEED } from '../support/arbitraries';
import { chunksOf, scan } from '../support/scan';

const FIELD_UNITS = [
  'a',
  'b',
  'å',
  'ä',
  'ö',
  '1',
  ' ',
  '"',
  ';',
  ',',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '😀',
  '.',
] as const;
const field = fc.string({ unit: fc.constantFrom(...FIELD_UNITS), maxLength: 8 });

interface CsvDoc {
  readonly rows: string[][];
  readonly delimiter: ';' | ',' | '\t';
  readonly eol: '\n' | '\r\n' | '\r';
  readonly finalEol: boolean;
  /** Quote fields that need no quoting too. */
  readonly quoteAll: boolean;
}

const doc: fc.Arbitrary<CsvDoc> = fc.record({
  rows: fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
  delimiter: fc.constantFrom(';', ',', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  finalEol: fc.boolean(),
  quoteAll: fc.boolean(),
});

/** RFC 4180 writing: a field is quoted when it holds the delimiter, a quote or a line break. */
function write(d: CsvDoc): { text: string; startLines: number[] } {
  const startLines: number[] = [];
  let line = 1;
  const lines = d.rows.map((row, r) => {
    startLines.push(line);
    // A lone empty field on the last line, with no line break after it, is written "" so the line exists.
    const lastAndBare = r === d.rows.length - 1 && !d.finalEol && row.length === 1 && row[0] === '';
    const cells = row.map((f) => {
      const needs = f.includes(d.delimiter) || f.includes('"') || /[\r\n]/.test(f) || f.startsWith('"');
      return needs || d.quoteAll || lastAndBare ? `"${f.replaceAll('"', '""')}"` : f;
    });
    line += 1 + row.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return cells.join(d.delimiter);
  });
  return { text: lines.join(d.eol) + (d.finalEol ? d.eol : ''), startLines };
}

describe('CsvScanner against PapaParse on well-formed CSV', () => {
  it('reads the same records and fields as Papa.parse (same delimiter, no header, no typing)', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const { text } = write(d);
        const papa = Papa.parse<string[]>(text, {
          delimiter: d.delimiter,
          newline: d.eol,
          header: false,
          dynamicTyping: false,
          skipEmptyLines: false,
        });
        expect(papa.errors).toEqual([]);
        // PapaParse reports a final line break as one more empty row; the scanner does not.
        const papaRows = d.finalEol ? papa.data.slice(0, -1) : papa.data;
        const ours = scan(text, d.delimiter);
        expect(ours.map((r) => r.fields)).toEqual(papaRows);
        expect(ours.map((r) => r.fields)).toEqual(d.rows);
        expect(ours.every((r) => r.problem === undefined)).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('and names each record by the physical line it starts on, whatever the chunking', () => {
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 9 }), (d, size) => {
        const { text, startLines } = write(d);
        const whole = scan(text, d.delimiter);
        expect(whole.map((r) => r.line)).toEqual(startLines);
        expect(scan(chunksOf(text, size), d.delimiter)).toEqual(whole);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
