import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/state/url-state';

describe('malomrade URL param', () => {
  it('reads a goal area id and writes it back', () => {
    const state = parseUrlState('?malomrade=klimatsmart');
    expect(state.goalArea).toBe('klimatsmart');
    expect(serializeUrlState(state)).toContain('malomrade=klimatsmart');
  });

  it('ignores a malformed value and writes nothing without a choice', () => {
    expect(parseUrlState('?malomrade=Klimat%20smart').goalArea).toBeUndefined();
    expect(parseUrlState('?malomrade=').goalArea).toBeUndefined();
    expect(serializeUrlState(DEFAULT_URL_STATE)).not.toContain('malomrade');
  });
});
