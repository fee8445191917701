import { describe, expect, it } from 'vitest';
import type { Ledger, LedgerCase, PlannedShare, RegionFrame } from '../../src/domain/ledger';
import { knowCaseFiles, ledgerFilesOf, regionFiles } from '../../src/domain/ledger-files';

const kase = (region: string, file: string): LedgerCase => ({
  id: `${region}-1`,
  region,
  supportType: 'projektstod',
  year: 2023,
  status: 'beviljad',
  applied: 100,
  granted: 100,
  paid: 0,
  payments: [],
  cofinancing: [],
  inKind: [],
  rus: '',
  chainTag: '',
  strategyArea: '',
  owner: '',
  start: undefined,
  end: undefined,
  ceoGender: undefined,
  file,
  line: 2,
});
const frame = (region: string, file: string): RegionFrame => ({
  region,
  year: 2023,
  amount: 1,
  file,
  line: 2,
});
const share = (region: string, file: string): PlannedShare => ({
  region,
  year: 2023,
  area: 'A',
  share: 10,
  file,
  line: 2,
});

const ledger: Ledger = {
  cases: [kase('20', 'b.csv'), kase('01', 'a.csv'), kase('20', 'b.csv')],
  frames: [frame('01', 'ramar.csv')],
  shares: [share('20', 'plan.csv')],
};

describe('ledgerFilesOf: the files behind regions’ ledger rows', () => {
  it('names each region’s own files, in the order their first rows come (cases, frames, plans)', () => {
    expect(ledgerFilesOf(ledger, ['20'])).toEqual(['b.csv', 'plan.csv']);
    expect(ledgerFilesOf(ledger, ['01'])).toEqual(['a.csv', 'ramar.csv']);
    expect(ledgerFilesOf(ledger, ['01', '20'])).toEqual(['b.csv', 'a.csv', 'ramar.csv', 'plan.csv']);
    expect(ledgerFilesOf(ledger, ['03'])).toEqual([]);
  });

  it('names every file for Riket and when no region is given', () => {
    const every = ['b.csv', 'a.csv', 'ramar.csv', 'plan.csv'];
    expect(ledgerFilesOf(ledger, undefined)).toEqual(every);
    expect(ledgerFilesOf(ledger, ['00'])).toEqual(every);
  });

  it('answers for each ledger by its own rows: another ledger is indexed anew', () => {
    expect(ledgerFilesOf(ledger, ['20'])).toEqual(['b.csv', 'plan.csv']);
    const other: Ledger = { cases: [kase('20', 'c.csv')], frames: [], shares: [] };
    expect(ledgerFilesOf(other, ['20'])).toEqual(['c.csv']);
    expect(ledgerFilesOf(ledger, ['20'])).toEqual(['b.csv', 'plan.csv']);
  });

  it('reads the ledger’s rows once, however many times it is asked', () => {
    let reads = 0;
    const counted: Ledger = {
      get cases() {
        reads += 1;
        return [kase('20', 'd.csv')];
      },
      frames: [],
      shares: [],
    };
    for (let i = 0; i < 5; i++) expect(ledgerFilesOf(counted, ['20'])).toEqual(['d.csv']);
    expect(reads).toBe(1);
  });

  it('a ledger whose cases are read later answers from their known files, without reading them', () => {
    expect(regionFiles(ledger.cases)).toEqual([
      ['20', 'b.csv'],
      ['01', 'a.csv'],
    ]);
    const later: Ledger = {
      get cases(): readonly LedgerCase[] {
        throw new Error('the cases were read');
      },
      frames: ledger.frames,
      shares: ledger.shares,
    };
    knowCaseFiles(later, regionFiles(ledger.cases));
    expect(ledgerFilesOf(later, ['01', '20'])).toEqual(ledgerFilesOf(ledger, ['01', '20']));
    expect(ledgerFilesOf(later, undefined)).toEqual(ledgerFilesOf(ledger, undefined));
  });
});
