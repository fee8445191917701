import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/domain/indicator';
import {
  addGoalArea,
  addIndicator,
  idFromName,
  moveIndicator,
  removeGoalArea,
  removeIndicator,
  renameGoalArea,
  strategyFromCatalogue,
  updateIndicator,
} from '../../src/domain/strategy-edit';
import { SMALL_STRATEGY, strategyIndicator } from '../support/strategy-builder';

const ids = (s: { indicators: readonly { id: string }[] }): string[] => s.indicators.map((i) => i.id);
const klimatUtfall = { level: 'utfall', goalArea: 'klimat' } as const;

describe('strategy edits', () => {
  it('adds an indicator at the end, never a second one of the same id', () => {
    const added = addIndicator(SMALL_STRATEGY, strategyIndicator('ny'));
    expect(ids(added)).toEqual(['a', 'b', 'c', 'd', 'e', 'ny']);
    expect(addIndicator(added, strategyIndicator('ny', { name: 'Annan' }))).toBe(added);
  });

  it('updates an indicator in its place, also to another level and goal area', () => {
    const moved = updateIndicator(
      SMALL_STRATEGY,
      'b',
      strategyIndicator('b', { chainLevel: 'resurser', goalAreas: ['klimat'] }),
    );
    expect(ids(moved)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(moved.indicators[1]).toMatchObject({ chainLevel: 'resurser', goalAreas: ['klimat'] });
    // An id another indicator has is refused.
    expect(updateIndicator(SMALL_STRATEGY, 'b', strategyIndicator('a'))).toBe(SMALL_STRATEGY);
  });

  it('removes an indicator', () => {
    expect(ids(removeIndicator(SMALL_STRATEGY, 'c'))).toEqual(['a', 'b', 'd', 'e']);
  });

  it('moves a card among the cards of its cell, leaving the other cells as they were', () => {
    // Klimatsmart × utfall holds a, c, e; c is also in Konkurrenskraftigt × utfall (b, c).
    const down = moveIndicator(SMALL_STRATEGY, 'a', klimatUtfall, 1);
    expect(ids(down)).toEqual(['c', 'b', 'a', 'd', 'e']);
    const last = moveIndicator(down, 'a', klimatUtfall, 1);
    expect(ids(last)).toEqual(['c', 'b', 'e', 'd', 'a']);
    expect(moveIndicator(last, 'a', klimatUtfall, 1)).toBe(last);
    expect(ids(moveIndicator(last, 'a', klimatUtfall, -1))).toEqual(['c', 'b', 'a', 'd', 'e']);
    // Konkurrenskraftigt × utfall: b before c; moving c up there puts it before b.
    const other = moveIndicator(SMALL_STRATEGY, 'c', { level: 'utfall', goalArea: 'konkurrens' }, -1);
    expect(ids(other)).toEqual(['a', 'c', 'b', 'd', 'e']);
  });

  it('adds, renames and removes goal areas; a removed one leaves its indicators in the chain', () => {
    const added = addGoalArea(SMALL_STRATEGY, 'Sammanhållet Dalarna');
    expect(added.goalAreas.map((a) => a.id)).toEqual(['klimat', 'konkurrens', 'sammanhallet_dalarna']);
    expect(renameGoalArea(added, 'klimat', ' Klimatet ').goalAreas[0]?.name).toBe('Klimatet');
    const removed = removeGoalArea(SMALL_STRATEGY, 'klimat');
    expect(removed.goalAreas.map((a) => a.id)).toEqual(['konkurrens']);
    expect(ids(removed)).toEqual(ids(SMALL_STRATEGY));
    expect(removed.indicators.map((i) => i.goalAreas)).toEqual([[], ['konkurrens'], ['konkurrens'], [], []]);
  });

  it('makes goal area ids of lowercase ASCII words, unique', () => {
    expect(idFromName('Klimatsmart', new Set(['klimatsmart']), 'x')).toBe('klimatsmart_2');
    expect(idFromName('Ökad tillgänglighet!', new Set(), 'x')).toBe('okad_tillganglighet');
    expect(idFromName('2030', new Set(), 'malomrade')).toBe('malomrade');
  });

  it('starts from the catalogue: its listed indicators, in Swedish, with their questions', () => {
    const base: Indicator = {
      id: 'nyforetagande',
      name: { sv: 'Nyföretagande', en: 'New firms' },
      unit: { sv: 'per 1 000', en: 'per 1,000' },
      chainLevel: 'kortsiktiga_effekter',
      direction: 'higher_is_better',
      question: { kind: 'summative', text: { sv: 'Ökar nyföretagandet?', en: 'More?' } },
      source: 'SCB',
      decimals: 1,
      aggregation: 'mean',
      description: undefined,
      formula: undefined,
      listed: true,
      cohort: false,
      followUpLevels: ['regional'],
    };
    const strategy = strategyFromCatalogue([base, { ...base, id: 'ram_medel', listed: false }]);
    expect(strategy.indicators).toEqual([
      strategyIndicator('nyforetagande', {
        name: 'Nyföretagande',
        unit: 'per 1 000',
        chainLevel: 'kortsiktiga_effekter',
        question: { kind: 'summative', text: 'Ökar nyföretagandet?' },
        source: 'SCB',
        followUpLevels: ['regional'],
      }),
    ]);
  });
});
