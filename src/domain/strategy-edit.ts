import type { ChainLevel } from './chain-levels';
import type { Indicator } from './indicator';
import type { GoalArea, Strategy, StrategyIndicator } from './strategy';
import { foldName } from './text-match';

/**
 * The edits the Strategi view makes, each a pure function from one strategy to the next. An edit
 * that does not apply (an unknown id, a move past the end) gives the strategy back unchanged.
 */

/** Where a card is shown: its level, and one of its goal areas (undefined: none). */
export interface StrategyCell {
  readonly level: ChainLevel;
  readonly goalArea: string | undefined;
}

export function inCell(indicator: StrategyIndicator, cell: StrategyCell): boolean {
  return (
    indicator.chainLevel === cell.level &&
    (cell.goalArea === undefined
      ? indicator.goalAreas.length === 0
      : indicator.goalAreas.includes(cell.goalArea))
  );
}

/** A new indicator at the end of the chain; one whose id the strategy has is not added twice. */
export function addIndicator(strategy: Strategy, indicator: StrategyIndicator): Strategy {
  if (strategy.indicators.some((i) => i.id === indicator.id)) return strategy;
  return { ...strategy, indicators: [...strategy.indicators, indicator] };
}

/** The indicator of `id` as edited, in its place; its level and goal areas may be new. */
export function updateIndicator(strategy: Strategy, id: string, edited: StrategyIndicator): Strategy {
  if (!strategy.indicators.some((i) => i.id === id)) return strategy;
  if (edited.id !== id && strategy.indicators.some((i) => i.id === edited.id)) return strategy;
  return { ...strategy, indicators: strategy.indicators.map((i) => (i.id === id ? edited : i)) };
}

export function removeIndicator(strategy: Strategy, id: string): Strategy {
  return { ...strategy, indicators: strategy.indicators.filter((i) => i.id !== id) };
}

/**
 * Moves an indicator one place up (-1) or down (+1) among the cards of its cell: it changes places
 * with its neighbour there, so the order of every other cell stays as it was.
 */
export function moveIndicator(strategy: Strategy, id: string, cell: StrategyCell, step: -1 | 1): Strategy {
  const list = strategy.indicators;
  const places = list.flatMap((i, at) => (inCell(i, cell) ? [at] : []));
  const here = places.findIndex((at) => list[at]?.id === id);
  const there = places[here + step];
  const from = places[here];
  if (here < 0 || there === undefined || from === undefined) return strategy;
  const indicators = [...list];
  const [a, b] = [list[from], list[there]];
  if (!a || !b) return strategy;
  indicators[from] = b;
  indicators[there] = a;
  return { ...strategy, indicators };
}

const FOLD: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' };

/** An id in lowercase ASCII words from a name: "Klimatsmart Dalarna" → `klimatsmart_dalarna`. */
export function idFromName(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const words = name
    .toLowerCase()
    .replace(/[åäöéü]/g, (c) => FOLD[c] ?? c)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '');
  const base = words || fallback;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export function addGoalArea(strategy: Strategy, name: string): Strategy {
  const id = idFromName(name, new Set(strategy.goalAreas.map((a) => a.id)), 'malomrade');
  const area: GoalArea = { id, name: name.trim(), description: '', rusAreas: [] };
  return { ...strategy, goalAreas: [...strategy.goalAreas, area] };
}

export function renameGoalArea(strategy: Strategy, id: string, name: string): Strategy {
  return {
    ...strategy,
    goalAreas: strategy.goalAreas.map((a) => (a.id === id ? { ...a, name: name.trim() } : a)),
  };
}

/**
 * The RUS priority areas that fund a goal area: trimmed, blanks dropped, each once (by its folded
 * name: "Innovation och företagande" and "innovation och foretagande" are one area).
 */
export function setGoalAreaRusAreas(strategy: Strategy, id: string, areas: readonly string[]): Strategy {
  return {
    ...strategy,
    goalAreas: strategy.goalAreas.map((a) => (a.id === id ? { ...a, rusAreas: distinctRusAreas(areas) } : a)),
  };
}

export function distinctRusAreas(areas: readonly string[]): string[] {
  const seen = new Set<string>();
  return areas
    .map((a) => a.trim())
    .filter((a) => {
      const key = foldName(a);
      if (a === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The goal area goes, and its indicators stay in the chain, without it. */
export function removeGoalArea(strategy: Strategy, id: string): Strategy {
  return {
    ...strategy,
    goalAreas: strategy.goalAreas.filter((a) => a.id !== id),
    indicators: strategy.indicators.map((i) =>
      i.goalAreas.includes(id) ? { ...i, goalAreas: i.goalAreas.filter((g) => g !== id) } : i,
    ),
  };
}

/** A catalogue definition as the region's own, in Swedish (the language a region's strategy is in). */
export function fromCatalogue(indicator: Indicator): StrategyIndicator {
  const question = indicator.question.text.sv;
  return {
    id: indicator.id,
    name: indicator.name.sv,
    description: indicator.description?.sv ?? '',
    unit: indicator.unit.sv,
    chainLevel: indicator.chainLevel,
    direction: indicator.direction,
    goalAreas: [],
    question: question ? { kind: indicator.question.kind, text: question } : undefined,
    source: indicator.source,
    decimals: indicator.decimals,
    followUpLevels: indicator.followUpLevels ?? [],
    genderSplit: false,
    koladaId: undefined,
    scbId: undefined,
  };
}

/** The catalogue's chain — its listed indicators, in its order — as a strategy to start from. */
export function strategyFromCatalogue(indicators: readonly Indicator[]): Strategy {
  return {
    name: '',
    region: undefined,
    goalAreas: [],
    indicators: indicators.filter((i) => i.listed).map(fromCatalogue),
  };
}

/** An indicator the data name but no catalogue describes, put in the chain to be described. */
export function adoptedIndicator(
  id: string,
  name: string | undefined,
  unit: string | undefined,
): StrategyIndicator {
  return {
    id,
    name: name ?? id,
    description: '',
    unit: unit ?? '',
    chainLevel: 'utfall',
    direction: 'neutral',
    goalAreas: [],
    question: undefined,
    source: '',
    decimals: 1,
    followUpLevels: [],
    genderSplit: false,
    koladaId: undefined,
    scbId: undefined,
  };
}
