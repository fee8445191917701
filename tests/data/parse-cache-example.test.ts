import { describe, expect, it } from 'vitest';
import { importFileAsync } from '../../src/data/pipeline/import-file';
import type { FileReader, NamedBytes } from '../../src/data/pipeline/import-files';
import { parseCache, sha256 } from '../../src/workers/parse-cache';
import { csvBytes } from '../support/csv-bytes';

const bytes = csvBytes([
  ['region', 'indikator', 'år', 'värde'],
  ['20', 'nyforetagande', '2020', '9,1'],
]);

describe('the parse cache and "Visa exempeldata"', () => {
  it('keeps the example files read while an import leaves them out, so switching back on reads nothing again', async () => {
    const calls: string[] = [];
    const read: FileReader = (file, options) => {
      calls.push(file.name);
      return importFileAsync(file.name, file.bytes, options);
    };
    const cache = parseCache(sha256, read);
    const example: NamedBytes = { name: 'exempel-observationer.csv', bytes, example: true };
    const own: NamedBytes = { name: 'egen.csv', bytes };
    const on = cache.session();
    await on.read(example, {});
    await on.read(own, {});
    on.finish();
    // Switched off: the import reads the user's file alone.
    const off = cache.session();
    await off.read(own, {});
    off.finish();
    expect(cache.size).toBe(2);
    // Switched on again: nothing is read anew.
    const again = cache.session();
    await again.read(example, {});
    await again.read(own, {});
    again.finish();
    expect(calls).toEqual(['exempel-observationer.csv', 'egen.csv']);
  });
});
