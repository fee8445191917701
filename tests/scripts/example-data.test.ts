import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateExampleData, SEED } from '../../scripts/example-data';
import { CHAIN_LEVELS, type ChainLevel } from '../../src/domain/chain-levels';
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import { COUNTIES } from '../../src/domain/regions';
import { statusAgainstTarget, targetPath, type Target, type TargetStatus } from '../../src/domain/target';
import { importFile } from '../../src/data/import-file';
import { isBalanced, type ImportResult } from '../../src/data/import-result';
import { observations } from '../../src/data/observation-store';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
const FILES = ['indicators.json', 'observations.csv', 'targets.csv', 'README.md'];
const COUNTY_CODES = COUNTIES.map((c) => c.code);
const ALL_REGIONS = ['00', ...COUNTY_CODES];
const LATEST_YEAR = 2025;

const readBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(DATA, name)));

const catalogue = importFile('indicators.json', readBytes('indicators.json'));
const known = new Set(catalogue.indicators.map((i) => i.id));
const observationImport = importFile('observations.csv', readBytes('observations.csv'), { knownIndicators: known });
const targetImport = importFile('targets.csv', readBytes('targets.csv'), { knownIndicators: known });
const rows: Observation[] = [...observations(observationImport.observations)];
const targets: readonly Target[] = targetImport.targets;
const indicatorById = new Map<string, Indicator>(catalogue.indicators.map((i) => [i.id, i]));

const key = (region: string, indicator: string, period: string, gender = 'T'): string => `${region}|${indicator}|${period}|${gender}`;
const valueAt = new Map<string, number | null>(rows.map((o) => [key(o.region, o.indicator, o.period, o.gender), o.value]));

function level(indicator: string): ChainLevel {
  const def = indicatorById.get(indicator);
  if (!def) throw new Error(`${indicator} is not in the catalogue`);
  return def.chainLevel;
}

describe('example data generator', () => {
  it('regenerates the committed files byte for byte', () => {
    const generated = generateExampleData();
    expect(Object.keys(generated).sort()).toEqual([...FILES].sort());
    for (const name of FILES) {
      const text = generated[name] ?? '';
      const committed = readBytes(name);
      expect(Buffer.from(text, 'utf8').equals(Buffer.from(committed)), `data/${name} differs from the generator's output`).toBe(true);
      expect(committed[0], `${name} must not start with a BOM`).not.toBe(0xef);
      expect(text.includes('\r'), `${name} must use LF line endings`).toBe(false);
    }
  });

  it('is deterministic and depends on the seed', () => {
    expect(generateExampleData(SEED)).toEqual(generateExampleData(SEED));
    expect(generateExampleData(SEED + 1)['observations.csv']).not.toEqual(generateExampleData(SEED)['observations.csv']);
  });

  it('says in the README that the data is invented, and names the seed', () => {
    const text = readFileSync(resolve(DATA, 'README.md'), 'utf8');
    expect(text).toMatch(/påhitta/);
    expect(text).toMatch(/invented/);
    expect(text).toContain(String(SEED));
  });
});

