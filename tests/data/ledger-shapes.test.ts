import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import type { ImportOptions, ImportResult } from '../../src/data/import/import-result';
import { countiesNamedIn } from '../../src/data/table/ledger/ledger-county';
import { readOptions } from '../../src/data/workspace/workspace-parts';
import { ledgerMeasures } from '../../src/domain/ledger-measures';
import { paymentsByCohort } from '../../src/domain/ledger-summary';

const DIR = resolve(import.meta.dirname, '../fixtures/reskontra');
const load = (name: string, options: ImportOptions = {}): ImportResult =>
  importFile(name, new Uint8Array(readFileSync(resolve(DIR, name))), options);
const text = (name: string, content: string, options: ImportOptions = {}): ImportResult =>
  importFile(name, new TextEncoder().encode(content), options);
const counts = (r: ImportResult) => [r.records, r.accepted, r.rejected, r.skipped];
const codes = (r: ImportResult) => r.issues.map((i) => [i.severity, i.code]);
const sv = (r: ImportResult, code: string) => r.issues.find((i) => i.code === code)?.message.sv;
const MN = 1e6;

/**
 * "Ärendelista Dalarna.csv": one row per payment, support types as codes and words, no status
 * column, no county column (the county is in the file name). Nine rows, six cases:
 *
 *   RUN 2022-01  PROJ          2022  sökt 1 000 000  beviljat   800 000  paid 300 000 (2022) + 500 000 (2023)
 *   RUN 2022-02  FTG           2022  sökt   400 000  beviljat         0  → decided, not granted
 *   RUN 2023-01  KS            2023  sökt   600 000  beviljat   500 000  paid 200 000 (2023) + 100 000 (2024) + 50 000 (2025)
 *   RUN 2023-02  projektstöd   2023  sökt 2 000 000  beviljat 1 500 000  nothing paid
 *   RUN 2023-03  Företagsstöd  2023  sökt   300 000  beviljat   300 000  paid 300 000 (2024)
 *   RUN 2024-01  proj          —     sökt   900 000  —                   → pending, no year
 */
