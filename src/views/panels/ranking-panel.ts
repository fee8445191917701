import type { RankingInput } from '../../charts/ranking-option';
import { pick } from '../../domain/language';
import { periodLongLabel } from '../../domain/period';
import { comparedRegions, referenceRegion } from '../../domain/region-scope';
import { regionName } from '../../domain/regions';
import type { CrossSection } from './cross-section';
import { markedRegions } from './cross-section';
import { referenceComparable, type IndicatorSelection } from './indicator-selection';
import type { PanelContext } from './panel-context';
import { scopeText } from './scope-text';

/** The scope's compared regions at the cross-section's period; the reference as a line when comparable. */
export function buildRankingPanel(
  context: PanelContext,
  selection: IndicatorSelection,
  section: CrossSection,
): RankingInput {
  const { scope, lang, t } = context;
  const { indicator } = selection.listed;
  const reference = section.referenceAt;
  return {
    lang,
    decimals: indicator.decimals,
    unit: pick(indicator.unit, lang),
    direction: indicator.direction,
    selected: markedRegions(context, selection),
    entries: comparedRegions(scope).map((c) => {
      const p = section.pointAt(c.code);
      return { code: c.code, name: regionName(c, lang), value: p?.value ?? null, marker: p?.marker ?? null };
    }),
    riket:
      reference && referenceComparable(selection)
        ? { name: regionName(referenceRegion(scope), lang), value: reference.value }
        : undefined,
    description: t('rankingTitle', {
      indicator: pick(indicator.name, lang),
      regions: scopeText(context).regions,
      period: section.at ? periodLongLabel(section.at, lang) : '–',
    }),
  };
}
