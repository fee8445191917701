import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import { SEED } from '../support/arbitraries';
import { csvFile, csvFileBytes } from '../support/csv-files';
import { issueKeys, storedRows } from '../support/import-helpers';

const CHUNK_SIZES = [1, 2, 3, 7, 64, 4096] as const;

/** Everything about a result that must not depend on how the bytes were chunked. */
function outcome(result: ImportResult): unknown {
  return {
    format: result.format,
    encoding: result.encoding,
    delimiter: result.delimiter,
    counts: [result.records, result.accepted, result.rejected, result.skipped],
    issues: issueKeys(result),
    rows: storedRows(result),
    targets: result.targets,
  };
}

describe('importFile: results do not depend on the chunk size', () => {
  it(`gives identical accounting, issues and observations for chunk sizes ${CHUNK_SIZES.join(', ')}`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(csvFile, (file) => {
        const data = csvFileBytes(file);
        const whole = importFile('c.csv', data, { chunkBytes: 1 << 20 });
        accepted += whole.accepted;
        const reference = outcome(whole);
        for (const chunkBytes of CHUNK_SIZES) {
          expect(outcome(importFile('c.csv', data, { chunkBytes })), `chunkBytes ${chunkBytes}`).toEqual(
            reference,
          );
        }
      }),
      { seed: SEED, numRuns: 600 },
    );
    // The generator must reach the accepting path, not only the error paths.
    expect(accepted).toBeGreaterThan(300);
  });
});
