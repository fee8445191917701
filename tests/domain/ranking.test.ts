import { describe, expect, it } from 'vitest';
import { rankEntries, type RankingEntry } from '../../src/domain/ranking';

const entry = (
  code: string,
  name: string,
  value: number | null,
  marker: string | null = value === null ? '..' : null,
): RankingEntry => ({ code, name, value, marker });

const codesAndRanks = (
  ranked: readonly { code: string; rank: number | undefined }[],
): [string, number | undefined][] => ranked.map((e) => [e.code, e.rank]);

describe('rankEntries: order', () => {
  const entries = [
    entry('03', 'Uppsala län', 9),
    entry('01', 'Stockholms län', 14),
    entry('20', 'Dalarnas län', 7.5),
    entry('12', 'Skåne län', 10),
  ];

  it('puts the highest first when higher is better', () => {
    expect(codesAndRanks(rankEntries(entries, 'higher_is_better'))).toEqual([
      ['01', 1],
      ['12', 2],
      ['03', 3],
      ['20', 4],
    ]);
  });

  it('puts the lowest first when lower is better', () => {
    expect(codesAndRanks(rankEntries(entries, 'lower_is_better'))).toEqual([
      ['20', 1],
      ['03', 2],
      ['12', 3],
      ['01', 4],
    ]);
  });

  it('ranks a neutral indicator highest first', () => {
    expect(rankEntries(entries, 'neutral').map((e) => e.code)).toEqual(['01', '12', '03', '20']);
  });

  it('orders negative values and zero by value, not by magnitude', () => {
    const signed = [entry('01', 'A', -2), entry('03', 'B', 0), entry('04', 'C', -10), entry('05', 'D', 3)];
    expect(rankEntries(signed, 'higher_is_better').map((e) => e.code)).toEqual(['05', '03', '01', '04']);
    expect(rankEntries(signed, 'lower_is_better').map((e) => e.code)).toEqual(['04', '01', '03', '05']);
  });

  it('keeps the entries it was given unchanged and returns every one of them', () => {
    const before = entries.map((e) => e.code);
    const ranked = rankEntries(entries, 'higher_is_better');
    expect(entries.map((e) => e.code)).toEqual(before);
    expect(ranked).toHaveLength(entries.length);
    expect(ranked.find((e) => e.code === '20')).toMatchObject({
      name: 'Dalarnas län',
      value: 7.5,
      marker: null,
    });
  });
});

describe('rankEntries: ties', () => {
  it('gives equal values the same rank and skips the ranks they use (1, 2, 2, 4)', () => {
    const entries = [
      entry('01', 'Stockholms län', 14.2),
      entry('20', 'Dalarnas län', 8.3),
      entry('12', 'Skåne län', 11),
      entry('03', 'Uppsala län', 11),
    ];
    expect(codesAndRanks(rankEntries(entries, 'higher_is_better'))).toEqual([
      ['01', 1],
      ['12', 2],
      ['03', 2],
      ['20', 4],
    ]);
  });

  it('shares the first rank among three and goes on at 4', () => {
    const entries = [entry('01', 'A', 5), entry('03', 'B', 5), entry('04', 'C', 5), entry('05', 'D', 1)];
    expect(rankEntries(entries, 'higher_is_better').map((e) => e.rank)).toEqual([1, 1, 1, 4]);
  });

  it('shares ranks the same way when lower is better', () => {
    const entries = [
      entry('01', 'A', 6),
      entry('03', 'B', 8),
      entry('04', 'C', 6),
      entry('05', 'D', 8),
      entry('06', 'E', 9),
    ];
    expect(codesAndRanks(rankEntries(entries, 'lower_is_better'))).toEqual([
      ['01', 1],
      ['04', 1],
      ['03', 3],
      ['05', 3],
      ['06', 5],
    ]);
  });

  it('breaks ties by name in Swedish order: å, ä, ö after z', () => {
    // Swedish collation: ... < Z < Å < Ä < Ö. A collation that folds accents would put Å and Ä among the A's.
    const entries = [
      entry('18', 'Örebro län', 1),
      entry('01', 'Ärla', 1),
      entry('02', 'Åre', 1),
      entry('03', 'Zeta', 1),
      entry('04', 'Bollnäs', 1),
      entry('05', 'Östergötlands län', 1),
    ];
    expect(rankEntries(entries, 'higher_is_better').map((e) => e.name)).toEqual([
      'Bollnäs',
      'Zeta',
      'Åre',
      'Ärla',
      'Örebro län',
      'Östergötlands län',
    ]);
  });

  it('puts the Västra/Väster counties in Swedish order on a tie', () => {
    const names = [
      'Västra Götalands län',
      'Västmanlands län',
      'Västernorrlands län',
      'Värmlands län',
      'Västerbottens län',
    ];
    const entries = names.map((name, i) => entry(String(i + 10), name, 3));
    expect(rankEntries(entries, 'lower_is_better').map((e) => e.name)).toEqual([
      'Värmlands län',
      'Västerbottens län',
      'Västernorrlands län',
      'Västmanlands län',
      'Västra Götalands län',
    ]);
  });
});

