import type { MapInput } from '../../charts/map-option';
import type { RankingInput } from '../../charts/ranking-option';
import { countiesTable } from '../../charts/tables';
import { pick } from '../../domain/language';
import { periodLongLabel } from '../../domain/period';
import { referenceRegion } from '../../domain/region-scope';
import { regionName } from '../../domain/regions';
import type { TableModel } from '../../domain/table';
import type { CrossSection } from './cross-section';
import { referenceComparable, type IndicatorSelection } from './indicator-selection';
import type { PanelContext } from './panel-context';
import { scopeText } from './scope-text';

/**
 * The compared regions at the cross-section's period — rank, value and status, as the ranking and the
 * map show them — with the reference last when it is on their scale.
 */
export function buildRegionTablePanel(
  context: PanelContext,
  selection: IndicatorSelection,
  section: CrossSection,
  charts: { readonly ranking: RankingInput; readonly map: MapInput },
): TableModel {
  const { scope, lang, t } = context;
  const text = scopeText(context);
  const { indicator } = selection.listed;
  const reference = section.referenceAt;
  const referenceRow =
    reference && referenceComparable(selection)
      ? { name: regionName(referenceRegion(scope), lang), value: reference.value, marker: reference.marker }
      : undefined;
  return countiesTable(
    charts.ranking,
    charts.map,
    t('countiesTableCaption', {
      indicator: pick(indicator.name, lang),
      all: text.allInSentence,
      period: section.at ? periodLongLabel(section.at, lang) : '–',
    }),
    { rank: t('colRank'), county: text.column, value: t('colValue'), status: t('colStatus') },
    referenceRow,
  );
}
