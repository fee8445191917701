import { CHAIN_LEVEL_INFO, type ChainLevel } from '../../domain/chain-levels';
import { fundsByGoalArea, type FundsByGoalArea, type FundsSum } from '../../domain/goal-area-funds';
import type { Indicator } from '../../domain/indicator';
import { pick, type Lang } from '../../domain/language';
import { periodLabel } from '../../domain/period';
import type { Strategy, StrategyIndicator } from '../../domain/strategy';
import { num, text, type TableCell, type TableModel } from '../../domain/table';
import { querySeries } from '../../data/dataset/store-query';
import type { Translate } from '../../i18n/dictionary';
import { naturalGranularity, summarize, type IndicatorSummary } from '../summaries';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';

/** The levels of the chain where a goal area's results show: what its money should move. */
export const OUTCOME_LEVELS: readonly ChainLevel[] = [
  'utfall',
  'kortsiktiga_effekter',
  'langsiktiga_effekter',
];

/** One outcome-level indicator of a goal area, for the selection's region. */
export interface GoalAreaOutcome {
  readonly id: string;
  readonly name: string;
  readonly level: ChainLevel;
  /** Undefined when no file defines the indicator yet (it has no data). */
  readonly indicator: Indicator | undefined;
  readonly summary: IndicatorSummary | undefined;
}

export interface GoalAreaFundsPanel {
  readonly year: number;
  /** The selection's region ("00" for all counties) and its name in the text. */
  readonly region: string;
  readonly place: string;
  readonly funds: FundsByGoalArea;
  /** Each goal area's outcome indicators, by goal area id, in the strategy's order. */
  readonly outcomes: ReadonlyMap<string, readonly GoalAreaOutcome[]>;
}

/**
 * "Where the money goes, and what the goal's indicators do": per goal area of the user's strategy,
 * the year's granted funds in its RUS areas beside its outcome indicators' latest value, change and
 * status for the region. Undefined without goal areas or without a decision year.
 */
export function buildGoalAreaFundsPanel(
  { dataset, lang }: PanelContext,
  selection: LedgerSelection,
  strategy: Strategy | undefined,
): GoalAreaFundsPanel | undefined {
  const { year, region } = selection;
  if (!strategy || strategy.goalAreas.length === 0 || year === undefined) return undefined;
  const outcome = (s: StrategyIndicator): GoalAreaOutcome => {
    const indicator = dataset.indicators.find((i) => i.id === s.id);
    const level = indicator?.chainLevel ?? s.chainLevel;
    if (!indicator) return { id: s.id, name: s.name, level, indicator, summary: undefined };
    const granularity = naturalGranularity(dataset, s.id);
    const series = querySeries(dataset, { indicator: s.id, region, gender: 'T', granularity });
    const summary = summarize(dataset, indicator, region, granularity, series, undefined);
    // The name the views use (the strategy's own wins in the import), in the interface's language.
    return { id: s.id, name: pick(indicator.name, lang), level, indicator, summary };
  };
  const outcomes = new Map(
    strategy.goalAreas.map((g) => [
      g.id,
      strategy.indicators
        .filter((s) => s.goalAreas.includes(g.id))
        .map(outcome)
        .filter((o) => OUTCOME_LEVELS.includes(o.level))
        .sort((a, b) => OUTCOME_LEVELS.indexOf(a.level) - OUTCOME_LEVELS.indexOf(b.level)),
    ]),
  );
  return {
    year,
    region,
    place: selection.place,
    funds: fundsByGoalArea(selection.cases, year, strategy.goalAreas),
    outcomes,
  };
}

const MNKR = 1e6;
/** Granted, share, cases, value and change. */
const NUMERIC_COLUMNS = new Set([2, 3, 4, 7, 9]);

/** The column heads of the CSV, or of the page's table (where the level stands under the indicator's name). */
export function goalAreaFundsColumns(t: Translate, where: 'csv' | 'page' = 'csv'): string[] {
  return [
    t('gafColGoalArea'),
    t('gafColRus'),
    t('gafColGranted'),
    t('gafColShare'),
    t('gafColCases'),
    t('gafColIndicator'),
    ...(where === 'csv' ? [t('gafColLevel')] : []),
    t('gafColValue'),
    t('gafColPeriod'),
    t('gafColChange'),
    t('gafColStatus'),
  ];
}

/** A goal area's RUS areas, or the unlinked row's, in one cell: `A; B`, "" named as no RUS area. */
export function rusAreasText(areas: readonly string[], t: Translate): string {
  return areas.map((a) => (a === '' ? t('rusNone') : a)).join('; ');
}

/**
 * The panel as one flat table for the CSV: a row per goal area and outcome indicator (the goal
 * area's funds repeated on each), a goal area without one on a row of its own; then the unlinked
 * funds and the year's total.
 */
export function goalAreaFundsTable(
  panel: GoalAreaFundsPanel,
  caption: string,
  lang: Lang,
  t: Translate,
): TableModel {
  const fundCells = (f: FundsSum): TableCell[] => [
    num(f.granted / MNKR, 1),
    num(f.share ?? null, 1),
    num(f.cases, 0),
  ];
  const none = [text(''), text(''), text(''), text(''), text(''), text('')];
  const outcomeCells = (o: GoalAreaOutcome): TableCell[] => {
    const s = o.summary;
    const decimals = o.indicator?.decimals ?? 1;
    return [
      text(o.name),
      text(pick(CHAIN_LEVEL_INFO[o.level].label, lang)),
      num(s?.latest?.value ?? null, decimals, s?.latest?.marker ?? null),
      text(s?.latest ? periodLabel(s.latest.period, lang) : ''),
      s?.changePrevious ? num(s.changePrevious.value, decimals) : text(''),
      text(s ? t(statusKeyOf(s.status.status)) : t('statusNo_data')),
    ];
  };
  const rows: TableCell[][] = panel.funds.rows.flatMap((row) => {
    const head = [text(row.goalArea.name), text(rusAreasText(row.goalArea.rusAreas, t)), ...fundCells(row)];
    const list = panel.outcomes.get(row.goalArea.id) ?? [];
    return list.length === 0 ? [[...head, ...none]] : list.map((o) => [...head, ...outcomeCells(o)]);
  });
  const { unlinked, total } = panel.funds;
  rows.push([text(t('gafUnlinked')), text(rusAreasText(unlinked.areas, t)), ...fundCells(unlinked), ...none]);
  rows.push([text(t('gafTotal', { year: String(panel.year) })), text(''), ...fundCells(total), ...none]);
  return {
    caption,
    columns: goalAreaFundsColumns(t).map((header, i) => ({ header, numeric: NUMERIC_COLUMNS.has(i) })),
    rowHeader: 0,
    rows,
  };
}

const STATUS_KEYS = {
  on_track: 'statusOn_track',
  at_risk: 'statusAt_risk',
  off_track: 'statusOff_track',
  no_target: 'statusNo_target',
  no_data: 'statusNo_data',
} as const;

const statusKeyOf = (status: keyof typeof STATUS_KEYS): (typeof STATUS_KEYS)[keyof typeof STATUS_KEYS] =>
  STATUS_KEYS[status];
