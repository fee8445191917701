import { scopeMap, type MapEntry, type MapInput } from '../../charts/map-option';
import { pick } from '../../domain/language';
import { periodCode, periodLongLabel } from '../../domain/period';
import { comparedRegions } from '../../domain/region-scope';
import { regionName } from '../../domain/regions';
import type { TargetStatus } from '../../domain/target';
import type { MapMode } from '../../state/url-state';
import { summarize } from '../summaries';
import { markedRegions, type CrossSection } from './cross-section';
import type { IndicatorSelection } from './indicator-selection';
import type { PanelContext } from './panel-context';
import { scopeText } from './scope-text';

/**
 * The scope's compared regions coloured by value or by status at the cross-section's period. A status
 * is the total's against the region's target path, judged with the values up to that period.
 */
export function buildMapPanel(
  context: PanelContext,
  selection: IndicatorSelection,
  section: CrossSection,
  mode: MapMode,
): MapInput {
  const { dataset, scope, lang, t } = context;
  const { indicator } = selection.listed;
  const { at } = section;
  const statusAt = (code: string): TargetStatus => {
    if (section.gender !== 'T' || !at) return 'no_target';
    const points = section.byRegion.get(code) ?? [];
    const upTo = points.filter((p) => periodCode(p.period) <= periodCode(at));
    const s = summarize(dataset, indicator, code, selection.granularity, upTo, undefined);
    const point = section.pointAt(code);
    if (!point || point.value === null) return s.path.length > 0 ? 'no_data' : 'no_target';
    return s.latest && periodCode(s.latest.period) === periodCode(at) ? s.status.status : 'no_data';
  };
  const entries: MapEntry[] = comparedRegions(scope).map((c) => {
    const p = section.pointAt(c.code);
    return {
      code: c.code,
      name: regionName(c, lang),
      value: p?.value ?? null,
      marker: p?.marker ?? null,
      status: statusAt(c.code),
    };
  });
  return {
    lang,
    map: scopeMap(scope),
    mode,
    decimals: indicator.decimals,
    unit: pick(indicator.unit, lang),
    entries,
    selected: markedRegions(context, selection),
    statusLabels: {
      on_track: t('statusOn_track'),
      at_risk: t('statusAt_risk'),
      off_track: t('statusOff_track'),
      no_target: t('statusNo_target'),
      no_data: t('statusNo_data'),
    },
    labels: { missing: t('missingValue') },
    description: t(mode === 'status' ? 'mapTitleStatus' : 'mapTitleValue', {
      indicator: pick(indicator.name, lang),
      regions: scopeText(context).regions,
      period: at ? periodLongLabel(at, lang) : '–',
    }),
  };
}
