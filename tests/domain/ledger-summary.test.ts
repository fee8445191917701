import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import type { Ledger } from '../../src/domain/ledger';
import {
  cofinancingByYear,
  filterCases,
  grantedByChainTag,
  ledgerRegions,
  measuresByYear,
  paymentsByCohort,
  queryCases,
  rusAllocation,
} from '../../src/domain/ledger-summary';

const DIR = resolve(import.meta.dirname, '../fixtures/ledger');
const read = (name: string) => importFile(name, new Uint8Array(readFileSync(resolve(DIR, name)))).ledger;
const shares = importFile(
  'andelar.csv',
  new TextEncoder().encode(
    'län;år;rus_prioritering;planerad_andel\n20;2023;Innovation;60\n20;2023;Kompetensförsörjning;30\n20;2023;Tillgänglighet;10\n',
  ),
).ledger;
const ledger: Ledger = {
  cases: read('arendelista_liten.csv')?.cases ?? [],
  frames: read('ramar_liten.csv')?.frames ?? [],
  shares: shares?.shares ?? [],
};
const dalarna = filterCases(ledger.cases, { region: '20', supportType: undefined });

describe('the Finansiering view’s sums (hand-computed from arendelista_liten.csv)', () => {
  it('the regions the ledger covers: one county is not Riket', () => {
    expect(ledgerRegions(ledger)).toEqual(['20']);
  });

  it('filters by support type', () => {
    expect(filterCases(ledger.cases, { region: '20', supportType: 'foretagsstod' }).map((c) => c.id)).toEqual(
      ['2023-002', '2023-003'],
    );
    expect(filterCases(ledger.cases, { region: '01', supportType: undefined })).toEqual([]);
  });

  it('measures by year are the derived indicators’ inputs', () => {
    const years = measuresByYear(ledger, '20');
    expect(years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(years[0]?.values.ram_medel).toBe(4);
    expect(years[0]?.values.sokta_medel).toBeCloseTo(5.3, 10);
  });

  it('co-financing by source for granted cases: EU 1,0; region 0,5; municipalities 0,5; private 1,8 (2023)', () => {
    const [y2023, y2024] = cofinancingByYear(dalarna);
    expect(y2023?.year).toBe(2023);
    expect(y2023?.granted).toBeCloseTo(2.7, 10);
    expect(y2023?.bySource.map((v) => Math.round(v * 10) / 10)).toEqual([1, 0, 0.5, 0.5, 1.8]);
    expect(y2024?.bySource.map((v) => Math.round(v * 10) / 10)).toEqual([0, 0, 0, 0, 1]);
  });

  it('payments by decision-year cohort: 1,5 of 2,7 paid for 2023; nothing of 1,0 for 2024', () => {
    const cohorts = paymentsByCohort(dalarna);
    expect(
      cohorts.map((c) => [c.year, Math.round(c.granted * 10) / 10, Math.round(c.paid * 10) / 10]),
    ).toEqual([
      [2023, 2.7, 1.5],
      [2024, 1, 0],
    ]);
    expect(cohorts[0]?.share).toBeCloseTo((100 * 1.5) / 2.7, 10);
    expect(cohorts[1]?.share).toBe(0);
  });

  it('RUS: planned areas first with their plan, then the funds tied to none', () => {
    const rows = rusAllocation(ledger, dalarna, '20', 2023);
    expect(
      rows.map((r) => [
        r.area,
        Math.round(r.granted * 10) / 10,
        r.share === undefined ? undefined : Math.round(r.share * 10) / 10,
        r.planned,
      ]),
    ).toEqual([
      ['Innovation', 2.3, 85.2, 60],
      ['Kompetensförsörjning', 0, 0, 30],
      ['Tillgänglighet', 0, 0, 10],
      ['', 0.4, 14.8, undefined],
    ]);
  });

  it('granted funds by effect-chain tag, in the chain’s order', () => {
    expect(
      grantedByChainTag(dalarna, 2023).map((t) => [t.tag, Math.round(t.granted * 10) / 10, t.cases]),
    ).toEqual([
      ['prestationer', 1.5, 1],
      ['utfall', 1.2, 2],
    ]);
  });

  it('the case table: by status and words, newest decision first, pending (no year) on top', () => {
    expect(
      queryCases(dalarna, { status: undefined, text: '' })
        .map((c) => c.id)
        .slice(0, 3),
    ).toEqual(['2024-002', '2024-001', '2023-001']);
    expect(queryCases(dalarna, { status: 'beviljad', text: 'exempelbolaget' }).map((c) => c.id)).toEqual([
      '2023-002',
      '2023-003',
    ]);
    expect(queryCases(dalarna, { status: undefined, text: 'kompetens D' }).map((c) => c.id)).toEqual([
      '2023-004',
    ]);
  });
});
