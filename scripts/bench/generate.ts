/**
 * The benchmark's input: a long CSV of 312 regions (Riket, 21 län, 290 kommuner) × 43 indicators ×
 * 25 years × T/K/M = 1 006 200 observations, from a fixed seed, plus its Swedish twin (`;` and
 * decimal comma). Written once to .bench/ and reused while the seed and shape are unchanged.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { REGIONS } from '../../src/domain/regions';

export const BENCH_DIR = resolve(import.meta.dirname, '../../.bench');
export const SEED = 1_234_567;
export const INDICATORS = 43;
export const YEARS = 25;
export const FIRST_YEAR = 2000;
const GENDERS = ['T', 'K', 'M'] as const;

export interface BenchFiles {
  readonly comma: string;
  readonly semicolon: string;
  readonly rows: number;
}

/** mulberry32: small, fast, good enough to make values look unalike. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeFile(path: string, delimiter: ',' | ';', indicators = INDICATORS): Promise<number> {
  const rand = random(SEED);
  const out = createWriteStream(path);
  const header = ['region', 'indikator', 'period', 'kön', 'värde'].join(delimiter);
  let buffer = `${header}\n`;
  let rows = 0;
  for (const region of REGIONS) {
    for (let k = 1; k <= indicators; k++) {
      const indicator = `indikator_${String(k).padStart(2, '0')}`;
      const level = 10 + rand() * 990;
      for (let y = 0; y < YEARS; y++) {
        for (const gender of GENDERS) {
          const value = (level * (1 + y * 0.01) * (0.9 + rand() * 0.2)).toFixed(1);
          const cell = delimiter === ';' ? value.replace('.', ',') : value;
          buffer += `${region.code}${delimiter}${indicator}${delimiter}${FIRST_YEAR + y}${delimiter}${gender}${delimiter}${cell}\n`;
          rows++;
        }
      }
      if (buffer.length > 1 << 20) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return rows;
}

/** Writes the two files unless the ones on disk came from the same seed and shape. */
export async function ensureBenchFiles(): Promise<BenchFiles> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const comma = resolve(BENCH_DIR, 'long-1m.csv');
  const semicolon = resolve(BENCH_DIR, 'long-1m-sv.csv');
  const stamp = resolve(BENCH_DIR, 'stamp.json');
  const wanted = JSON.stringify({ SEED, INDICATORS, YEARS, regions: REGIONS.length });
  const rows = REGIONS.length * INDICATORS * YEARS * GENDERS.length;
  if (
    existsSync(comma) &&
    existsSync(semicolon) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === wanted
  ) {
    return { comma, semicolon, rows };
  }
  const written = await writeFile(comma, ',');
  await writeFile(semicolon, ';');
  writeFileSync(stamp, wanted);
  return { comma, semicolon, rows: written };
}

/** Indicators in the kommun-size file: 312 regions × 215 × 25 years × T/K/M = 5 031 000 observations. */
export const HUGE_INDICATORS = 215;

/** The kommun-size file (`;`, decimal comma, about 170 MB), written once like the others. */
export async function ensureHugeFile(): Promise<{ readonly path: string; readonly rows: number }> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = resolve(BENCH_DIR, 'long-5m-sv.csv');
  const stamp = resolve(BENCH_DIR, 'stamp-5m.json');
  const wanted = JSON.stringify({ SEED, HUGE_INDICATORS, YEARS, regions: REGIONS.length });
  const rows = REGIONS.length * HUGE_INDICATORS * YEARS * GENDERS.length;
  if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return { path, rows };
  await writeFile(path, ';', HUGE_INDICATORS);
  writeFileSync(stamp, wanted);
  return { path, rows };
}
