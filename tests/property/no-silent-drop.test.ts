import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAll, detectEncoding } from '../../src/data/text/decode';
import { importFile } from '../../src/data/pipeline/import-file';
import { SEED } from '../support/arbitraries';
import { csvFile, csvFileBytes } from '../support/csv-files';
import { storedRows } from '../support/import-helpers';
import { scan } from '../support/scan';

describe('importFile never drops a CSV record silently', () => {
  it('every data record is stored, skipped as blank, or named by an issue on one of its lines', () => {
    fc.assert(
      fc.property(csvFile, (file) => {
        const data = csvFileBytes(file);
        const result = importFile('c.csv', data);
        if (result.delimiter === undefined) return;
        // The records as the importer saw them: same decoding, same delimiter.
        // Blank lines before the header are records too (skipped); the header is the first other one.
        const all = scan(decodeAll(data, detectEncoding(data).encoding), result.delimiter);
        const headerIndex = all.findIndex(
          (r) => !r.fields.every((f) => f.replace(/^\uFEFF/, '').trim() === ''),
        );
        const records = all.filter((_, k) => k !== headerIndex);
        // In the wide layout (a column per period) each cell is a record.
        const header = all[headerIndex]?.fields ?? [];
        const weight =
          result.format === 'wide-csv'
            ? header.filter((h) => /\b\d{4}(?:\s*[KQMkqm]\d{1,2}|-\d{2})?$/.test(h.trim())).length
            : 1;
        expect(headerIndex + (records.length - headerIndex) * weight).toBe(result.records);
        const stored = new Set([
          ...storedRows(result).map((r) => r.line),
          ...result.targets.map((t) => t.source?.line),
        ]);
        const headerRefused = result.issues.some((i) => i.code === 'file_rejected_rows');
        const named = (from: number, to: number): boolean =>
          result.issues.some(
            (i) => (i.line >= from && i.line <= to) || (i.lines ?? []).some((l) => l >= from && l <= to),
          );
        for (const rec of records) {
          const blank = rec.fields.every((f) => f.trim() === '');
          const accounted = stored.has(rec.line) || blank || headerRefused || named(rec.line, rec.lastLine);
          expect(
            accounted,
            `record on lines ${rec.line}–${rec.lastLine}: ${JSON.stringify(rec.fields)}`,
          ).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 600 },
    );
  });
});
