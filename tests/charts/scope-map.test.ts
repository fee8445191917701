import { describe, expect, it } from 'vitest';
import { countyOfKommunMap, COUNTY_MAP, scopeMap } from '../../src/charts/map-option';
import { kommunScope, LAN_SCOPE } from '../../src/domain/region-scope';
import { parseUrlState, scopeOf } from '../../src/state/url-state';

/** The map main.tsx loads ahead for a link: the one the Indikator view's map panel draws (map-panel.ts). */
const mapOfLink = (search: string): string => scopeMap(scopeOf(parseUrlState(search)));

describe('scopeMap: the map that compares a scope’s regions', () => {
  it('is the county map for the län and a county’s kommun map for its kommuner', () => {
    expect(scopeMap(LAN_SCOPE)).toBe(COUNTY_MAP);
    expect(countyOfKommunMap(scopeMap(kommunScope('20')))).toBe('20');
  });

  it('follows the link: a county, a county’s kommuner, a kommun in focus', () => {
    expect(mapOfLink('?vy=indikator&region=20&indikator=nyforetagande')).toBe(COUNTY_MAP);
    expect(countyOfKommunMap(mapOfLink('?vy=indikator&region=20&niva=kommun'))).toBe('20');
    expect(countyOfKommunMap(mapOfLink('?vy=indikator&region=2080'))).toBe('20');
  });
});
