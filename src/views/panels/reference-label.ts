import type { Indicator } from '../../domain/indicator';
import { referenceRegion } from '../../domain/region-scope';
import { regionName } from '../../domain/regions';
import type { PanelContext } from './panel-context';
import { scopeText } from './scope-text';

/**
 * Said before the reference's value beside a region's: the reference's name (Riket), or for a sum
 * that it is the sum of the compared regions. Undefined when the region is the reference itself.
 */
export function referenceLabel(
  context: PanelContext,
  region: string,
  indicator: Pick<Indicator, 'aggregation'>,
): string | undefined {
  const { scope, lang } = context;
  const reference = referenceRegion(scope);
  if (region === reference.code) return undefined;
  return indicator.aggregation === 'sum' ? scopeText(context).referenceSum : regionName(reference, lang);
}
