/**
 * (a) In Node: our whole pipeline (decode, parse, validate, store in columns) against PapaParse
 * with `header` and typed objects, and against PapaParse's plain array mode, on the same bytes.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { importFile } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';

export interface ParseTiming {
  readonly name: string;
  readonly ms: number;
  readonly mbPerS: number;
  readonly rows: number;
}

interface TypedRow {
  region: string;
  indicator: string;
  period: string;
  gender: string;
  value: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Times each of `works` once per round, in turn (a warm-up round first, untimed): a slow spell of
 * the machine falls on a round of both sides, and the ratio is taken round by round. (Collecting the
 * heap before each run was tried: it made our side slower, as its heap then grew again each time.)
 */
function rounds(runs: number, works: readonly (() => unknown)[]): { ms: number[][]; results: unknown[] } {
  const results = works.map((work) => work());
  const ms: number[][] = works.map(() => []);
  for (let r = 0; r < runs; r++) {
    works.forEach((work, w) => {
      results[w] = undefined;
      const start = performance.now();
      results[w] = work();
      ms[w]?.push(performance.now() - start);
    });
  }
  return { ms, results };
}

export function papaTyped(bytes: Uint8Array, decimalComma: boolean): TypedRow[] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  return parsed.data.map((r) => ({
    region: r['region'] ?? '',
    indicator: r['indikator'] ?? '',
    period: r['period'] ?? '',
    gender: r['kön'] ?? '',
    value: Number(decimalComma ? (r['värde'] ?? '').replace(',', '.') : r['värde']),
  }));
}

export function papaArrays(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
}

/** The import figures' rounds: more than BENCH_RUNS's default, as one round of a side can be slow. */
export const PARSE_ROUNDS_MIN = 5;

export function benchNodeParse(
  path: string,
  decimalComma: boolean,
  runs: number,
): { timings: ParseTiming[]; ours: ImportResult; typedRatio: number; rounds: number } {
  const bytes = new Uint8Array(readFileSync(path));
  const mb = bytes.length / 1e6;
  const count = Math.max(runs, PARSE_ROUNDS_MIN);
  const { ms, results } = rounds(count, [
    () => importFile('bench.csv', bytes),
    () => papaTyped(bytes, decimalComma),
    () => papaArrays(bytes),
  ]);
  const [oursMs = [], typedMs = [], arraysMs = []] = ms;
  const ours = results[0] as ImportResult;
  const typedRows = (results[1] as TypedRow[]).length;
  const arrayRows = (results[2] as string[][]).length - 1;
  const timing = (name: string, times: number[], rows: number): ParseTiming => {
    const m = median(times);
    return { name, ms: m, mbPerS: mb / (m / 1000), rows };
  };
  return {
    timings: [
      timing('ours: decode + parse + validate + columns', oursMs, ours.accepted),
      timing('PapaParse header + typed objects', typedMs, typedRows),
      timing('PapaParse arrays (no header, no types)', arraysMs, arrayRows),
    ],
    ours,
    // PapaParse's time over ours in each round, the median of those: the rounds pair the two sides.
    typedRatio: median(typedMs.map((t, r) => t / (oursMs[r] ?? NaN))),
    rounds: count,
  };
}
