import { describe, expect, it } from 'vitest';
import { goalAreaFilter } from '../../src/domain/goal-area-filter';
import { EMPTY_STRATEGY } from '../../src/domain/strategy';
import { SMALL_STRATEGY } from '../support/strategy-builder';

describe('goalAreaFilter', () => {
  it('keeps the chosen goal area and counts its indicators of the whole strategy', () => {
    const filter = goalAreaFilter(SMALL_STRATEGY, 'klimat');
    expect(filter?.goalArea.name).toBe('Klimatsmart');
    expect([...(filter?.indicatorIds ?? [])]).toEqual(['a', 'c', 'd', 'e']);
    expect(filter?.total).toBe(5);
  });

  it('ignores no choice, an unknown id and a strategy without goal areas', () => {
    expect(goalAreaFilter(SMALL_STRATEGY, undefined)).toBeUndefined();
    expect(goalAreaFilter(SMALL_STRATEGY, 'okand')).toBeUndefined();
    expect(goalAreaFilter(EMPTY_STRATEGY, 'klimat')).toBeUndefined();
  });
});
