import { describe, expect, it } from 'vitest';
import { CHAIN_LEVEL_INFO, CHAIN_LEVELS, chainLevelOrder, isChainLevel } from '../../src/domain/chain-levels';
import { DIRECTIONS, INDICATOR_ID_PATTERN, isDirection } from '../../src/domain/indicator';

describe('the effect chain', () => {
  it('has the six levels in causal order, resources first', () => {
    expect(CHAIN_LEVELS).toEqual([
      'resurser',
      'aktiviteter',
      'prestationer',
      'utfall',
      'kortsiktiga_effekter',
      'langsiktiga_effekter',
    ]);
    expect(CHAIN_LEVELS.map(chainLevelOrder)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('labels and horizons follow the framework', () => {
    expect(CHAIN_LEVEL_INFO.prestationer.label).toEqual({ sv: 'Prestationer', en: 'Outputs' });
    expect(CHAIN_LEVEL_INFO.kortsiktiga_effekter.horizon).toEqual({ sv: '0–2 år', en: '0–2 years' });
    expect(CHAIN_LEVEL_INFO.langsiktiga_effekter.horizon).toEqual({ sv: '1–10 år', en: '1–10 years' });
    expect(CHAIN_LEVEL_INFO.resurser.horizon).toBeUndefined();
    for (const level of CHAIN_LEVELS) expect(CHAIN_LEVEL_INFO[level].id).toBe(level);
  });

  it('isChainLevel accepts the ids only', () => {
    expect(isChainLevel('utfall')).toBe(true);
    expect(isChainLevel('Utfall')).toBe(false);
    expect(isChainLevel('outcomes')).toBe(false);
  });
});

describe('indicator ids and directions', () => {
  it('ids are lowercase ASCII words', () => {
    for (const id of ['nyforetagande', 'ansokningstryck', 'brp_per_invanare', 'fou2'])
      expect(INDICATOR_ID_PATTERN.test(id)).toBe(true);
    for (const id of ['Nyforetagande', 'nyföretagande', '2fou', 'a-b', '', '_a'])
      expect(INDICATOR_ID_PATTERN.test(id)).toBe(false);
  });

  it('three directions', () => {
    expect(DIRECTIONS).toEqual(['higher_is_better', 'lower_is_better', 'neutral']);
    expect(isDirection('neutral')).toBe(true);
    expect(isDirection('higher')).toBe(false);
  });
});
