import { referenceRegion } from '../../domain/region-scope';
import { regionName } from '../../domain/regions';
import type { PanelContext } from './panel-context';

/**
 * What the panels call the scope's regions, in the interface language: "länen" or "kommunerna i
 * Dalarnas län", "Alla län" or "Alla kommuner i Dalarnas län", the reference's sum, the column.
 */
export interface ScopeText {
  /** The compared regions in a sentence: "länen", "kommunerna i Dalarnas län". */
  readonly regions: string;
  /** A heading for all of them: "Alla län", "Alla kommuner i Dalarnas län". */
  readonly all: string;
  /** The same, within a sentence. */
  readonly allInSentence: string;
  /** The reference when it is the sum of the compared regions. */
  readonly referenceSum: string;
  /** The column naming a compared region. */
  readonly column: string;
}

export function scopeText({ scope, lang, t }: Pick<PanelContext, 'scope' | 'lang' | 't'>): ScopeText {
  if (scope.level === 'lan')
    return {
      regions: t('scopeRegionsLan'),
      all: t('scopeAllLan'),
      allInSentence: lowerFirst(t('scopeAllLan')),
      referenceSum: t('riketTotal'),
      column: t('colRegion'),
    };
  const county = regionName(referenceRegion(scope), lang);
  return {
    regions: t('scopeRegionsKommun', { county }),
    all: t('scopeAllKommun', { county }),
    allInSentence: lowerFirst(t('scopeAllKommun', { county })),
    referenceSum: t('kommunTotal', { county }),
    column: t('colKommun'),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}
