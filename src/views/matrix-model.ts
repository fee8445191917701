import { CHAIN_LEVELS, CHAIN_LEVEL_INFO, type ChainLevel } from '../domain/chain-levels';
import { pick, type Lang } from '../domain/language';
import type { RankedEntry } from '../domain/ranking';
import { comparedRegions, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import { num, text, type TableCell, type TableModel } from '../domain/table';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import type { Translate } from '../i18n/dictionary';
import type { MatrixMode } from '../state/url-state';
import { indicatorsWithData, type ListedIndicator } from './indicator-list';
import { rankRegions, summariesForAllRegions, type IndicatorSummary } from './summaries';

export interface MatrixCell {
  readonly summary: IndicatorSummary | undefined;
  readonly rank: RankedEntry | undefined;
}

export interface MatrixColumnGroup {
  readonly level: ChainLevel | undefined;
  readonly label: string;
  readonly indicators: readonly ListedIndicator[];
}

export interface MatrixModel {
  readonly groups: readonly MatrixColumnGroup[];
  /** The scope's compared regions (the 21 län) in code order; each row's cells follow the groups' indicators. */
  readonly rows: readonly {
    readonly code: string;
    readonly name: string;
    readonly cells: readonly MatrixCell[];
  }[];
}

/**
 * Which regions share which problems: the scope's compared regions (the 21 län) × every indicator
 * with data, grouped by chain level, each cell holding the region's status against its target and its
 * rank among them.
 */
export function buildMatrixModel(
  dataset: Dataset,
  scope: RegionScope,
  lang: Lang,
  t: Translate,
): MatrixModel {
  const listed = indicatorsWithData(dataset, t).filter((l) => l.indicator.listed);
  const groups: MatrixColumnGroup[] = [
    ...CHAIN_LEVELS.map((level) => ({
      level,
      label: pick(CHAIN_LEVEL_INFO[level].label, lang),
      indicators: listed.filter((l) => l.inCatalogue && l.indicator.chainLevel === level),
    })),
    { level: undefined, label: t('uncataloguedHeading'), indicators: listed.filter((l) => !l.inCatalogue) },
  ].filter((g) => g.indicators.length > 0);
  const ordered = groups.flatMap((g) => g.indicators);
  const summaries = ordered.map((l) => summariesForAllRegions(dataset, scope, l.indicator));
  const ranks = summaries.map((s) => rankRegions(s, scope, lang));
  return {
    groups,
    rows: comparedRegions(scope).map((county) => ({
      code: county.code,
      name: regionName(county, lang),
      cells: ordered.map((_, k) => ({
        summary: summaries[k]?.get(county.code),
        rank: ranks[k]?.get(county.code),
      })),
    })),
  };
}

/** The matrix as a table for the CSV download: a row per county, a column per indicator. */
export function matrixTable(
  model: MatrixModel,
  mode: MatrixMode,
  caption: string,
  labels: { readonly county: string; readonly status: Readonly<Record<TargetStatus, string>> },
  lang: Lang,
): TableModel {
  const indicators = model.groups.flatMap((g) => g.indicators);
  return {
    caption,
    columns: [
      { header: labels.county, numeric: false },
      ...indicators.map((l) => ({ header: pick(l.indicator.name, lang), numeric: mode === 'rank' })),
    ],
    rowHeader: 0,
    rows: model.rows.map((row) => [
      text(row.name),
      ...row.cells.map((cell): TableCell =>
        mode === 'rank'
          ? num(cell.rank?.rank ?? null, 0, cell.rank?.rank === undefined ? '..' : null)
          : text(labels.status[cell.summary?.status.status ?? 'no_data']),
      ),
    ]),
  };
}
