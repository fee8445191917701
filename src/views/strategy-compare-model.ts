import { CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import type { Lang } from '../domain/language';
import { parsePeriod } from '../domain/period';
import { regionByCode, regionName } from '../domain/regions';
import type { Strategy, StrategyIndicator } from '../domain/strategy';
import {
  compareStrategies,
  latestStatus,
  type IndicatorMatch,
  type StrategyComparison,
} from '../domain/strategy-compare';
import { num, text, type TableModel } from '../domain/table';
import type { Target, TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import { querySeries, targetsFor } from '../data/dataset/store-query';
import type { UserTarget } from '../data/workspace/workspace';
import type { MessageKey, Translate } from '../i18n/dictionary';
import { naturalGranularity } from './summaries';

/** One side of the comparison: a strategy, the targets it brings, and the region whose values count. */
export interface CompareSide {
  readonly strategy: Strategy;
  /** Targets from the side's file; undefined: the app's targets (the user's own and the files'). */
  readonly targets: readonly UserTarget[] | undefined;
  readonly region: string | undefined;
}

/** A shared indicator's status for each side; undefined where the side names no region. */
export interface SharedStatus {
  readonly ours: TargetStatus | undefined;
  readonly theirs: TargetStatus | undefined;
}

export interface CompareModel {
  readonly comparison: StrategyComparison;
  readonly statuses: ReadonlyMap<IndicatorMatch, SharedStatus>;
}

const asTarget = (t: UserTarget): Target | undefined => {
  const period = parsePeriod(t.period);
  const base = t.baseline && parsePeriod(t.baseline.period);
  if (!period.ok) return undefined;
  return {
    region: t.region,
    indicator: t.indicator,
    period: period.period,
    value: t.value,
    baseline: base?.ok && t.baseline ? { period: base.period, value: t.baseline.value } : undefined,
    source: undefined,
  };
};

/**
 * One side's status for an indicator, as the Län view's card has it: the region's latest value in
 * the loaded data (under the side's id, else under the other side's: the same measure) against the
 * side's targets — those its file brings, or else the app's for that region.
 */
function sideStatus(
  dataset: Dataset,
  side: CompareSide,
  own: StrategyIndicator,
  other: StrategyIndicator,
): TargetStatus | undefined {
  const region = side.region;
  if (region === undefined) return undefined;
  const known = (id: string): boolean => dataset.indicators.some((i) => i.id === id);
  const dataId = known(own.id) || !known(other.id) ? own.id : other.id;
  const series = querySeries(dataset, {
    indicator: dataId,
    region,
    gender: 'T',
    granularity: naturalGranularity(dataset, dataId),
  });
  const fromFile = (side.targets ?? [])
    .filter((t) => t.region === region && t.indicator === own.id)
    .map(asTarget)
    .filter((t): t is Target => t !== undefined);
  const targets = fromFile.length > 0 ? fromFile : targetsFor(dataset, region, own.id);
  return latestStatus(series, targets, own.direction);
}

export function compareModel(ours: CompareSide, theirs: CompareSide, dataset: Dataset): CompareModel {
  const comparison = compareStrategies(ours.strategy, theirs.strategy);
  const statuses = new Map<IndicatorMatch, SharedStatus>();
  for (const level of comparison.levels)
    for (const m of level.shared)
      statuses.set(m, {
        ours: sideStatus(dataset, ours, m.ours, m.theirs),
        theirs: sideStatus(dataset, theirs, m.theirs, m.ours),
      });
  return { comparison, statuses };
}

const STATUS_KEYS: Readonly<Record<TargetStatus, MessageKey>> = {
  on_track: 'statusOn_track',
  at_risk: 'statusAt_risk',
  off_track: 'statusOff_track',
  no_target: 'statusNo_target',
  no_data: 'statusNo_data',
};

export const statusWord = (status: TargetStatus | undefined, t: Translate): string =>
  status === undefined ? t('sfNoRegion') : t(STATUS_KEYS[status]);

export const sideName = (side: CompareSide, lang: Lang, t: Translate): string => {
  const region = side.region === undefined ? undefined : regionByCode(side.region);
  return side.strategy.name || (region ? regionName(region, lang) : t('sfUnnamed'));
};

const levelName = (level: keyof typeof CHAIN_LEVEL_INFO, lang: Lang): string =>
  CHAIN_LEVEL_INFO[level].label[lang];

/** Level by level: how many indicators both follow, only we, only they, and the questions both ask. */
export function levelCountTable(model: CompareModel, t: Translate, lang: Lang): TableModel {
  const { levels, totals } = model.comparison;
  return {
    caption: t('sfCountsCaption'),
    columns: [
      { header: t('sfColLevel'), numeric: false },
      { header: t('sfColShared'), numeric: true },
      { header: t('sfColOnlyOurs'), numeric: true },
      { header: t('sfColOnlyTheirs'), numeric: true },
      { header: t('sfColQuestions'), numeric: true },
    ],
    rows: [
      ...levels.map((l) => [
        text(levelName(l.level, lang)),
        num(l.shared.length, 0),
        num(l.onlyOurs.length, 0),
        num(l.onlyTheirs.length, 0),
        num(l.questions.length, 0),
      ]),
      [
        text(t('sfTotal')),
        num(totals.shared, 0),
        num(totals.onlyOurs, 0),
        num(totals.onlyTheirs, 0),
        num(totals.questions, 0),
      ],
    ],
    rowHeader: 0,
  };
}

const BASIS_KEYS: Readonly<Record<IndicatorMatch['by'], MessageKey>> = {
  kolada: 'sfByKolada',
  scb: 'sfByScb',
  name: 'sfByName',
};

/**
 * Every indicator of both strategies, level by level: who follows it and, when both do, the other
 * side's name for it, what matched them and both regions' status.
 */
export function indicatorTable(
  model: CompareModel,
  names: { ours: string; theirs: string },
  t: Translate,
  lang: Lang,
): TableModel {
  const blank = text('');
  const rows = model.comparison.levels.flatMap((l) => {
    const level = text(levelName(l.level, lang));
    return [
      ...l.shared.map((m) => {
        const s = model.statuses.get(m);
        return [
          level,
          text(m.ours.name),
          text(t('sfInBoth')),
          text(m.theirs.name),
          text(t(BASIS_KEYS[m.by])),
          text(statusWord(s?.ours, t)),
          text(statusWord(s?.theirs, t)),
        ];
      }),
      ...l.onlyOurs.map((i) => [level, text(i.name), text(t('sfInOurs')), blank, blank, blank, blank]),
      ...l.onlyTheirs.map((i) => [level, text(i.name), text(t('sfInTheirs')), blank, blank, blank, blank]),
    ];
  });
  return {
    caption: t('sfIndicatorsCaption', names),
    columns: [
      { header: t('sfColLevel'), numeric: false },
      { header: t('sfColIndicator'), numeric: false },
      { header: t('sfColFollowedBy'), numeric: false },
      { header: t('sfColTheirIndicator', names), numeric: false },
      { header: t('sfColMatchedBy'), numeric: false },
      { header: t('sfColOurStatus', names), numeric: false },
      { header: t('sfColTheirStatus', names), numeric: false },
    ],
    rows,
    rowHeader: 1,
  };
}

/** The questions both strategies ask, with each side's indicators that help answer them. */
export function questionTable(
  model: CompareModel,
  names: { ours: string; theirs: string },
  t: Translate,
  lang: Lang,
): TableModel {
  return {
    caption: t('sfQuestionsCaption'),
    columns: [
      { header: t('sfColLevel'), numeric: false },
      { header: t('sfColQuestion'), numeric: false },
      { header: t('sfColOurIndicators', names), numeric: false },
      { header: t('sfColTheirIndicators', names), numeric: false },
    ],
    rows: model.comparison.levels.flatMap((l) =>
      l.questions.map((q) => [
        text(levelName(l.level, lang)),
        text(q.text),
        text(q.ours.map((i) => i.name).join('; ')),
        text(q.theirs.map((i) => i.name).join('; ')),
      ]),
    ),
    rowHeader: 1,
  };
}
