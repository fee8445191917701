import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_LIST } from '../../src/app/example-list';
import type { ImportResult } from '../../src/data/import/import-result';
import { readFiles, type NamedBytes } from '../../src/data/pipeline/import-files';
import { buildDataset } from '../../src/data/dataset/build-dataset';
import { parseCache, sha256 } from '../../src/workers/parse-cache';
import { decodeSeed, encodeSeed, seedEntries } from '../../src/workers/parse-seed';
import { exampleSeed } from '../../scripts/vite/example-seed';
import { csvBytes } from '../support/csv-bytes';
import { countingReader } from '../support/import-helpers';

const DATA = resolve(__dirname, '../../data');

const exampleFiles = (): NamedBytes[] =>
  EXAMPLE_LIST.map(({ name, file }) => ({
    name,
    bytes: new Uint8Array(readFileSync(resolve(DATA, file))),
    example: true,
  }));

describe('the seed text (encodeSeed, decodeSeed)', () => {
  it('gives back exactly what JSON alone would lose: typed arrays, NaN, ±Infinity, −0, undefined, rows by column', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      id: `a${i}`,
      amount: i === 3 ? Number.NaN : i,
      payments: [i, -0],
      note: i % 2 ? undefined : 'x',
      nested: { at: i === 5 ? Infinity : -Infinity },
    }));
    const value = {
      f64: new Float64Array([1.5, Number.NaN, -0]),
      u8: new Uint8Array([0, 255]),
      u16: new Uint16Array([65535]),
      u32: new Uint32Array([4294967295]),
      i32: new Int32Array([-7]),
      missing: undefined,
      list: [undefined, null, Number.NaN],
      rows,
      short: rows.slice(0, 2),
      mixed: [...rows.slice(0, 17), { id: 'other keys' }],
    };
    const decoded = decodeSeed(encodeSeed([['k', value as unknown as ImportResult]]));
    expect([...decoded.keys()]).toEqual(['k']);
    const back = decoded.get('k');
    expect(back).toStrictEqual(value);
    const restored = back as unknown as typeof value;
    expect(restored.f64).toBeInstanceOf(Float64Array);
    expect(Object.is(restored.f64[2], -0)).toBe(true);
    expect(Object.is(restored.rows[0]?.payments[1], -0)).toBe(true);
    expect('missing' in restored).toBe(true);
    expect(Object.keys(restored.rows[1] ?? {})).toEqual(['id', 'amount', 'payments', 'note', 'nested']);
  });

  it('keeps the rows of a long list of like objects by column, not by row', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ identifier: i, description: 'same' }));
    const text = encodeSeed([['k', { rows } as unknown as ImportResult]]);
    expect(text.split('description').length - 1).toBe(1);
  });

  it('refuses what it could not give back (a Map, a class instance) and a seed of another version', () => {
    expect(() => encodeSeed([['k', { m: new Map() } as unknown as ImportResult]])).toThrow(/Map/);
    expect(() => encodeSeed([['k', { d: new Date(0) } as unknown as ImportResult]])).toThrow(/Date/);
    expect(() => decodeSeed(JSON.stringify({ version: 0, entries: [] }))).toThrow(/version/);
    expect(() => decodeSeed(JSON.stringify({ version: 1, entries: [['k']] }))).toThrow(/malformed/);
  });
});

describe('the example data seed made at build time (scripts/vite/example-seed.ts)', () => {
  it('holds every example file, each result exactly as the worker would read it', async () => {
    const seed = decodeSeed(await exampleSeed(DATA));
    const fresh = await seedEntries(exampleFiles());
    expect([...seed.keys()]).toEqual(fresh.map(([key]) => key));
    expect(fresh.map(([, r]) => r.file).sort()).toEqual(EXAMPLE_LIST.map((e) => e.name).sort());
    for (const [key, result] of fresh) expect(seed.get(key)).toStrictEqual(result);
  });

  it('spares the worker reading the example files, and the dataset is the same as when read', async () => {
    const seed = decodeSeed(await exampleSeed(DATA));
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    cache.seed(seed);
    const seeded = buildDataset(await readFiles(exampleFiles(), undefined, [], cache.session().read));
    expect(calls).toEqual([]);
    const direct = buildDataset(await readFiles(exampleFiles(), undefined, []));
    expect(seeded).toStrictEqual(direct);
  });

  it('is not used for other bytes under the same name, nor for the same bytes read with other options', async () => {
    const seed = decodeSeed(await exampleSeed(DATA));
    const { read, calls } = countingReader();
    const cache = parseCache(sha256, read);
    cache.seed(seed);
    const session = cache.session();
    const changed = csvBytes([
      ['region', 'indikator', 'år', 'värde'],
      ['20', 'nyforetagande', '2020', '9,1'],
    ]);
    const result = await session.read(
      { name: 'exempel-observationer.csv', bytes: changed, example: true },
      {},
    );
    expect(calls).toEqual(['exempel-observationer.csv']);
    expect(result.accepted).toBe(1);
    const observations = exampleFiles().find((f) => f.name === 'exempel-observationer.csv');
    if (!observations) throw new Error('no example observations');
    await session.read(observations, { indicator: 'nyforetagande' });
    expect(calls).toEqual(['exempel-observationer.csv', 'exempel-observationer.csv']);
  });
});