describe('a ledger of one row per payment, with codes, without status or county columns', () => {
  const r = load('Ärendelista Dalarna.csv');
  const cases = r.ledger?.cases ?? [];
  const byId = (id: string) => cases.find((c) => c.id === id);

  it('sums each case’s payments and keeps them by year; every row is read, none rejected', () => {
    expect(r.format).toBe('ledger-csv');
    expect(counts(r)).toEqual([9, 9, 0, 0]);
    expect(cases.map((c) => c.id)).toEqual([
      'RUN 2022-01',
      'RUN 2022-02',
      'RUN 2023-01',
      'RUN 2023-02',
      'RUN 2023-03',
      'RUN 2024-01',
    ]);
    // 300 000 + 500 000; 200 000 + 100 000 + 50 000.
    expect(byId('RUN 2022-01')?.paid).toBe(800_000);
    expect(byId('RUN 2022-01')?.payments).toEqual([
      { year: 2022, amount: 300_000 },
      { year: 2023, amount: 500_000 },
    ]);
    expect(byId('RUN 2023-01')?.paid).toBe(350_000);
    expect(byId('RUN 2023-01')?.payments.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    expect(byId('RUN 2023-02')?.payments).toEqual([]);
    // The case facts are the first row's, not multiplied by the payments.
    expect(byId('RUN 2022-01')?.granted).toBe(800_000);
    expect(byId('RUN 2022-01')?.cofinancing).toEqual([800_000, 0, 0, 0, 400_000]);
  });

  it('reads PROJ, FTG, KS and the Swedish words in any case as the three support types', () => {
    expect(cases.map((c) => c.supportType)).toEqual([
      'projektstod',
      'foretagsstod',
      'kommersiell_service',
      'projektstod',
      'foretagsstod',
      'projektstod',
    ]);
  });

  it('without a status column: a decision with a grant is granted, without one not, no year is pending', () => {
    expect(cases.map((c) => [c.status, c.year])).toEqual([
      ['beviljad', 2022],
      ['avslagen', 2022],
      ['beviljad', 2023],
      ['beviljad', 2023],
      ['beviljad', 2023],
      ['under_handlaggning', undefined],
    ]);
  });

  it('the county from the file name; every decision said once as an info issue', () => {
    expect(cases.every((c) => c.region === '20')).toBe(true);
    expect(codes(r)).toEqual([
      ['info', 'ledger_county_constant'],
      ['info', 'ledger_payment_rows'],
      ['info', 'ledger_status_inferred'],
    ]);
    expect(sv(r, 'ledger_county_constant')).toBe(
      'Filen har ingen kolumn för län: alla ärenden lästes som Dalarnas län, ur filnamnet ”Ärendelista Dalarna.csv”.',
    );
    expect(sv(r, 'ledger_payment_rows')).toMatch(
      /^Filen lästes som en rad per utbetalning: 6 ärenden ur 9 rader\./,
    );
    expect(sv(r, 'ledger_status_inferred')).toContain('räknas som beviljat (4)');
    expect(sv(r, 'ledger_status_inferred')).toContain('räknas det inte som beviljat (1)');
    expect(sv(r, 'ledger_status_inferred')).toContain('under handläggning (1)');
  });

  it('sums per decision year: the hand calculation', () => {
    const m = (year: number, measure: string) =>
      ledgerMeasures(r.ledger ?? { cases: [], frames: [], shares: [] }).find(
        (row) => row.region === '20' && row.year === year && row.measure === measure,
      )?.value;
    // 2023: applied 600 000 + 2 000 000 + 300 000; granted 500 000 + 1 500 000 + 300 000;
    // co-financing 500 000 (kommunal) + 1 500 000 + 1 000 000 (EU, privat) + 600 000 (privat).
    expect(m(2023, 'sokta_medel')).toBeCloseTo(2.9);
    expect(m(2023, 'beviljade_medel')).toBeCloseTo(2.3);
    expect(m(2023, 'medfinansiering')).toBeCloseTo(3.6);
    expect(m(2023, 'antal_beviljade_arenden')).toBe(3);
    // Paid on the 2023 cohort, every payment year: 350 000 + 0 + 300 000.
    expect(m(2023, 'utbetalda_medel')).toBeCloseTo(0.65);
    // 2022: the not-granted FTG case is applied for, not granted.
    expect(m(2022, 'sokta_medel')).toBeCloseTo(1.4);
    expect(m(2022, 'antal_ansokningar')).toBe(2);
    expect(m(2022, 'beviljade_medel')).toBeCloseTo(0.8);
    // The cohort chart: granted and paid by decision year; 650 000 ÷ 2 300 000 = 28,26 %.
    expect(
      paymentsByCohort(cases).map((y) => [y.year, Math.round(y.granted * MN), Math.round(y.paid * MN)]),
    ).toEqual([
      [2022, 800_000, 800_000],
      [2023, 2_300_000, 650_000],
    ]);
    expect(paymentsByCohort(cases)[1]?.share).toBeCloseTo(28.26, 2);
    // Summed in kronor, so the table shows 0,65 → "0,7", not 0,6499… → "0,6".
    expect(paymentsByCohort(cases)[1]?.paid).toBe(0.65);
  });
});

describe('a payment row is told from a real conflict', () => {
  const head = 'ärende;län;stödtyp;beslutsår;beviljat;utbetalt;utbetalningsdatum\n';

  it('other case facts under the same id are a conflict, even in a ledger of one row per payment', () => {
    const r = text(
      'x.csv',
      `${head}A;20;PROJ;2023;100;40;2023-05-02\nA;20;PROJ;2023;100;60;2024-01-15\nA;20;PROJ;2023;999;10;2024-03-01\n`,
    );
    expect(counts(r)).toEqual([3, 2, 1, 0]);
    expect(r.ledger?.cases.map((c) => [c.id, c.paid, c.granted])).toEqual([['A', 100, 100]]);
    // The file-wide notes stand on the header line, before the rows.
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['ledger_payment_rows', 1],
      ['ledger_status_inferred', 1],
      ['ledger_applied_absent', 1],
      ['ledger_case_conflict', 4],
    ]);
  });

  it('without a payment-year column a differing amount paid is still a conflict, and a copy a repeat', () => {
    const r = text(
      'y.csv',
      'ärende;län;stödtyp;beslutsår;status;sökt;beviljat;utbetalt\nA;20;KS;2023;beviljad;100;100;40\nA;20;KS;2023;beviljad;100;100;40\nA;20;KS;2023;beviljad;100;100;60\n',
    );
    expect(counts(r)).toEqual([3, 1, 1, 1]);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['ledger_case_repeated', 3],
      ['ledger_case_conflict', 4],
    ]);
  });

  it('a payment year that is no year rejects the row', () => {
    const r = text('z.csv', `${head}A;20;FTG;2023;100;40;snart\n`);
    expect(counts(r)).toEqual([1, 0, 1, 0]);
    expect(r.issues.find((i) => i.severity === 'error')?.code).toBe('ledger_payment_year_invalid');
  });
});

