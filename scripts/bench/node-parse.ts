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

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work(); // warm-up, and the result we check
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
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

export function benchNodeParse(
  path: string,
  decimalComma: boolean,
  runs: number,
): { timings: ParseTiming[]; ours: ImportResult } {
  const bytes = new Uint8Array(readFileSync(path));
  const mb = bytes.length / 1e6;
  const ours = time(runs, () => importFile('bench.csv', bytes));
  const typed = time(runs, () => papaTyped(bytes, decimalComma));
  const arrays = time(runs, () => papaArrays(bytes));
  const timing = (name: string, ms: number, rows: number): ParseTiming => ({
    name,
    ms,
    mbPerS: mb / (ms / 1000),
    rows,
  });
  return {
    timings: [
      timing('ours: decode + parse + validate + columns', ours.ms, ours.result.accepted),
      timing('PapaParse header + typed objects', typed.ms, typed.result.length),
      timing('PapaParse arrays (no header, no types)', arrays.ms, arrays.result.length - 1),
    ],
    ours: ours.result,
  };
}
