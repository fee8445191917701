import type { Strategy } from '../domain/strategy';
import type { StrategyFile } from '../data/strategy/strategy-file';
import type { UserTarget } from '../data/workspace/workspace';

/** The strategy as a file: with the user's targets for its indicators (for any region). */
export function strategyFileOf(strategy: Strategy, targets: readonly UserTarget[]): StrategyFile {
  const ids = new Set(strategy.indicators.map((i) => i.id));
  return { strategy, targets: targets.filter((t) => ids.has(t.indicator)) };
}
