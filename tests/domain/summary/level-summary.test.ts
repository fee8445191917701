import { describe, expect, it } from 'vitest';
import { chooseForSummary, levelCountSentence } from '../../../src/domain/summary/level-summary';
import { isProvisionalNote } from '../../../src/domain/summary/provisional';
import { inRegion, kommunName } from '../../../src/domain/summary/region-phrase';
import type { TargetStatus } from '../../../src/domain/target';
import { region } from './facts';

const counts = (c: Partial<Record<TargetStatus, number>>): Record<TargetStatus, number> => ({
  on_track: 0,
  at_risk: 0,
  off_track: 0,
  no_target: 0,
  no_data: 0,
  ...c,
});

describe('a chain level’s summary', () => {
  it('speaks of the indicators off track first, then at risk, on track, without a target; three at most', () => {
    const items = [
      { id: 'a', status: 'on_track', hasValue: true },
      { id: 'b', status: 'no_target', hasValue: true },
      { id: 'c', status: 'off_track', hasValue: true },
      { id: 'd', status: 'at_risk', hasValue: true },
      { id: 'e', status: 'off_track', hasValue: true },
      { id: 'f', status: 'no_data', hasValue: false },
    ] as const;
    expect(chooseForSummary(items).map((i) => i.id)).toEqual(['c', 'e', 'd']);
    expect(chooseForSummary(items, 10).map((i) => i.id)).toEqual(['c', 'e', 'd', 'a', 'b']);
  });

  it('counts the level’s indicators per status, and says nothing of an empty level', () => {
    expect(levelCountSentence(counts({ on_track: 2, at_risk: 1, off_track: 1, no_target: 1 }), 'sv')).toBe(
      '5 indikatorer: 2 i fas mot målet, 1 med risk att inte nå målet, 1 inte i fas, 1 utan mål.',
    );
    expect(levelCountSentence(counts({ no_data: 1 }), 'en')).toBe('1 indicator: 1 without a value.');
    expect(levelCountSentence(counts({}), 'sv')).toBeUndefined();
  });
});

describe('region names in a sentence', () => {
  it('declines kommun names as their kommuner are called', () => {
    expect(kommunName('Falun')).toBe('Falu kommun');
    expect(kommunName('Borlänge')).toBe('Borlänge kommun');
    expect(kommunName('Leksand')).toBe('Leksands kommun');
    expect(kommunName('Malung-Sälen')).toBe('Malung-Sälens kommun');
    expect(kommunName('Kramfors')).toBe('Kramfors kommun');
    expect(kommunName('Överkalix')).toBe('Överkalix kommun');
  });

  it('says "i riket" / "in Sweden" and the county’s own name', () => {
    expect(inRegion(region('00'), 'sv')).toBe('i riket');
    expect(inRegion(region('00'), 'en')).toBe('in Sweden');
    expect(inRegion(region('17'), 'sv')).toBe('i Värmlands län');
    expect(inRegion(region('2080'), 'en')).toBe('in Falun Municipality');
  });
});

describe('isProvisionalNote', () => {
  it('knows the usual ways of marking a provisional value', () => {
    for (const note of ['preliminärt', 'Preliminär uppgift', 'prel.', 'p', 'provisional'])
      expect(isProvisionalNote(note), note).toBe(true);
    for (const note of ['', 'reviderad', 'uppgift saknas', 'kpi'])
      expect(isProvisionalNote(note), note).toBe(false);
  });
});
