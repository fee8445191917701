import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_LIST } from '../../src/app/example-list';
import { buildDataset } from '../../src/data/dataset/build-dataset';
import {
  packTargets,
  targetTransferables,
  unpackTargets,
  unpackTargetsInSlices,
} from '../../src/data/dataset/target-columns';
import { readFiles, type NamedBytes } from '../../src/data/pipeline/import-files';
import type { Target } from '../../src/domain/target';

const DATA = resolve(__dirname, '../../data');

const targets: Target[] = [
  {
    region: '20',
    indicator: 'nyforetagande',
    period: { granularity: 'year', year: 2030, sub: 0 },
    value: 6.5,
    baseline: { period: { granularity: 'year', year: 2020, sub: 0 }, value: 4.25 },
    source: { file: 'mål.csv', line: 2 },
  },
  {
    region: '0180',
    indicator: 'ansokningstryck',
    period: { granularity: 'quarter', year: 2026, sub: 3 },
    value: -0,
    baseline: undefined,
    source: undefined,
  },
  {
    region: '00',
    indicator: 'nyforetagande',
    period: { granularity: 'month', year: 2025, sub: 12 },
    value: -1.5e-9,
    baseline: { period: { granularity: 'month', year: 2024, sub: 1 }, value: 0 },
    source: { file: 'mål.csv', line: 1_048_576 },
  },
];

describe('target columns (the way from the import worker to the page)', () => {
  it('give back every target exactly: periods of each granularity, baselines and sources or none, −0', () => {
    const back = unpackTargets(structuredClone(packTargets(targets)));
    expect(back).toStrictEqual(targets);
    expect(Object.is(back[1]?.value, -0)).toBe(true);
  });

  it('give back the example data’s targets exactly, each region and indicator once in the dictionaries', async () => {
    const files: NamedBytes[] = EXAMPLE_LIST.map(({ name, file }) => ({
      name,
      bytes: new Uint8Array(readFileSync(resolve(DATA, file))),
      example: true,
    }));
    const dataset = buildDataset(await readFiles(files, undefined, []));
    expect(dataset.targets.length).toBeGreaterThan(50);
    const packed = packTargets(dataset.targets);
    expect(unpackTargets(packed)).toStrictEqual(dataset.targets);
    expect(new Set(packed.regions).size).toBe(packed.regions.length);
    expect(packed.indicators.length).toBe(new Set(dataset.targets.map((t) => t.indicator)).size);
  });

  it('are typed arrays on four buffers of their own, to transfer; none for no targets', () => {
    const packed = packTargets(targets);
    const buffers = targetTransferables(packed);
    expect(new Set(buffers).size).toBe(4);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    expect(unpackTargets(packTargets([]))).toEqual([]);
  });

  it('refuse columns that point past their dictionaries, rather than make a target up', () => {
    const packed = packTargets(targets);
    expect(() => unpackTargets({ ...packed, regions: [] })).toThrow(/dictionary/);
  });

  it('in slices: the same targets in order, with a pause before each slice and none for no targets', async () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      targets.map((t) => ({ ...t, value: t.value + i, region: i % 2 === 0 ? t.region : '01' })),
    ).flat();
    const packed = packTargets(many);
    const made: number[] = [];
    const back = await unpackTargetsInSlices(
      packed,
      () => {
        made.push(0);
        return Promise.resolve();
      },
      5,
    );
    expect(back).toStrictEqual(many);
    expect(made).toHaveLength(Math.ceil(many.length / 5));
    let paused = 0;
    const none = await unpackTargetsInSlices(packTargets([]), () => {
      paused++;
      return Promise.resolve();
    });
    expect(none).toEqual([]);
    expect(paused).toBe(0);
  });

  it('in slices: the work after a pause waits for it, and columns past their dictionaries reject', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let done = false;
    const pending = unpackTargetsInSlices(packTargets(targets), () => gate, 2).then((t) => {
      done = true;
      return t;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    expect(await pending).toStrictEqual(targets);
    const packed = packTargets(targets);
    await expect(unpackTargetsInSlices({ ...packed, regions: [] }, () => Promise.resolve())).rejects.toThrow(
      /dictionary/,
    );
  });
});
