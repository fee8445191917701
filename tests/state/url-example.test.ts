import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/state/url-state';

describe('the example-data switch in the link (exempel=pa|av)', () => {
  it('reads on, off, and nothing when the link does not say', () => {
    expect(parseUrlState('?vy=lan&exempel=pa').showExample).toBe(true);
    expect(parseUrlState('?vy=lan&exempel=av').showExample).toBe(false);
    expect(parseUrlState('?vy=lan').showExample).toBeUndefined();
  });

  it('ignores a value it does not know', () => {
    for (const value of ['ja', 'true', '1', 'PA', '', 'av,pa'])
      expect(parseUrlState(`?vy=lan&exempel=${encodeURIComponent(value)}`).showExample).toBeUndefined();
  });

  it('writes the choice only when there is one', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, showExample: false })).toBe('?vy=lan&exempel=av');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, showExample: true })).toBe('?vy=lan&exempel=pa');
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('?vy=lan');
  });
});
