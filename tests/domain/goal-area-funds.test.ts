import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { fundsByGoalArea, ledgerRusAreas } from '../../src/domain/goal-area-funds';
import type { GoalArea } from '../../src/domain/strategy';

const file = resolve(import.meta.dirname, '../fixtures/goalareas/arendelista.csv');
const cases = importFile('arendelista.csv', new Uint8Array(readFileSync(file))).ledger?.cases ?? [];

const area = (id: string, name: string, rusAreas: readonly string[]): GoalArea => ({
  id,
  name,
  description: '',
  rusAreas,
});

/*
 * The fixture's granted cases of 2024, by hand (kronor):
 *   G-1 Innovation och företagande 1 000 000   G-2 innovation och foretagande 2 000 000 (the same area)
 *   G-3 Kompetensförsörjning       3 000 000   G-4 Internationalisering         500 000
 *   G-5 (no RUS area)                 400 000   G-8 Hållbar samhällsutveckling     100 000
 * Total 7 000 000 in 6 cases. G-6 is rejected and G-7 is of 2023: neither counts.
 */
const GOAL_AREAS = [
  area('konkurrens', 'Konkurrenskraftigt', ['Innovation och företagande', 'Internationalisering']),
  // Innovation och företagande funds two goal areas.
  area('kompetens', 'Kompetens', ['Kompetensförsörjning', 'Innovation och företagande']),
  area('klimat', 'Klimatsmart', []),
];

describe('1:1 funds by goal area (hand count from tests/fixtures/goalareas/arendelista.csv)', () => {
  it('sums each goal area’s RUS areas, with its share of the year and its cases', () => {
    expect(cases).toHaveLength(8);
    const funds = fundsByGoalArea(cases, 2024, GOAL_AREAS);
    const rows = funds.rows.map((r) => [r.goalArea.id, r.granted, r.cases]);
    expect(rows).toEqual([
      ['konkurrens', 3_500_000, 3], // G-1, G-2, G-4
      ['kompetens', 6_000_000, 3], // G-1, G-2, G-3
      ['klimat', 0, 0],
    ]);
    expect(funds.rows[0]?.share).toBeCloseTo(50, 10);
    expect(funds.rows[1]?.share).toBeCloseTo((100 * 6) / 7, 10);
    expect(funds.rows[2]?.share).toBe(0);
  });

  it('states the funds tied to no goal area as their own row, and the total counts every case once', () => {
    const funds = fundsByGoalArea(cases, 2024, GOAL_AREAS);
    // G-5 (no RUS area) and G-8 (Hållbar samhällsutveckling, tied to no goal area).
    expect(funds.unlinked).toMatchObject({
      granted: 500_000,
      cases: 2,
      areas: ['', 'Hållbar samhällsutveckling'],
    });
    expect(funds.unlinked.share).toBeCloseTo((100 * 0.5) / 7, 10);
    // Never the sum of the rows (3.5 + 6.0 + 0.5 = 10 million): G-1 and G-2 are in two rows.
    expect(funds.total).toEqual({ granted: 7_000_000, share: 100, cases: 6 });
  });

  it('names a RUS area tied to two goal areas', () => {
    expect(fundsByGoalArea(cases, 2024, GOAL_AREAS).shared).toEqual([
      { area: 'Innovation och företagande', goalAreas: ['Konkurrenskraftigt', 'Kompetens'] },
    ]);
    expect(fundsByGoalArea(cases, 2024, [GOAL_AREAS[0] ?? area('x', 'X', [])]).shared).toEqual([]);
  });

  it('counts a case once in a goal area that names its RUS area twice (two spellings)', () => {
    const twice = area('i', 'Innovation', ['Innovation och företagande', 'INNOVATION OCH FORETAGANDE']);
    const [row] = fundsByGoalArea(cases, 2024, [twice]).rows;
    expect([row?.granted, row?.cases]).toEqual([3_000_000, 2]);
  });

  it('without goal areas tied to anything, every krona is unlinked; a year without cases has no shares', () => {
    const funds = fundsByGoalArea(cases, 2024, [area('klimat', 'Klimatsmart', [])]);
    expect([funds.unlinked.granted, funds.unlinked.cases]).toEqual([7_000_000, 6]);
    const none = fundsByGoalArea(cases, 2019, GOAL_AREAS);
    expect(none.total).toEqual({ granted: 0, share: undefined, cases: 0 });
    expect(none.rows[0]?.share).toBeUndefined();
  });

  it('lists the ledger’s RUS areas once each, whatever their spelling', () => {
    expect(ledgerRusAreas(cases)).toEqual([
      'Hållbar samhällsutveckling',
      'Innovation och företagande',
      'Internationalisering',
      'Kompetensförsörjning',
    ]);
  });
});