describe('rankEntries: missing values', () => {
  it('puts a missing value last with no rank, never as 0', () => {
    const entries = [
      entry('25', 'Norrbottens län', null),
      entry('01', 'Stockholms län', 0),
      entry('03', 'Uppsala län', -1),
    ];
    // Lower is better: a missing value read as 0 would come before 0 and after −1.
    expect(codesAndRanks(rankEntries(entries, 'lower_is_better'))).toEqual([
      ['03', 1],
      ['01', 2],
      ['25', undefined],
    ]);
    expect(codesAndRanks(rankEntries(entries, 'higher_is_better'))).toEqual([
      ['01', 1],
      ['03', 2],
      ['25', undefined],
    ]);
  });

  it('orders the missing among themselves by name in Swedish order, and keeps their markers', () => {
    const entries = [
      entry('18', 'Örebro län', null, '.'),
      entry('05', 'Östergötlands län', null, '..'),
      entry('01', 'Stockholms län', 2),
      entry('10', 'Blekinge län', null, '..'),
      entry('06', 'Ängelholm', null, 'x'),
    ];
    const ranked = rankEntries(entries, 'higher_is_better');
    expect(ranked.map((e) => [e.name, e.rank, e.marker])).toEqual([
      ['Stockholms län', 1, null],
      ['Blekinge län', undefined, '..'],
      ['Ängelholm', undefined, 'x'],
      ['Örebro län', undefined, '.'],
      ['Östergötlands län', undefined, '..'],
    ]);
  });

  it('does not count the missing when ranking the others', () => {
    const entries = [
      entry('01', 'A', null),
      entry('03', 'B', null),
      entry('04', 'C', 2),
      entry('05', 'D', 1),
    ];
    expect(rankEntries(entries, 'higher_is_better').map((e) => e.rank)).toEqual([1, 2, undefined, undefined]);
  });

  it('gives every entry no rank when none has a value', () => {
    const ranked = rankEntries([entry('01', 'B', null), entry('03', 'A', null)], 'higher_is_better');
    expect(codesAndRanks(ranked)).toEqual([
      ['03', undefined],
      ['01', undefined],
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(rankEntries([], 'higher_is_better')).toEqual([]);
  });
});

describe('rankEntries: selected', () => {
  const entries = [
    entry('01', 'Stockholms län', 14),
    entry('20', 'Dalarnas län', 8),
    entry('25', 'Norrbottens län', null),
    entry('12', 'Skåne län', 11),
  ];

  it('flags exactly the selected codes, with or without a value', () => {
    const ranked = rankEntries(entries, 'higher_is_better', ['20', '25']);
    expect(ranked.map((e) => [e.code, e.selected])).toEqual([
      ['01', false],
      ['12', false],
      ['20', true],
      ['25', true],
    ]);
  });

  it('selects nothing by default, and ignores codes that are not among the entries', () => {
    expect(rankEntries(entries, 'higher_is_better').some((e) => e.selected)).toBe(false);
    expect(rankEntries(entries, 'higher_is_better', ['99', '2']).some((e) => e.selected)).toBe(false);
  });

  it('does not let the selection change the order or the ranks', () => {
    const plain = rankEntries(entries, 'lower_is_better');
    const selected = rankEntries(entries, 'lower_is_better', ['01']);
    expect(codesAndRanks(selected)).toEqual(codesAndRanks(plain));
  });
});