describe('the county of a ledger without a county column: stated, named, or not guessed', () => {
  const head = 'Dnr;Stödtyp;Beslutsår;Status;Sökt belopp;Beviljat belopp\n';
  const row = 'A-1;KS;2023;Beviljad;100 000;80 000\n';

  it('the county the user stated comes first, and is said', () => {
    const r = text('arenden.csv', head + row, { county: '17' });
    expect(r.ledger?.cases[0]?.region).toBe('17');
    expect(sv(r, 'ledger_county_constant')).toBe(
      'Filen har ingen kolumn för län: alla ärenden lästes som Värmlands län, som du angav för filen.',
    );
  });

  it('the stated county is kept with the file in the stored workspace', () => {
    expect(readOptions({ county: '17', sheet: 'Blad1' })).toEqual({
      options: { sheet: 'Blad1', county: '17' },
      complete: true,
    });
  });

  it('nothing names a county: the file is not read, and the message says how to give it', () => {
    const r = text('arenden.csv', head + row);
    expect(r.ledger?.cases ?? []).toEqual([]);
    expect(codes(r)[0]).toEqual(['error', 'ledger_county_unknown']);
    expect(r.rejected).toBe(1);
  });

  it('two counties named (title and file name) are not guessed between', () => {
    const r = text('Ärenden Dalarna.csv', `Ärendelista Region Gävleborg\n${head}${row}`);
    expect(r.ledger?.cases ?? []).toEqual([]);
    expect(sv(r, 'ledger_county_ambiguous')).toContain('Gävleborgs län, Dalarnas län');
  });

  it('a county is a whole word of the name: Dalarna, Region Dalarna, Dalarnas län; not Dal', () => {
    expect(countiesNamedIn('Ärendelista Dalarna 2023')).toEqual(['20']);
    expect(countiesNamedIn('Region Dalarna')).toEqual(['20']);
    expect(countiesNamedIn('Beslut i Dalarnas län')).toEqual(['20']);
    expect(countiesNamedIn('arendelista_vastra_gotaland')).toEqual(['14']);
    expect(countiesNamedIn('Dalslands kanal')).toEqual([]);
    expect(countiesNamedIn('arendelista 2023')).toEqual([]);
  });
});

/**
 * "arendelista_utan_sokt.csv": no applied column, the county in the title line "Region Värmland".
 *   V-1 KS   2023 beviljad 400 000, paid 100 000, private 400 000
 *   V-2 ftg  2023 Avslagen
 *   V-3 PROJ 2023 beviljad 600 000, private 1 200 000
 */
describe('a ledger without applied amounts', () => {
  const r = load('arendelista_utan_sokt.csv');
  const rows = ledgerMeasures(r.ledger ?? { cases: [], frames: [], shares: [] });
  const m = (measure: string) => rows.find((row) => row.year === 2023 && row.measure === measure);

  it('the county from the title line; the missing column said once', () => {
    expect(r.ledger?.cases.map((c) => [c.id, c.region, c.applied])).toEqual([
      ['V-1', '17', undefined],
      ['V-2', '17', undefined],
      ['V-3', '17', undefined],
    ]);
    expect(sv(r, 'ledger_county_constant')).toContain('ur rubrikraden ”Region Värmland”');
    expect(codes(r)).toContainEqual(['info', 'ledger_applied_absent']);
  });

  it('the applied sum has no value (never 0); granted, co-financing and counts are computed', () => {
    expect(m('sokta_medel')?.value).toBeUndefined();
    // 400 000 + 600 000; 400 000 + 1 200 000; 100 000.
    expect(m('beviljade_medel')?.value).toBeCloseTo(1.0);
    expect(m('medfinansiering')?.value).toBeCloseTo(1.6);
    expect(m('utbetalda_medel')?.value).toBeCloseTo(0.1);
    expect(m('antal_ansokningar')?.value).toBe(2 + 1);
  });
});

describe('a ledger whose columns the reader cannot name, read as the user mapped them', () => {
  // Columns a case system named its own way: nothing says "ärende", "stödtyp" or "beviljat".
  const content =
    'Nr;Län;Typ;År;Läge;Summa begärd;Summa beslutad;Summa ut;EU-medel\nX-1;20;PROJ;2023;beviljad;500;400;100;300\nX-2;20;FTG;2023;avslagen;200;;;\n';

  it('without a mapping the file is no ledger', () => {
    expect(text('egen.csv', content).ledger).toBeUndefined();
  });

  it('mapped: each field from its column, a field left out is not in the file, the rest by name', () => {
    const r = text('egen.csv', content, {
      ledgerColumns: { id: 0, region: 1, supportType: 2, year: 3, status: 4, granted: 6, paid: 7 },
    });
    expect(r.format).toBe('ledger-csv');
    expect(counts(r)).toEqual([2, 2, 0, 0]);
    expect(
      r.ledger?.cases.map((c) => [c.id, c.region, c.supportType, c.status, c.applied, c.granted, c.paid]),
    ).toEqual([
      ['X-1', '20', 'projektstod', 'beviljad', undefined, 400, 100],
      ['X-2', '20', 'foretagsstod', 'avslagen', undefined, 0, 0],
    ]);
    // EU-medel is still found by its name.
    expect(r.ledger?.cases[0]?.cofinancing[0]).toBe(300);
    // The applied column was not chosen: the file says so, and its column is named as not read.
    expect(codes(r)).toContainEqual(['info', 'ledger_applied_absent']);
  });

  it('mapped without a county column, the county stated with it', () => {
    const r = text('egen.csv', content, {
      ledgerColumns: { id: 0, supportType: 2, year: 3, status: 4, applied: 5, granted: 6 },
      county: '25',
    });
    expect(r.ledger?.cases.map((c) => [c.region, c.applied])).toEqual([
      ['25', 500],
      ['25', 200],
    ]);
  });
});
