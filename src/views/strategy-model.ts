import { CHAIN_LEVELS, type ChainLevel } from '../domain/chain-levels';
import type { Strategy, StrategyIndicator } from '../domain/strategy';
import { inCell, strategyFromCatalogue } from '../domain/strategy-edit';
import { indicatorCodeOf, type Dataset } from '../data/dataset/dataset';

/** A goal area as a column of the chain; `id` undefined: the indicators without one. */
export interface StrategyColumn {
  readonly id: string | undefined;
  readonly name: string | undefined;
}

export interface StrategyCard {
  readonly indicator: StrategyIndicator;
  /** The data hold at least one value for it (not only markers such as `..`). */
  readonly hasData: boolean;
}

export interface StrategyCellModel {
  readonly column: StrategyColumn;
  readonly cards: readonly StrategyCard[];
}

export interface StrategyRow {
  readonly level: ChainLevel;
  readonly cells: readonly StrategyCellModel[];
}

/** An indicator the data name and neither the catalogue nor the strategy describes. */
export interface Uncatalogued {
  readonly id: string;
  readonly name: string | undefined;
  readonly unit: string | undefined;
}

export interface StrategyModel {
  /** The user's own strategy (editable); false: the catalogue's chain, shown to start from. */
  readonly own: boolean;
  readonly strategy: Strategy;
  readonly columns: readonly StrategyColumn[];
  readonly rows: readonly StrategyRow[];
  readonly uncatalogued: readonly Uncatalogued[];
}

/** Whether any observation of the indicator has a number: the chain exists before the data do. */
export function hasValues(dataset: Dataset, id: string): boolean {
  const code = indicatorCodeOf(dataset, id);
  if (code === undefined) return false;
  const { marker } = dataset.observations;
  const end = dataset.indicatorOffsets[code + 1] ?? 0;
  for (let row = dataset.indicatorOffsets[code] ?? 0; row < end; row++) if (marker[row] === 0) return true;
  return false;
}

/** The goal areas in the strategy's order, then "no goal area" when some indicator has none (or there are none). */
function columnsOf(strategy: Strategy): StrategyColumn[] {
  const columns: StrategyColumn[] = strategy.goalAreas.map((a) => ({ id: a.id, name: a.name }));
  const loose = strategy.indicators.some((i) => i.goalAreas.length === 0);
  return loose || columns.length === 0 ? [...columns, { id: undefined, name: undefined }] : columns;
}

/**
 * The Strategi view's page: the user's strategy, or without one the catalogue's chain; each level
 * of the chain a row, each goal area a column, each indicator a card saying whether it has data.
 */
export function strategyModel(strategy: Strategy | undefined, dataset: Dataset): StrategyModel {
  const shown = strategy ?? strategyFromCatalogue(dataset.indicators);
  const columns = columnsOf(shown);
  const withData = new Map(shown.indicators.map((i) => [i.id, hasValues(dataset, i.id)] as const));
  const rows = CHAIN_LEVELS.map((level) => ({
    level,
    cells: columns.map((column) => ({
      column,
      cards: shown.indicators
        .filter((i) => inCell(i, { level, goalArea: column.id }))
        .map((indicator) => ({ indicator, hasData: withData.get(indicator.id) ?? false })),
    })),
  }));
  const known = new Set([...dataset.indicators.map((i) => i.id), ...shown.indicators.map((i) => i.id)]);
  const labels = new Map(dataset.labels.map((l) => [l.id, l] as const).reverse());
  const uncatalogued = [...new Set(dataset.observations.indicators)]
    .filter((id) => !known.has(id) && hasValues(dataset, id))
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .map((id) => ({ id, name: labels.get(id)?.name, unit: labels.get(id)?.unit }));
  return { own: strategy !== undefined, strategy: shown, columns, rows, uncatalogued };
}
