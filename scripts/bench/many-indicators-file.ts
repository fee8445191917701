/**
 * The many-indicators input (issue 15, item 5): 2 000 indicators × Riket and the 21 län × 10 years,
 * as a user would add it — a long CSV of observations, a catalogue (JSON) describing three in four of
 * the indicators on every level of the effect chain, and a targets CSV for some counties — written
 * at bench or test time from a fixed seed, never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHAIN_LEVELS } from '../../src/domain/chain-levels';
import { RIKET_AND_COUNTIES } from '../../src/domain/regions';

export const MANY_INDICATORS = 2_000;
export const MANY_YEARS = 10;
export const MANY_FIRST_YEAR = 2014;
/** Indicators with a number above this are left out of the catalogue (shown as "not in the catalogue"). */
export const MANY_CATALOGUED = 1_500;

/** The id of the k-th indicator (1-based): `mangd_0001` … `mangd_2000`. */
export function manyIndicatorId(k: number): string {
  return `mangd_${String(k).padStart(4, '0')}`;
}

/** The Swedish name the catalogue gives the k-th indicator. */
export function manyIndicatorName(k: number): string {
  return `Mängdindikator ${String(k).padStart(4, '0')}`;
}

export interface ManyIndicatorFiles {
  readonly observations: string;
  readonly catalogue: string;
  readonly targets: string;
  /** Every file, in the order to add them. */
  readonly all: readonly string[];
  readonly rows: number;
}

/** mulberry32, as in generate.ts. */
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

function catalogueJson(): string {
  const indicators = [];
  for (let k = 1; k <= MANY_CATALOGUED; k++) {
    const level = CHAIN_LEVELS[k % CHAIN_LEVELS.length] ?? 'utfall';
    const question = k % 7;
    indicators.push({
      id: manyIndicatorId(k),
      name: { sv: manyIndicatorName(k), en: `Bulk indicator ${String(k).padStart(4, '0')}` },
      unit: { sv: 'antal', en: 'number' },
      chainLevel: level,
      direction: k % 3 === 0 ? 'lower_is_better' : 'higher_is_better',
      question: {
        kind: question === 0 ? 'process' : 'summative',
        sv: `Fråga ${question} på nivån ${level}?`,
        en: `Question ${question} on level ${level}?`,
      },
      source: 'Genererad mängddata (påhittad)',
      decimals: 1,
    });
  }
  return JSON.stringify({ indicators });
}

/**
 * Writes the three files into `dir` (same seed, same bytes every time). The bench takes MANY_YEARS
 * years; the e2e test, which checks what the views do and not how fast, fewer.
 */
export function writeManyIndicatorFiles(dir: string, years = MANY_YEARS): ManyIndicatorFiles {
  mkdirSync(dir, { recursive: true });
  const rand = random(20_000);
  const regions = RIKET_AND_COUNTIES.map((r) => r.code);
  const lines = ['region;indikator;period;värde'];
  const targets = ['region;indikator;period;mål;basår;baslinje'];
  for (let k = 1; k <= MANY_INDICATORS; k++) {
    const id = manyIndicatorId(k);
    const level = 10 + rand() * 990;
    for (const region of regions) {
      const own = level * (0.8 + rand() * 0.4);
      for (let y = 0; y < years; y++) {
        const value = own * (1 + y * 0.01) * (0.95 + rand() * 0.1);
        lines.push(`${region};${id};${MANY_FIRST_YEAR + y};${value.toFixed(1).replace('.', ',')}`);
      }
      // Targets for a few counties of the catalogued indicators, so that statuses vary.
      if (
        k <= MANY_CATALOGUED &&
        (region === '00' || region === '01' || region === '20' || region === '25')
      ) {
        const goal = own * (1.05 + rand() * 0.2);
        targets.push(
          `${region};${id};2030;${goal.toFixed(1).replace('.', ',')};${MANY_FIRST_YEAR};${own.toFixed(1).replace('.', ',')}`,
        );
      }
    }
  }
  const observations = resolve(dir, 'mangd-observationer.csv');
  const catalogue = resolve(dir, 'mangd-katalog.json');
  const targetsPath = resolve(dir, 'mangd-mal.csv');
  writeFileSync(observations, `${lines.join('\n')}\n`);
  writeFileSync(catalogue, catalogueJson());
  writeFileSync(targetsPath, `${targets.join('\n')}\n`);
  return {
    observations,
    catalogue,
    targets: targetsPath,
    all: [catalogue, observations, targetsPath],
    rows: lines.length - 1,
  };
}
