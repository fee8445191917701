import type { Dataset } from '../../data/dataset/dataset';
import { pointNote } from '../../data/dataset/point-note';
import { latestPeriodCode } from '../../data/dataset/store-query';
import { periodFromCode, type Period } from '../../domain/period';
import { COUNTIES, MUNICIPALITY_REGIONS, regionIndexOf, RIKET, type Region } from '../../domain/regions';
import type { SeriesPoint } from '../../domain/series';
import { isProvisionalNote } from '../../domain/summary/provisional';
import type { IndicatorFacts } from '../../domain/summary/summary-types';
import type { IndicatorSummary } from '../summaries';
import { isInvented } from './invented';

const indexes = (regions: readonly Region[]): Set<number> =>
  new Set(regions.flatMap((r) => regionIndexOf(r.code) ?? []));
const COUNTY_INDEXES = indexes(COUNTIES);

/** The regions a region's latest period is measured against: the län, or the county's kommuner. */
function peerIndexes(region: Region): Set<number> {
  if (region.level === 'lan') return COUNTY_INDEXES;
  if (region.level === 'kommun')
    return indexes(MUNICIPALITY_REGIONS.filter((k) => k.countyCode === region.countyCode));
  return indexes([RIKET]);
}

function peersLatest(dataset: Dataset, summary: IndicatorSummary, region: Region): Period | undefined {
  const code = latestPeriodCode(dataset, summary.indicator.id, summary.granularity, 'T', peerIndexes(region));
  return code === undefined ? undefined : periodFromCode(code);
}

/**
 * The facts of one indicator's sentence, from the summary the Län card and the Indikator header show
 * (its status is theirs: statusAgainstTarget over the region's target path), and the larger region's
 * value beside it (Riket for a county, the county for a kommun).
 */
export function summaryFacts(
  dataset: Dataset,
  region: Region,
  summary: IndicatorSummary,
  reference: { readonly region: Region; readonly point: SeriesPoint | undefined } | undefined,
): IndicatorFacts {
  const { indicator, latest, status } = summary;
  const note = latest ? pointNote(dataset, indicator.id, region.code, latest.period) : undefined;
  const target = status.target;
  return {
    indicator,
    region,
    series: summary.series,
    status: status.status,
    target: target ? { period: target.period, value: target.value } : undefined,
    expected: latest ? status.expected : undefined,
    peersLatest: peersLatest(dataset, summary, region),
    reference:
      reference && reference.region.code !== region.code
        ? { region: reference.region, series: reference.point ? [reference.point] : [] }
        : undefined,
    invented: isInvented(dataset, indicator.id, region.code),
    provisional: note !== undefined && isProvisionalNote(note),
  };
}
