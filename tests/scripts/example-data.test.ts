import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateExampleData, SEED } from '../../scripts/example-data/index';
import { LAST_YEAR } from '../../scripts/example-data/model';
import { CHAIN_LEVELS, type ChainLevel } from '../../src/domain/chain-levels';
import type { Indicator } from '../../src/domain/indicator';
import { LEDGER_MEASURES } from '../../src/domain/ledger-measures';
import type { Observation } from '../../src/domain/observation';
import { COUNTIES } from '../../src/domain/regions';
import { statusAgainstTarget, targetPath, type Target, type TargetStatus } from '../../src/domain/target';
import { importFile } from '../../src/data/pipeline/import-file';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { isBalanced, type ImportResult } from '../../src/data/import/import-result';
import { observations } from '../../src/data/columns/observation-store';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');
const LEDGER_FILES = ['arendelista.csv', 'ramar.csv', 'rus-andelar.csv'];
const FILES = [
  'indicators.json',
  'observations.csv',
  'kommuner.csv',
  'targets.csv',
  ...LEDGER_FILES,
  'README.md',
];
const COUNTY_CODES = COUNTIES.map((c) => c.code);
const ALL_REGIONS = ['00', ...COUNTY_CODES];
const LATEST_YEAR = 2025;
const LEDGER_YEARS = Array.from({ length: LATEST_YEAR - 2014 + 1 }, (_, i) => 2014 + i);

const readBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(DATA, name)));
const readText = (name: string): string => readFileSync(resolve(DATA, name), 'utf8');

const catalogue = importFile('indicators.json', readBytes('indicators.json'));
const known = new Set(catalogue.indicators.map((i) => i.id));
const observationImport = importFile('observations.csv', readBytes('observations.csv'), {
  knownIndicators: known,
});
const kommunImport = importFile('kommuner.csv', readBytes('kommuner.csv'), { knownIndicators: known });
const targetImport = importFile('targets.csv', readBytes('targets.csv'), { knownIndicators: known });
const ledgerImport = importFile('arendelista.csv', readBytes('arendelista.csv'));
const frameImport = importFile('ramar.csv', readBytes('ramar.csv'));
const shareImport = importFile('rus-andelar.csv', readBytes('rus-andelar.csv'));
const rows: Observation[] = [...observations(observationImport.observations)];
const kommunRows: Observation[] = [...observations(kommunImport.observations)];
const targets: readonly Target[] = targetImport.targets;
const indicatorById = new Map<string, Indicator>(catalogue.indicators.map((i) => [i.id, i]));
const cases = ledgerImport.ledger?.cases ?? [];
const frames = frameImport.ledger?.frames ?? [];
const shares = shareImport.ledger?.shares ?? [];

/** Everything the app opens with, through the app's own import: the 1:1 indicators computed from the ledger. */
const dataset = importTextFiles(
  ['indicators.json', 'observations.csv', 'kommuner.csv', 'targets.csv', ...LEDGER_FILES].map((name) => ({
    name,
    bytes: readBytes(name),
  })),
);
const appRows: Observation[] = [...observations(dataset.observations)];

const key = (region: string, indicator: string, period: string, gender = 'T'): string =>
  `${region}|${indicator}|${period}|${gender}`;
const valueAt = new Map<string, number | null>(
  [...rows, ...kommunRows].map((o) => [key(o.region, o.indicator, o.period, o.gender), o.value]),
);
const appValueAt = new Map<string, number | null>(
  appRows.map((o) => [key(o.region, o.indicator, o.period, o.gender), o.value]),
);

/** The ids the app computes from the ledger: its sums and the catalogue's formulas. */
const computed = new Set<string>([
  ...LEDGER_MEASURES,
  ...catalogue.indicators.filter((i) => i.formula).map((i) => i.id),
]);
const written = [...known].filter((id) => !computed.has(id));

function level(indicator: string): ChainLevel {
  const def = indicatorById.get(indicator);
  if (!def) throw new Error(`${indicator} is not in the catalogue`);
  return def.chainLevel;
}

