import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFiles } from '../../src/data/pipeline/import-files';
import { buildDataset } from '../../src/data/dataset/build-dataset';
import {
  decodeExampleDataset,
  decodeRestStep,
  encodeExampleDataset,
  EXAMPLE_DATASET_VERSION,
} from '../../src/data/dataset/example-dataset';
import { encodeTagged } from '../../src/data/json/tagged-json';
import { ledgerFilesOf } from '../../src/domain/ledger-files';
import { packTargets, unpackTargets } from '../../src/data/dataset/target-columns';
import { exampleDataset, exampleFiles } from '../../scripts/vite/example-seed';

const DATA = resolve(__dirname, '../../data');

describe('the example data’s dataset made at build time (example-dataset.ts)', () => {
  it('is exactly the dataset the worker makes of the example files alone, as the page receives it', async () => {
    const built = decodeExampleDataset(await exampleDataset(DATA));
    // The worker's import: the example files as the page hands them over, no mapping; the targets
    // cross as columns (import.worker.ts, import-client.ts).
    const made = buildDataset(await readFiles(await exampleFiles(DATA), undefined, []));
    const received = { ...made, targets: unpackTargets(packTargets(made.targets)) };
    expect(built).toStrictEqual(received);
    expect(built.observations.length).toBeGreaterThan(10_000);
    expect(built.ledger.cases.length).toBeGreaterThan(1_000);
    // Each case with its own keys, in their order.
    const keys = (cases: readonly object[]): string[] => cases.map((c) => Object.keys(c).join());
    expect(keys(built.ledger.cases)).toEqual(keys(made.ledger.cases));
  });

  it('refuses a text of another version or without a dataset’s parts', async () => {
    const made = { version: EXAMPLE_DATASET_VERSION, dataset: { indicators: [] } };
    expect(() => decodeExampleDataset(encodeTagged({ ...made, version: 1 }))).toThrow(/version/);
    expect(() => decodeExampleDataset(encodeTagged(made))).toThrow(/observations/);
    expect(() => decodeExampleDataset(`{"version":${EXAMPLE_DATASET_VERSION}}`)).toThrow(/version/);
    // Without its second line, the ledger's cases.
    const whole = await exampleDataset(DATA);
    expect(() => decodeExampleDataset(whole.slice(0, whole.indexOf('\n')))).toThrow(/cases/);
    // Without the files of the cases, or with something else there.
    const [first = '', rest = ''] = [
      whole.slice(0, whole.indexOf('\n')),
      whole.slice(whole.indexOf('\n') + 1),
    ];
    const head = JSON.parse(first) as Record<string, unknown>;
    for (const caseFiles of [undefined, 'x', [['20']], [[20, 'a.csv']]])
      expect(() => decodeExampleDataset(`${JSON.stringify({ ...head, caseFiles })}\n${rest}`)).toThrow(
        /caseFiles/,
      );
  });

  it('decodes the ledger’s cases when they are first read, not before, and once', async () => {
    const whole = await exampleDataset(DATA);
    const split = whole.indexOf('\n');
    // A broken second line goes unnoticed until the cases are read: they were not decoded before.
    const broken = decodeExampleDataset(`${whole.slice(0, split)}\n{"not":"a list"}`);
    expect(broken.observations.length).toBeGreaterThan(10_000);
    expect(broken.ledger.frames.length).toBeGreaterThan(0);
    // Which files each county's cases come from (Län's cards ask, to say what is invented) is known
    // without the cases: the same as the decoded cases say.
    const built = decodeExampleDataset(whole);
    const counties = [...new Set(built.ledger.cases.map((c) => c.region))];
    expect(counties.length).toBeGreaterThan(5);
    const fresh = decodeExampleDataset(whole);
    for (const region of counties)
      expect(ledgerFilesOf(broken.ledger, [region])).toEqual(
        ledgerFilesOf({ ...fresh.ledger, cases: [...fresh.ledger.cases] }, [region]),
      );
    expect(ledgerFilesOf(broken.ledger, undefined).length).toBeGreaterThan(0);
    expect(() => broken.ledger.cases).toThrow(/cases/);
    // A line at a time while the page is idle: several steps, each decoding some, and then the same cases.
    const stepped = decodeExampleDataset(whole);
    let steps = 1;
    while (!decodeRestStep(stepped)) steps += 1;
    expect(steps).toBeGreaterThan(3);
    expect(steps).toBe(Math.ceil(built.ledger.cases.length / 400));
    expect(decodeRestStep(stepped)).toBe(true);
    expect(stepped.ledger.cases).toStrictEqual(built.ledger.cases);
    expect(stepped.ledger.cases).toBe(stepped.ledger.cases);
    expect(built.ledger.cases).toBe(built.ledger.cases);
    expect(Object.keys(built.ledger)).toEqual(['cases', 'frames', 'shares']);
  });

  it('gives back a dataset it was given', async () => {
    const made = buildDataset(await readFiles(await exampleFiles(DATA), undefined, []));
    expect(decodeExampleDataset(encodeExampleDataset(made))).toStrictEqual(made);
  });
});
