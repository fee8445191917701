import { COUNTIES, MUNICIPALITY_REGIONS, RIKET, regionByCode, type Region } from './regions';

/** An SCB county code ("01" … "25"). */
export type CountyCode = string;

/**
 * The regions a view compares: the 21 län (against Riket), or the kommuner of one county (against
 * that county). Views take a scope and never name the county list themselves.
 */
export type RegionScope =
  { readonly level: 'lan' } | { readonly level: 'kommun'; readonly within: CountyCode };

/** The län, with Riket as the reference: what every view compares today. */
export const LAN_SCOPE: RegionScope = { level: 'lan' };

/** The kommuner of one county, with the county as the reference. */
export function kommunScope(within: CountyCode): RegionScope {
  return { level: 'kommun', within };
}

/** The regions the scope compares with one another, in code order. */
export function comparedRegions(scope: RegionScope): readonly Region[] {
  if (scope.level === 'lan') return COUNTIES;
  return MUNICIPALITY_REGIONS.filter((r) => r.countyCode === scope.within);
}

/**
 * The region the compared ones are set against and sum to: Riket for the län, the county for its
 * kommuner. A scope within a county that does not exist falls back to Riket.
 */
export function referenceRegion(scope: RegionScope): Region {
  if (scope.level === 'lan') return RIKET;
  const county = regionByCode(scope.within);
  return county?.level === 'lan' ? county : RIKET;
}

/** The reference first, then the compared regions: the regions a user can choose in the scope. */
export function scopeRegions(scope: RegionScope): readonly Region[] {
  return [referenceRegion(scope), ...comparedRegions(scope)];
}

/** How many regions the scope compares (21 for the län). */
export function comparedCount(scope: RegionScope): number {
  return comparedRegions(scope).length;
}

/** Whether `code` is one of the compared regions. */
export function isCompared(scope: RegionScope, code: string): boolean {
  return comparedRegions(scope).some((r) => r.code === code);
}

/** Whether `code` is the reference or one of the compared regions. */
export function inScope(scope: RegionScope, code: string): boolean {
  return code === referenceRegion(scope).code || isCompared(scope, code);
}

/**
 * The regions a trend may draw beside the one in focus: among the län, Riket and the län; among a
 * county's kommuner, the county, Riket and the kommuner of every county.
 */
export function trendComparable(scope: RegionScope, code: string): boolean {
  if (inScope(scope, code)) return true;
  if (scope.level === 'lan') return false;
  const region = regionByCode(code);
  return region?.level === 'kommun' || code === RIKET.code;
}