describe('example data through the import pipeline', () => {
  const results: readonly ImportResult[] = [catalogue, observationImport, targetImport];

  it.each(results.map((r) => [r.file, r] as const))('%s imports with no errors or warnings and balanced accounting', (_file, result) => {
    const problems = result.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code} line ${i.line}: ${i.message.en}`);
    expect(problems).toEqual([]);
    expect(isBalanced(result)).toBe(true);
    expect(result.rejected).toBe(0);
    expect(result.skipped).toBe(0);
  });

  it('reads the files in the intended layouts', () => {
    expect(catalogue.format).toBe('canonical-json');
    expect(observationImport.format).toBe('long-csv');
    expect(observationImport.delimiter).toBe(';');
    expect(targetImport.format).toBe('targets-csv');
    expect(observationImport.accepted).toBe(rows.length);
    expect(targetImport.accepted).toBe(targets.length);
  });
});

describe('catalogue', () => {
  it('has at least 14 indicators covering all six chain levels, each with an evaluation question', () => {
    expect(catalogue.indicators.length).toBeGreaterThanOrEqual(14);
    expect(new Set(catalogue.indicators.map((i) => i.chainLevel))).toEqual(new Set(CHAIN_LEVELS));
    for (const i of catalogue.indicators) {
      expect(i.question.text.sv.trim(), i.id).not.toBe('');
      expect(i.question.text.en.trim(), i.id).not.toBe('');
      expect(i.question.text.en, `${i.id} needs its own English question`).not.toBe(i.question.text.sv);
      expect(i.source, i.id).toMatch(/påhittad/i);
      expect(i.unit.sv.trim(), i.id).not.toBe('');
    }
  });

  it('has the named indicators on their levels', () => {
    expect(level('nyforetagande')).toBe('kortsiktiga_effekter');
    expect(level('ansokningstryck')).toBe('aktiviteter');
    expect(level('uppvaxling')).toBe('resurser');
    expect(indicatorById.get('arbetsloshet')?.direction).toBe('lower_is_better');
    expect(indicatorById.get('ansokningstryck')?.question.kind).toBe('process');
    expect(indicatorById.get('nyforetagande')?.question.text.sv).toBe('Ökar nyföretagandet i länet?');
  });
});

describe('observations', () => {
  it('cover Riket and all 21 län for every indicator and every year from 2012', () => {
    for (const region of ALL_REGIONS) {
      for (const id of known) {
        for (let year = 2012; year <= LATEST_YEAR; year++) {
          expect(valueAt.has(key(region, id, String(year))), `${region} ${id} ${year}`).toBe(true);
        }
      }
    }
  });

  it('have yearly and quarterly nyföretagande and K/M for employment and unemployment', () => {
    const nyf = rows.filter((o) => o.indicator === 'nyforetagande' && o.region === '00').map((o) => o.period);
    expect(nyf).toContain('2012');
    expect(nyf).toContain('2012-Q1');
    expect(nyf).toContain('2026-Q2');
    for (const id of ['sysselsattningsgrad', 'arbetsloshet']) {
      const genders = new Set(rows.filter((o) => o.indicator === id).map((o) => o.gender));
      expect(genders, id).toEqual(new Set(['T', 'K', 'M']));
    }
  });

  it('have a few missing markers, never on Riket', () => {
    const missing = rows.filter((o) => o.value === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length / rows.length).toBeLessThan(0.01);
    expect(missing.every((o) => o.marker === '..' && o.region !== '00')).toBe(true);
  });

  it('have plausible magnitudes', () => {
    const v = (region: string, id: string, period: string, gender = 'T'): number => {
      const value = valueAt.get(key(region, id, period, gender));
      if (value === undefined || value === null) throw new Error(`no value for ${region} ${id} ${period} ${gender}`);
      return value;
    };
    const riketNyf = v('00', 'nyforetagande', '2023');
    expect(riketNyf).toBeGreaterThan(9);
    expect(riketNyf).toBeLessThan(12);
    expect(v('01', 'nyforetagande', '2023')).toBeGreaterThan(riketNyf);
    expect(v('01', 'brp_per_invanare', '2023')).toBe(Math.max(...COUNTY_CODES.map((c) => v(c, 'brp_per_invanare', '2023'))));
    for (let year = 2012; year <= LATEST_YEAR; year++) {
      const y = String(year);
      const granted = COUNTY_CODES.reduce((sum, c) => sum + v(c, 'beviljade_medel', y), 0);
      expect(granted, `beviljade_medel ${y}`).toBeGreaterThanOrEqual(1400);
      expect(granted, `beviljade_medel ${y}`).toBeLessThanOrEqual(2200);
      expect(v('00', 'beviljade_medel', y)).toBeCloseTo(granted, 6);
      expect(v('00', 'antal_projekt', y)).toBe(COUNTY_CODES.reduce((sum, c) => sum + v(c, 'antal_projekt', y), 0));
      for (const c of ALL_REGIONS) {
        expect(v(c, 'sysselsattningsgrad', y)).toBeGreaterThan(70);
        expect(v(c, 'sysselsattningsgrad', y)).toBeLessThan(90);
        expect(v(c, 'arbetsloshet', y)).toBeGreaterThan(2);
        expect(v(c, 'arbetsloshet', y)).toBeLessThan(12);
        const average = (v(c, 'sysselsattningsgrad', y, 'K') + v(c, 'sysselsattningsgrad', y, 'M')) / 2;
        expect(Math.abs(v(c, 'sysselsattningsgrad', y) - average), `${c} ${y}`).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }
    const pressure = rows.filter((o) => o.indicator === 'ansokningstryck' && o.value !== null).map((o) => o.value ?? 0);
    expect(Math.min(...pressure)).toBeGreaterThanOrEqual(1);
    const leverage = rows.filter((o) => o.indicator === 'uppvaxling' && o.value !== null).map((o) => o.value ?? 0);
    expect(Math.min(...leverage)).toBeGreaterThanOrEqual(2);
  });
});

describe('targets', () => {
  it('exist for every region on every chain level', () => {
    for (const region of ALL_REGIONS) {
      const levels = new Set(targets.filter((t) => t.region === region).map((t) => level(t.indicator)));
      expect(levels, region).toEqual(new Set(CHAIN_LEVELS));
    }
  });

  it('start from the region’s 2020 value and point in the good direction', () => {
    for (const t of targets) {
      expect(t.baseline?.period).toEqual({ granularity: 'year', year: 2020, sub: 0 });
      expect(t.baseline?.value).toBe(valueAt.get(key(t.region, t.indicator, '2020')));
      const change = t.value - (t.baseline?.value ?? t.value);
      const direction = indicatorById.get(t.indicator)?.direction;
      expect(direction).not.toBe('neutral');
      expect(direction === 'lower_is_better' ? -change : change, `${t.region} ${t.indicator}`).toBeGreaterThan(0);
      expect([2026, 2030]).toContain(t.period.year);
    }
    expect(targets.some((t) => t.period.year === 2026)).toBe(true);
  });

  it('give a mix of statuses in the latest year', () => {
    const byPair = new Map<string, Target[]>();
    for (const t of targets) byPair.set(`${t.region}|${t.indicator}`, [...(byPair.get(`${t.region}|${t.indicator}`) ?? []), t]);
    const counts: Record<TargetStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_target: 0, no_data: 0 };
    for (const [pair, list] of byPair) {
      const [region = '', indicator = ''] = pair.split('|');
      const value = valueAt.get(key(region, indicator, String(LATEST_YEAR))) ?? null;
      const direction = indicatorById.get(indicator)?.direction ?? 'neutral';
      const { status } = statusAgainstTarget(value, { granularity: 'year', year: LATEST_YEAR, sub: 0 }, direction, targetPath(list));
      counts[status]++;
    }
    const total = byPair.size;
    expect(counts.on_track / total).toBeGreaterThanOrEqual(0.15);
    expect((counts.at_risk + counts.off_track) / total).toBeGreaterThanOrEqual(0.15);
    expect(counts.at_risk).toBeGreaterThan(0);
    expect(counts.no_data + counts.no_target).toBe(0);
  });
});
