import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, foldName } from '../../src/domain/text-match';

describe('foldName', () => {
  it.each([
    ['Västra Götalands län', 'vastra gotalands lan'],
    ['ÖREBRO LÄN', 'orebro lan'],
    ['  Jämtland-Härjedalens   län ', 'jamtland harjedalens lan'],
    ['Region: Skåne (län)', 'region skane lan'],
    ['a\u00a0b\u202fc\u2009d\te', 'a b c d e'],
    ['Malmö_stad', 'malmo stad'],
    ['Café', 'cafe'],
    ['"Uppsala";', 'uppsala'],
  ])('%j → %j', (raw, folded) => {
    expect(foldName(raw)).toBe(folded);
  });

  it('folds decomposed (NFD) text like composed text', () => {
    expect(foldName('Va\u0308stera\u030as')).toBe('vasteras');
    expect(foldName('Va\u0308stera\u030as')).toBe(foldName('Västerås'));
  });

  it('is idempotent', () => {
    for (const s of ['Västra Götalands län', ' A-B  c ', 'Ö.Ä,Å'])
      expect(foldName(foldName(s))).toBe(foldName(s));
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    ['vastmanlnads', 'vastmanlands', 1],
    ['stockholm', 'stokholm', 1],
    // OSA, unlike full Damerau–Levenshtein, may not edit a transposed pair again: ca → abc is 3, not 2.
    ['ca', 'abc', 3],
  ] as const)('%j ↔ %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestMatch', () => {
  const names = ['Stockholms län', 'Uppsala län', 'Skåne län'];

  it('finds a misspelling within the limit, compared folded', () => {
    expect(closestMatch('Stokholms lan', names)).toBe('Stockholms län');
    expect(closestMatch('SKANE LAN', names)).toBe('Skåne län');
  });

  it('gives nothing for queries shorter than three folded characters, even exact ones', () => {
    expect(closestMatch('ab', ['ab'])).toBeUndefined();
    expect(closestMatch(' - a ', ['a'])).toBeUndefined();
  });

  it('allows max(2, ⌊length/5⌋) edits', () => {
    // 10 characters: limit 2.
    expect(closestMatch('abcdefghij', ['abcdefghXY'])).toBe('abcdefghXY');
    expect(closestMatch('abcdefghij', ['abcdefgXYZ'])).toBeUndefined();
    // 15 characters: limit 3.
    expect(closestMatch('abcdefghijklmno', ['abcdefghijklXYZ'])).toBe('abcdefghijklXYZ');
    expect(closestMatch('abcdefghijklmno', ['abcdefghijkWXYZ'])).toBeUndefined();
  });

  it('picks the closest candidate, and the first one on a tie', () => {
    expect(closestMatch('abcdefgh', ['abcdeXYZ', 'abcdefgX'])).toBe('abcdefgX');
    expect(closestMatch('abcdefgh', ['abcdefgX', 'abcdefgY'])).toBe('abcdefgX');
  });

  it('gives nothing when no candidate is close', () => {
    expect(closestMatch('Atlantis län', names)).toBeUndefined();
    expect(closestMatch('Stockholm', [])).toBeUndefined();
  });
});
