/**
 * (a) In Node: our whole pipeline (decode, parse, validate, store in columns) against PapaParse
 * with `header` and typed objects, and against PapaParse's plain array mode, on the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
export function rounds(
  runs: number,
  works: readonly (() => unknown)[],
): { ms: number[][]; results: unknown[] } {
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

/** What one fork (parse-fork.ts) measured: each round's milliseconds, and the rows each side gave. */
export interface ForkTimes {
  readonly ours: number[];
  readonly typed: number[];
  readonly oursRows: number;
  readonly typedRows: number;
}

/**
 * Forks of the import figure: a process of Node runs our pipeline at one of two speeds for its whole
 * life, about 1.6× apart (the same build, file and machine; seen in Node's own timings of every hot
 * function alike, not in one deopt), so one process is one draw. As JMH does with forks, the figure
 * is the median of several fresh processes' figures.
 */
export const PARSE_FORKS = 3;

function fork(path: string, decimalComma: boolean, runs: number): ForkTimes {
  const script = resolve(import.meta.dirname, 'parse-fork.ts');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', script, path, decimalComma ? '1' : '0', String(runs)],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`parse-fork.ts exited with ${String(result.status)}`);
  return JSON.parse(result.stdout) as ForkTimes;
}

export function benchNodeParse(
  path: string,
  decimalComma: boolean,
  runs: number,
): {
  timings: ParseTiming[];
  ours: ImportResult;
  typedRatio: number;
  forkRatios: number[];
} {
  const bytes = new Uint8Array(readFileSync(path));
  const mb = bytes.length / 1e6;
  const forks = Array.from({ length: PARSE_FORKS }, () => fork(path, decimalComma, runs));
  // PapaParse's time over ours in each round; a fork's figure is the median of its rounds'.
  const forkRatios = forks.map((f) => median(f.typed.map((t, r) => t / (f.ours[r] ?? NaN))));
  // PapaParse's plain arrays, for comparison only, and our result for its accounting: in this process.
  const { ms, results } = rounds(runs, [() => papaArrays(bytes)]);
  const ours = importFile('bench.csv', bytes);
  const timing = (name: string, times: number[], rows: number): ParseTiming => {
    const m = median(times);
    return { name, ms: m, mbPerS: mb / (m / 1000), rows };
  };
  return {
    timings: [
      timing(
        'ours: decode + parse + validate + columns',
        forks.flatMap((f) => f.ours),
        forks[0]?.oursRows ?? 0,
      ),
      timing(
        'PapaParse header + typed objects',
        forks.flatMap((f) => f.typed),
        forks[0]?.typedRows ?? 0,
      ),
      timing('PapaParse arrays (no header, no types)', ms[0] ?? [], (results[0] as string[][]).length - 1),
    ],
    ours,
    typedRatio: median(forkRatios),
    forkRatios,
  };
}
