import { describe, expect, it } from 'vitest';
import { RecentMap } from '../../src/data/cells/recent-map';

describe('RecentMap (the cell caches of the readers)', () => {
  it('answers as a Map does, whichever key was asked for last', () => {
    const map = new RecentMap<number>();
    expect(map.get('01')).toBeUndefined();
    map.set('01', 1);
    map.set('03', 3);
    // The same text in another string (a fresh slice of a row) is the same key.
    const again = ['0', '1'].join('');
    expect(map.get(again)).toBe(1);
    expect(map.get('01')).toBe(1);
    expect(map.get('03')).toBe(3);
    expect(map.get('04')).toBeUndefined();
    // A key missing right after a hit does not answer with the hit's value.
    expect(map.get('03')).toBe(3);
    expect(map.get('05')).toBeUndefined();
    map.set('01', 10);
    expect(map.get('03')).toBe(3);
    expect(map.get('01')).toBe(10);
  });
});