function appValue(region: string, indicator: string, year: number): number {
  const value = appValueAt.get(key(region, indicator, String(year)));
  if (value === undefined || value === null)
    throw new Error(`the app has no value for ${region} ${indicator} ${year}`);
  return value;
}

describe('example data generator', () => {
  it('regenerates the committed files byte for byte', () => {
    const generated = generateExampleData();
    expect(Object.keys(generated).sort()).toEqual([...FILES].sort());
    for (const name of FILES) {
      const text = generated[name] ?? '';
      const committed = readBytes(name);
      expect(
        Buffer.from(text, 'utf8').equals(Buffer.from(committed)),
        `data/${name} differs from the generator's output`,
      ).toBe(true);
      expect(committed[0], `${name} must not start with a BOM`).not.toBe(0xef);
      expect(text.includes('\r'), `${name} must use LF line endings`).toBe(false);
    }
  });

  it('is deterministic and depends on the seed', () => {
    expect(generateExampleData(SEED)).toEqual(generateExampleData(SEED));
    const other = generateExampleData(SEED + 1);
    expect(other['observations.csv']).not.toEqual(generateExampleData(SEED)['observations.csv']);
    expect(other['arendelista.csv']).not.toEqual(generateExampleData(SEED)['arendelista.csv']);
  });

  it('says in the README that the data is invented, names the seed and the ledger files', () => {
    const text = readText('README.md');
    expect(text).toMatch(/påhitta/);
    expect(text).toMatch(/invented/);
    expect(text).toContain(String(SEED));
    for (const name of LEDGER_FILES) expect(text).toContain(`\`${name}\``);
    expect(text).toContain(`${cases.length} påhittade ärenden`);
    expect(text).toMatch(/Projektägarna är påhittade namn/);
    expect(text).toMatch(/project owners are invented names/);
  });

  it('keeps the case ledger small enough to ship with the app', () => {
    expect(readBytes('arendelista.csv').length).toBeLessThan(1.5e6);
  });
});

