import { GRANULARITIES, type Period } from '../../domain/period';
import type { Target } from '../../domain/target';
import { StringDictionary } from '../columns/observation-store';

/**
 * A dataset's targets as columns, for the way from the import worker to the page: thousands of
 * target objects (each with its period, baseline and source: five objects) took the page 35 ms to
 * deserialize in one task with 6 600 targets; as typed arrays they are transferred, and making the
 * objects again takes a few milliseconds. `unpackTargets(packTargets(t))` equals `t`.
 */
export interface TargetColumns {
  readonly count: number;
  /** The dictionaries the codes below point into. */
  readonly regions: readonly string[];
  readonly indicators: readonly string[];
  readonly files: readonly string[];
  /** Per target: region code, indicator code, file code (−1: no source). */
  readonly codes: Int32Array;
  /** Per target: granularity, year and sub of its period, then of its baseline's (granularity −1: none). */
  readonly periods: Int32Array;
  /** Per target: its value, then its baseline's (0 without one). */
  readonly values: Float64Array;
  /** Per target: the source's line (0 without a source). */
  readonly lines: Float64Array;
}

const CODES = 3;
const PERIODS = 6;
const VALUES = 2;

export function packTargets(targets: readonly Target[]): TargetColumns {
  const n = targets.length;
  const regions = new StringDictionary();
  const indicators = new StringDictionary();
  const files = new StringDictionary();
  const codes = new Int32Array(n * CODES);
  const periods = new Int32Array(n * PERIODS);
  const values = new Float64Array(n * VALUES);
  const lines = new Float64Array(n);
  targets.forEach((t, i) => {
    codes[i * CODES] = regions.code(t.region);
    codes[i * CODES + 1] = indicators.code(t.indicator);
    codes[i * CODES + 2] = t.source ? files.code(t.source.file) : -1;
    periods[i * PERIODS] = GRANULARITIES.indexOf(t.period.granularity);
    periods[i * PERIODS + 1] = t.period.year;
    periods[i * PERIODS + 2] = t.period.sub;
    periods[i * PERIODS + 3] = t.baseline ? GRANULARITIES.indexOf(t.baseline.period.granularity) : -1;
    periods[i * PERIODS + 4] = t.baseline?.period.year ?? 0;
    periods[i * PERIODS + 5] = t.baseline?.period.sub ?? 0;
    values[i * VALUES] = t.value;
    values[i * VALUES + 1] = t.baseline?.value ?? 0;
    lines[i] = t.source?.line ?? 0;
  });
  return {
    count: n,
    regions: regions.values,
    indicators: indicators.values,
    files: files.values,
    codes,
    periods,
    values,
    lines,
  };
}

/** The buffers of the columns, to transfer. */
export function targetTransferables(columns: TargetColumns): ArrayBuffer[] {
  return [columns.codes, columns.periods, columns.values, columns.lines].map((a) => a.buffer as ArrayBuffer);
}

function periodAt(periods: Int32Array, at: number): Period {
  const granularity = GRANULARITIES[periods[at] ?? 0];
  if (granularity === undefined)
    throw new Error(`A packed target has an unknown granularity (${periods[at]})`);
  return { granularity, year: periods[at + 1] ?? 0, sub: periods[at + 2] ?? 0 };
}

function entry(dictionary: readonly string[], code: number | undefined): string {
  const value = dictionary[code ?? -1];
  if (value === undefined) throw new Error(`A packed target points past its dictionary (${code})`);
  return value;
}

/** Makes the targets `from` to `to` (exclusive) and adds them to `into`. */
function unpackInto(columns: TargetColumns, from: number, to: number, into: Target[]): void {
  const { codes, periods, values, lines } = columns;
  for (let i = from; i < to; i++) {
    const file = codes[i * CODES + 2] ?? -1;
    const baselineGranularity = periods[i * PERIODS + 3] ?? -1;
    into.push({
      region: entry(columns.regions, codes[i * CODES]),
      indicator: entry(columns.indicators, codes[i * CODES + 1]),
      period: periodAt(periods, i * PERIODS),
      value: values[i * VALUES] ?? 0,
      baseline:
        baselineGranularity < 0
          ? undefined
          : { period: periodAt(periods, i * PERIODS + 3), value: values[i * VALUES + 1] ?? 0 },
      source: file < 0 ? undefined : { file: entry(columns.files, file), line: lines[i] ?? 0 },
    });
  }
}

export function unpackTargets(columns: TargetColumns): Target[] {
  const targets: Target[] = [];
  unpackInto(columns, 0, columns.count, targets);
  return targets;
}

/** How many targets are made between two pauses (unpackTargetsInSlices): a few milliseconds' work. */
export const TARGET_SLICE = 2500;

/**
 * unpackTargets in slices, awaiting `pause` before each: the page's 6 600 targets of a file with two
 * thousand indicators took 13–18 ms to make, in the task that received the dataset (with the
 * message's own decoding and, at times, a garbage collection: 53–63 ms). The same targets, in order.
 */
export async function unpackTargetsInSlices(
  columns: TargetColumns,
  pause: () => Promise<void>,
  slice = TARGET_SLICE,
): Promise<Target[]> {
  const targets: Target[] = [];
  for (let from = 0; from < columns.count; from += slice) {
    await pause();
    unpackInto(columns, from, Math.min(columns.count, from + slice), targets);
  }
  return targets;
}
