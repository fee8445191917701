import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFileAsync } from '../../src/data/pipeline/import-file';
import { importFiles, type FileReader, type NamedBytes } from '../../src/data/pipeline/import-files';
import type { ImportOptions } from '../../src/data/import/import-result';
import { parseCache, parseKey, sha256, type Digest } from '../../src/workers/parse-cache';
import { csvBytes } from '../support/csv-bytes';
import { countingReader } from '../support/import-helpers';

const HEADER = ['region', 'indikator', 'år', 'värde'];
const table = (value: string): Uint8Array =>
  csvBytes([HEADER, ['01', 'nyforetagande', '2020', value], ['03', 'nyforetagande', '2020', '2,5']]);

const file = (name: string, bytes: Uint8Array, options?: ImportOptions): NamedBytes =>
  options ? { name, bytes, options } : { name, bytes };

describe('parseKey', () => {
  const base = parseKey('a.csv', 10, 'ff', { knownIndicators: new Set(['x', 'y']) });

  it('is the same for the same inputs, whatever the order of keys, known ids and the progress callback', () => {
    expect(parseKey('a.csv', 10, 'ff', { knownIndicators: new Set(['y', 'x']), onProgress: () => {} })).toBe(
      base,
    );
    const columns = { region: 0, period: 1, value: 2 };
    expect(parseKey('a.csv', 10, 'ff', { columns, indicator: 'i' })).toBe(
      parseKey('a.csv', 10, 'ff', { indicator: 'i', columns: { value: 2, period: 1, region: 0 } }),
    );
  });

  it('differs with the name, the size, the hash and every option', () => {
    const known = new Set(['x', 'y']);
    const others = [
      parseKey('b.csv', 10, 'ff', { knownIndicators: known }),
      parseKey('a.csv', 11, 'ff', { knownIndicators: known }),
      parseKey('a.csv', 10, 'fe', { knownIndicators: known }),
      parseKey('a.csv', 10, 'ff', { knownIndicators: new Set(['x']) }),
      parseKey('a.csv', 10, 'ff', {}),
      parseKey('a.csv', 10, 'ff', { knownIndicators: known, indicator: 'i' }),
      parseKey('a.csv', 10, 'ff', { knownIndicators: known, sheet: 'Blad2' }),
      parseKey('a.csv', 10, 'ff', { knownIndicators: known, chunkBytes: 64 }),
      parseKey('a.csv', 10, 'ff', { knownIndicators: known, columns: { region: 0, value: 2 } }),
      parseKey('a.csv', 10, 'ff', { knownIndicators: known, columns: { region: 0, value: 3 } }),
      parseKey('a.csv', 10, 'ff', { knownIndicators: known, columns: { region: 0, periods: [1, 2] } }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
});

describe('parseCache', () => {
  it('reads unchanged bytes with unchanged options once, and gives the same result', async () => {
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    const first = await cache.session().read(file('a.csv', table('1,5')), {});
    // The same content in a new array, as each import brings it.
    const again = await cache.session().read(file('a.csv', table('1,5')), {});
    expect(calls).toEqual(['a.csv']);
    expect(again).toBe(first);
  });

  it('reads changed bytes of the same name and size again: never the old result', async () => {
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    const before = table('1,5');
    const after = table('7,5');
    expect(after.length).toBe(before.length);
    const old = await cache.session().read(file('a.csv', before), {});
    const fresh = await cache.session().read(file('a.csv', after), {});
    expect(calls).toEqual(['a.csv', 'a.csv']);
    expect(fresh).toEqual(await importFileAsync('a.csv', after));
    expect(fresh.observations.value[0]).toBe(7.5);
    expect(old.observations.value[0]).toBe(1.5);
  });

  it('reads again with other options, another name or other known indicators', async () => {
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    const bytes = table('1,5');
    const session = cache.session();
    await session.read(file('a.csv', bytes), { knownIndicators: new Set() });
    await session.read(file('a.csv', bytes), { knownIndicators: new Set(['nyforetagande']) });
    await session.read(file('b.csv', bytes), { knownIndicators: new Set() });
    await session.read(file('a.csv', bytes), { knownIndicators: new Set(), chunkBytes: 16 });
    expect(calls).toHaveLength(4);
    const unknown = await session.read(file('a.csv', bytes), { knownIndicators: new Set() });
    expect(calls).toHaveLength(4);
    expect(unknown.issues.some((i) => i.code === 'indicator_not_in_catalogue')).toBe(true);
  });

  it('keys on the known indicators as they were when asked, not as the caller goes on to fill them', async () => {
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    const known = new Set<string>();
    const session = cache.session();
    const pending = session.read(file('a.csv', table('1,5')), { knownIndicators: known });
    known.add('nyforetagande');
    await pending;
    const withKnown = await session.read(file('a.csv', table('1,5')), { knownIndicators: known });
    expect(calls).toHaveLength(2);
    expect(withKnown.issues.some((i) => i.code === 'indicator_not_in_catalogue')).toBe(false);
  });

  it('reads every time a file it cannot hash, and a file over the size limit', async () => {
    const { read, calls } = countingReader();
    const failing: Digest = () => Promise.reject(new Error('no hash'));
    const noHash = parseCache(failing, read);
    await noHash.session().read(file('a.csv', table('1,5')), {});
    await noHash.session().read(file('a.csv', table('1,5')), {});
    expect(calls).toHaveLength(2);
    const small = parseCache(sha256, read, 8);
    await small.session().read(file('b.csv', table('1,5')), {});
    await small.session().read(file('b.csv', table('1,5')), {});
    expect(calls).toHaveLength(4);
    expect(small.size).toBe(0);
  });

  it('does not keep a result that failed unexpectedly', async () => {
    const calls: string[] = [];
    const broken: FileReader = (f, options) => {
      calls.push(f.name);
      return importFileAsync(f.name, f.bytes, {
        ...options,
        get columns(): never {
          throw new Error('reader broke');
        },
      });
    };
    const cache = parseCache(sha256, broken);
    const result = await cache.session().read(file('a.csv', table('1,5')), {});
    expect(result.issues.some((i) => i.code === 'internal_error')).toBe(true);
    await cache.session().read(file('a.csv', table('1,5')), {});
    expect(calls).toHaveLength(2);
    expect(cache.size).toBe(0);
  });

  it('forgets, when an import finishes, what that import did not read', async () => {
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    const first = cache.session();
    await first.read(file('a.csv', table('1,5')), {});
    await first.read(file('b.csv', table('1,5')), {});
    first.finish();
    expect(cache.size).toBe(2);
    const second = cache.session();
    await second.read(file('a.csv', table('1,5')), {});
    second.finish();
    expect(cache.size).toBe(1);
    await cache.session().read(file('b.csv', table('1,5')), {});
    expect(calls).toEqual(['a.csv', 'b.csv', 'b.csv']);
  });
});

describe('importFiles through the cache', () => {
  const data = (name: string): Uint8Array =>
    new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../data', name)));
  const example = (): NamedBytes[] =>
    [
      ['exempel-indikatorer.json', 'indicators.json'],
      ['exempel-observationer.csv', 'observations.csv'],
      ['exempel-kommuner.csv', 'kommuner.csv'],
      ['exempel-mal.csv', 'targets.csv'],
      ['exempel-arendelista.csv', 'arendelista.csv'],
      ['exempel-ramar.csv', 'ramar.csv'],
      ['exempel-rus-andelar.csv', 'rus-andelar.csv'],
    ].map(([name, path]) => ({ name: name ?? '', bytes: data(path ?? ''), example: true }));

  it('builds the same dataset as a fresh read, again and again, and after a file changed', async () => {
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    const fresh = await importFiles(example());
    const first = cache.session();
    expect(await importFiles(example(), undefined, [], first.read)).toEqual(fresh);
    first.finish();
    expect(calls).toHaveLength(7);
    const second = cache.session();
    expect(await importFiles(example(), undefined, [], second.read)).toEqual(fresh);
    second.finish();
    expect(calls).toHaveLength(7);

    // The user's own table on top, then the same table with one value changed.
    const own = file('mina.csv', table('1,5'));
    const withOwn = [...example(), own];
    expect(await importFiles(withOwn, undefined, [], cache.session().read)).toEqual(
      await importFiles(withOwn),
    );
    const changed = [...example(), file('mina.csv', table('9,5'))];
    const rebuilt = await importFiles(changed, undefined, [], cache.session().read);
    expect(rebuilt).toEqual(await importFiles(changed));
    expect(calls).toEqual([...calls.slice(0, 7), 'mina.csv', 'mina.csv']);
  });
});