describe('example data through the import pipeline', () => {
  const results: readonly ImportResult[] = [
    catalogue,
    observationImport,
    kommunImport,
    targetImport,
    ledgerImport,
    frameImport,
    shareImport,
  ];

  it.each(results.map((r) => [r.file, r] as const))(
    '%s imports with no errors or warnings and balanced accounting',
    (_file, result) => {
      const problems = result.issues
        .filter((i) => i.severity !== 'info')
        .map((i) => `${i.code} line ${i.line}: ${i.message.en}`);
      expect(problems).toEqual([]);
      expect(isBalanced(result)).toBe(true);
      expect(result.records).toBeGreaterThan(0);
      expect(result.rejected).toBe(0);
      expect(result.skipped).toBe(0);
    },
  );

  it('reads the files in the intended layouts', () => {
    expect(catalogue.format).toBe('canonical-json');
    expect(observationImport.format).toBe('long-csv');
    expect(observationImport.delimiter).toBe(';');
    expect(targetImport.format).toBe('targets-csv');
    expect(ledgerImport.format).toBe('ledger-csv');
    expect(frameImport.format).toBe('frames-csv');
    expect(shareImport.format).toBe('shares-csv');
    expect(observationImport.accepted).toBe(rows.length);
    expect(kommunImport.format).toBe('long-csv');
    expect(kommunImport.accepted).toBe(kommunRows.length);
    expect(targetImport.accepted).toBe(targets.length);
    expect(ledgerImport.accepted).toBe(cases.length);
    expect(frameImport.accepted).toBe(frames.length);
    expect(shareImport.accepted).toBe(shares.length);
  });

  it('builds one dataset with no errors or warnings: every formula of the catalogue can be computed', () => {
    const problems = dataset.reports.flatMap((r) =>
      r.issues.filter((i) => i.severity !== 'info').map((i) => `${r.file}: ${i.code} ${i.message.en}`),
    );
    expect(problems).toEqual([]);
    expect(dataset.ledger.cases).toHaveLength(cases.length);
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

  it('has every sum of the ledger as an indicator summed over the counties, listed only for the frame, applied and granted', () => {
    for (const id of LEDGER_MEASURES) {
      const def = indicatorById.get(id);
      expect(def, id).toBeDefined();
      expect(def?.aggregation, id).toBe('sum');
      expect(def?.formula, id).toBeUndefined();
      expect(def?.listed, id).toBe(['ram_medel', 'sokta_medel', 'beviljade_medel'].includes(id));
      expect(def?.source, id).toBe('Exempeldata (påhittad), förebild: regionens ärendesystem för anslag 1:1');
    }
  });

  it('declares the 1:1 indicators as formulas over the ledger’s sums', () => {
    const formulas = Object.fromEntries(
      catalogue.indicators.filter((i) => i.formula).map((i) => [i.id, i.formula]),
    );
    expect(formulas).toEqual({
      projektens_totala_finansiering: { kind: 'sum', of: ['beviljade_medel', 'medfinansiering'] },
      ansokningstryck: { kind: 'ratio', of: ['sokta_medel', 'ram_medel'] },
      ansokningar_per_beviljad: { kind: 'ratio', of: ['antal_ansokningar', 'antal_beviljade_arenden'] },
      beslutandegrad: { kind: 'share', of: ['beviljade_medel', 'ram_medel'] },
      uppvaxling: { kind: 'ratio', of: ['projektens_totala_finansiering', 'beviljade_medel'] },
      medfinansiering_per_krona: { kind: 'ratio', of: ['medfinansiering', 'beviljade_medel'] },
      utbetalningsgrad: { kind: 'share', of: ['utbetalda_medel', 'beviljade_medel'] },
      andel_foretagsstod_kvinnor: {
        kind: 'share',
        of: ['foretagsstod_vd_kvinna_medel', 'foretagsstod_vd_kand_medel'],
      },
      andel_medel_rus: { kind: 'share', of: ['beviljade_medel_rus', 'beviljade_medel'] },
    });
    expect(indicatorById.get('projektens_totala_finansiering')?.listed).toBe(false);
    expect(indicatorById.get('uppvaxling')?.description?.sv).toMatch(/ingen enskild officiell definition/);
    expect(indicatorById.get('utbetalningsgrad')?.description?.sv).toMatch(/kohort/);
    expect(catalogue.indicators.filter((i) => i.cohort).map((i) => i.id)).toEqual(['utbetalningsgrad']);
  });
});

describe('observations', () => {
  it('hold none of the indicators the app computes from the ledger', () => {
    const inFile = new Set(rows.map((o) => o.indicator));
    for (const id of computed) expect(inFile.has(id), id).toBe(false);
  });

  it('cover Riket and all 21 län for every other indicator and every year from 2012', () => {
    expect(written.length).toBeGreaterThanOrEqual(14);
    for (const region of ALL_REGIONS) {
      for (const id of written) {
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
      if (value === undefined || value === null)
        throw new Error(`no value for ${region} ${id} ${period} ${gender}`);
      return value;
    };
    const riketNyf = v('00', 'nyforetagande', '2023');
    expect(riketNyf).toBeGreaterThan(9);
    expect(riketNyf).toBeLessThan(12);
    expect(v('01', 'nyforetagande', '2023')).toBeGreaterThan(riketNyf);
    expect(v('01', 'brp_per_invanare', '2023')).toBe(
      Math.max(...COUNTY_CODES.map((c) => v(c, 'brp_per_invanare', '2023'))),
    );
    for (let year = 2012; year <= LATEST_YEAR; year++) {
      const y = String(year);
      expect(v('00', 'antal_projekt', y)).toBe(
        COUNTY_CODES.reduce((sum, c) => sum + v(c, 'antal_projekt', y), 0),
      );
      for (const c of ALL_REGIONS) {
        expect(v(c, 'sysselsattningsgrad', y)).toBeGreaterThan(70);
        expect(v(c, 'sysselsattningsgrad', y)).toBeLessThan(90);
        expect(v(c, 'arbetsloshet', y)).toBeGreaterThan(2);
        expect(v(c, 'arbetsloshet', y)).toBeLessThan(12);
        const average = (v(c, 'sysselsattningsgrad', y, 'K') + v(c, 'sysselsattningsgrad', y, 'M')) / 2;
        expect(Math.abs(v(c, 'sysselsattningsgrad', y) - average), `${c} ${y}`).toBeLessThanOrEqual(
          0.1 + 1e-9,
        );
      }
    }
  });
});

describe('the 1:1 case ledger, frames and planned shares', () => {
  it('write the ledger with exactly the agreed header', () => {
    expect(readText('arendelista.csv').split('\n')[0]).toBe(
      'ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp;utbetalt_belopp;eu_medel;statlig_medfinansiering;regional_medfinansiering;kommunal_medfinansiering;privat_medfinansiering;rus_prioritering;resultatkedja;nationellt_strategiområde;projektägare;startdatum;slutdatum;vd_kön',
    );
    expect(readText('ramar.csv').split('\n')[0]).toBe('län;år;ram');
    expect(readText('rus-andelar.csv').split('\n')[0]).toBe('län;år;rus_prioritering;planerad_andel');
  });

  it('give every county a frame and 15–40 decided cases in every year 2014–2025, and nothing else', () => {
    const frameKeys = frames.map((f) => `${f.region}|${f.year}`);
    expect(new Set(frameKeys).size).toBe(frameKeys.length);
    expect(frames).toHaveLength(COUNTY_CODES.length * LEDGER_YEARS.length);
    for (const region of COUNTY_CODES) {
      for (const year of LEDGER_YEARS) {
        expect(frameKeys, `${region} ${year}`).toContain(`${region}|${year}`);
        const decided = cases.filter((c) => c.region === region && c.year === year).length;
        expect(decided, `${region} ${year}`).toBeGreaterThanOrEqual(15);
        expect(decided, `${region} ${year}`).toBeLessThanOrEqual(40);
      }
    }
    expect(new Set(cases.map((c) => c.year).filter((y) => y !== undefined))).toEqual(new Set(LEDGER_YEARS));
  });

  it('split every county-year’s plan over four RUS areas in whole per cents summing to exactly 100', () => {
    const byKey = new Map<string, number[]>();
    for (const s of shares)
      byKey.set(`${s.region}|${s.year}`, [...(byKey.get(`${s.region}|${s.year}`) ?? []), s.share]);
    expect(byKey.size).toBe(COUNTY_CODES.length * LEDGER_YEARS.length);
    for (const [k, list] of byKey) {
      expect(list, k).toHaveLength(4);
      expect(
        list.every((s) => Number.isInteger(s) && s > 0),
        k,
      ).toBe(true);
      expect(
        list.reduce((a, b) => a + b, 0),
        k,
      ).toBe(100);
    }
  });

  it('never grant more than was applied for, nor pay more than was granted; rejections have no grant', () => {
    for (const c of cases) {
      // The example ledger has every applied amount.
      const applied = c.applied ?? NaN;
      expect(c.granted, c.id).toBeLessThanOrEqual(applied);
      expect(c.paid, c.id).toBeLessThanOrEqual(c.granted);
      for (const amount of [applied, c.granted, c.paid, ...c.cofinancing])
        expect(Number.isInteger(amount) && amount >= 0, c.id).toBe(true);
      if (c.status === 'beviljad') {
        expect(c.granted, c.id).toBeGreaterThanOrEqual(0.6 * applied - 1000);
        // 1:1 may cover at most half of a case's financing.
        expect(
          c.cofinancing.reduce((a, b) => a + b, 0),
          c.id,
        ).toBeGreaterThanOrEqual(c.granted);
      } else {
        expect([c.granted, c.paid], c.id).toEqual([0, 0]);
      }
    }
    const rejectedShare = cases.filter((c) => c.status === 'avslagen').length / cases.length;
    expect(rejectedShare).toBeGreaterThan(0.2);
    expect(rejectedShare).toBeLessThan(0.35);
  });

  it('leave pending cases (under handläggning, no decision year) only in the latest year', () => {
    const pending = cases.filter((c) => c.status === 'under_handlaggning');
    expect(pending.length).toBeGreaterThan(0);
    for (const c of pending) {
      expect(c.year, c.id).toBeUndefined();
      expect(c.id.split('-')[1], c.id).toBe(String(LAST_YEAR));
    }
    expect(cases.filter((c) => c.year === undefined)).toEqual(pending);
  });

  it('number the cases uniquely, with obviously invented owners, dates in the decision year and the CEO’s gender only for company support', () => {
    expect(new Set(cases.map((c) => `${c.region}|${c.id}`)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.id, c.id).toMatch(new RegExp(`^${c.region}-\\d{4}-\\d{4}$`));
      expect(c.owner, c.id).toMatch(
        /^(Exempelprojekt \d{4}|Exempelkommunen \d{2}|Exempelföreningen \d{4}|Exempelbolaget \d{4} AB|Exempelbutiken \d{4})$/,
      );
      if (c.supportType !== 'foretagsstod') expect(c.ceoGender, c.id).toBeUndefined();
      if (c.start !== undefined && c.end !== undefined) {
        expect(Number(c.start.slice(0, 4)), c.id).toBe(c.year);
        expect(c.end > c.start, c.id).toBe(true);
      }
    }
    const company = cases.filter((c) => c.supportType === 'foretagsstod');
    const women =
      company.filter((c) => c.ceoGender === 'K').length /
      company.filter((c) => c.ceoGender !== undefined).length;
    expect(women).toBeGreaterThan(0.2);
    expect(women).toBeLessThan(0.35);
    const untied = cases.filter((c) => c.rus === '').length / cases.length;
    expect(untied).toBeGreaterThan(0.08);
    expect(untied).toBeLessThan(0.15);
  });
});

describe('the 1:1 indicators the app computes from the ledger', () => {
  it('have a finite leverage of at least 2 for every county and year, and for Riket', () => {
    for (const region of ALL_REGIONS) {
      for (const year of LEDGER_YEARS) {
        const value = appValue(region, 'uppvaxling', year);
        expect(Number.isFinite(value), `${region} ${year}`).toBe(true);
        expect(value, `${region} ${year}`).toBeGreaterThanOrEqual(2);
        expect(value, `${region} ${year}`).toBeLessThan(5);
      }
    }
  });

  it('give Riket a value of every formula indicator in every year', () => {
    for (const def of catalogue.indicators.filter((i) => i.formula)) {
      for (const year of LEDGER_YEARS)
        expect(Number.isFinite(appValue('00', def.id, year)), `${def.id} ${year}`).toBe(true);
    }
  });

  it('have plausible magnitudes: granted funds, pressure, commitment and payments by cohort', () => {
    for (const year of LEDGER_YEARS) {
      const granted = appValue('00', 'beviljade_medel', year);
      expect(granted, `beviljade_medel ${year}`).toBeGreaterThanOrEqual(1400);
      expect(granted, `beviljade_medel ${year}`).toBeLessThanOrEqual(2200);
      expect(granted).toBeCloseTo(
        COUNTY_CODES.reduce((sum, c) => sum + appValue(c, 'beviljade_medel', year), 0),
        6,
      );
      for (const region of ALL_REGIONS) {
        expect(appValue(region, 'ansokningstryck', year), `${region} ${year}`).toBeGreaterThan(1);
        expect(appValue(region, 'beslutandegrad', year), `${region} ${year}`).toBeGreaterThanOrEqual(80);
        expect(appValue(region, 'beslutandegrad', year), `${region} ${year}`).toBeLessThanOrEqual(100);
        expect(appValue(region, 'andel_medel_rus', year), `${region} ${year}`).toBeGreaterThan(40);
      }
    }
    const paid = (age: number): number => appValue('00', 'utbetalningsgrad', LATEST_YEAR - age);
    expect(paid(0)).toBeLessThan(20);
    expect(paid(1)).toBeGreaterThan(paid(0));
    expect(paid(2)).toBeGreaterThan(paid(1));
    expect(paid(4)).toBeGreaterThan(90);
  });
});

describe('targets', () => {
  it('exist for every region on every chain level, and for every listed 1:1 formula with a direction but utbetalningsgrad', () => {
    for (const region of ALL_REGIONS) {
      const mine = targets.filter((t) => t.region === region);
      expect(new Set(mine.map((t) => level(t.indicator))), region).toEqual(new Set(CHAIN_LEVELS));
      for (const id of [
        'uppvaxling',
        'medfinansiering_per_krona',
        'beslutandegrad',
        'andel_medel_rus',
        'andel_foretagsstod_kvinnor',
      ]) {
        expect(
          mine.some((t) => t.indicator === id && t.period.year === 2030),
          `${region} ${id}`,
        ).toBe(true);
      }
    }
    // Per decision-year cohort, the latest value is always a young cohort's: no calendar-year target path.
    expect(targets.filter((t) => t.indicator === 'utbetalningsgrad')).toEqual([]);
  });

  it('start from the region’s 2020 value, as the file gives it or the app computes it, and point in the good direction', () => {
    for (const t of targets) {
      expect(t.baseline?.period).toEqual({ granularity: 'year', year: 2020, sub: 0 });
      const def = indicatorById.get(t.indicator);
      if (computed.has(t.indicator)) {
        const value = appValue(t.region, t.indicator, 2020);
        expect(t.baseline?.value, `${t.region} ${t.indicator}`).toBe(
          Number(value.toFixed(def?.decimals ?? 0)),
        );
      } else {
        expect(t.baseline?.value).toBe(valueAt.get(key(t.region, t.indicator, '2020')));
      }
      const change = t.value - (t.baseline?.value ?? t.value);
      expect(def?.direction).not.toBe('neutral');
      expect(
        def?.direction === 'lower_is_better' ? -change : change,
        `${t.region} ${t.indicator}`,
      ).toBeGreaterThan(0);
      if (def?.unit.sv === '%') expect(t.value, `${t.region} ${t.indicator}`).toBeLessThanOrEqual(100);
      expect([2026, 2030]).toContain(t.period.year);
    }
    expect(targets.some((t) => t.period.year === 2026)).toBe(true);
  });

  it('give a mix of statuses in the latest year', () => {
    const byPair = new Map<string, Target[]>();
    for (const t of targets)
      byPair.set(`${t.region}|${t.indicator}`, [...(byPair.get(`${t.region}|${t.indicator}`) ?? []), t]);
    const counts: Record<TargetStatus, number> = {
      on_track: 0,
      at_risk: 0,
      off_track: 0,
      no_target: 0,
      no_data: 0,
    };
    for (const [pair, list] of byPair) {
      const [region = '', indicator = ''] = pair.split('|');
      const value = appValueAt.get(key(region, indicator, String(LATEST_YEAR))) ?? null;
      const direction = indicatorById.get(indicator)?.direction ?? 'neutral';
      const { status } = statusAgainstTarget(
        value,
        { granularity: 'year', year: LATEST_YEAR, sub: 0 },
        direction,
        targetPath(list),
      );
      counts[status]++;
    }
    const total = byPair.size;
    expect(counts.on_track / total).toBeGreaterThanOrEqual(0.15);
    expect((counts.at_risk + counts.off_track) / total).toBeGreaterThanOrEqual(0.15);
    expect(counts.at_risk).toBeGreaterThan(0);
    expect(counts.no_data + counts.no_target).toBe(0);
  });
});
