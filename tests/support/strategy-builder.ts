import type { Strategy, StrategyIndicator } from '../../src/domain/strategy';

/** A strategy indicator with every field, the given ones set. */
export function strategyIndicator(id: string, parts: Partial<StrategyIndicator> = {}): StrategyIndicator {
  return {
    id,
    name: id,
    description: '',
    unit: '',
    chainLevel: 'utfall',
    direction: 'higher_is_better',
    goalAreas: [],
    question: undefined,
    source: '',
    decimals: 1,
    followUpLevels: [],
    genderSplit: false,
    koladaId: undefined,
    scbId: undefined,
    ...parts,
  };
}

/** Two goal areas; five indicators, a, c and e in `klimat` on the level utfall. */
export const SMALL_STRATEGY: Strategy = {
  name: 'Teststrategin 2030',
  region: '20',
  goalAreas: [
    { id: 'klimat', name: 'Klimatsmart', description: '', rusAreas: [] },
    { id: 'konkurrens', name: 'Konkurrenskraftigt', description: 'Fler företag', rusAreas: [] },
  ],
  indicators: [
    strategyIndicator('a', { goalAreas: ['klimat'] }),
    strategyIndicator('b', { goalAreas: ['konkurrens'] }),
    strategyIndicator('c', { goalAreas: ['klimat', 'konkurrens'] }),
    strategyIndicator('d', { goalAreas: ['klimat'], chainLevel: 'resurser' }),
    strategyIndicator('e', { goalAreas: ['klimat'] }),
  ],
};
