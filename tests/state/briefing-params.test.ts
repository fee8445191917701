import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/state/url-state';

describe('diagram: Ledningsunderlag’s key charts in the link', () => {
  it('reads the chosen indicators with vy=underlag, each once, at most six', () => {
    expect(parseUrlState('?vy=underlag&diagram=a,b,a,c').briefingCharts).toEqual(['a', 'b', 'c']);
    expect(parseUrlState('?vy=underlag&diagram=a,b,c,d,e,f,g').briefingCharts).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });

  it('absent: the default choice; empty: none chosen; another view never carries it', () => {
    expect(parseUrlState('?vy=underlag').briefingCharts).toBeUndefined();
    expect(parseUrlState('?vy=underlag&diagram=').briefingCharts).toEqual([]);
    expect(parseUrlState('?vy=lan&diagram=a,b').briefingCharts).toBeUndefined();
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, view: 'lan', briefingCharts: ['a'] })).toBe('?vy=lan');
  });

  it('round-trips: parse(serialize(s)) keeps the choice, and an empty choice stays empty', () => {
    for (const briefingCharts of [['nyforetagande', 'arbetsloshet'], []]) {
      const state = { ...DEFAULT_URL_STATE, view: 'underlag' as const, region: '17', briefingCharts };
      const search = serializeUrlState(state);
      expect(search).toContain('diagram=');
      expect(parseUrlState(search)).toEqual(state);
    }
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, view: 'underlag' })).toBe('?vy=underlag');
  });

  it('leaves out what cannot be named in the list: control characters, an id with a comma', () => {
    expect(parseUrlState('?vy=underlag&diagram=a,%01x,b').briefingCharts).toEqual(['a', 'b']);
    const search = serializeUrlState({
      ...DEFAULT_URL_STATE,
      view: 'underlag',
      briefingCharts: ['a', 'x,y', 'b'],
    });
    expect(parseUrlState(search).briefingCharts).toEqual(['a', 'b']);
  });
});
