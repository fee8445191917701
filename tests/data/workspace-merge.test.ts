import { describe, expect, it } from 'vitest';
import {
  identicalSourceIds,
  planMerge,
  replacement,
  withDistinctSourceIds,
} from '../../src/data/workspace/workspace-merge';
import type { UserTarget } from '../../src/data/workspace/workspace';
import {
  INDICATOR_A,
  INDICATOR_B,
  sourceOf,
  TARGET_WITH_BASELINE,
  TARGET_WITHOUT_BASELINE,
  workspaceOf,
} from '../support/workspace-builder';

const NOW = Date.parse('2026-01-01T12:00:00.000Z');
function ids(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

const mine = workspaceOf({
  sources: [
    sourceOf('s1', 'a;1', { name: 'a.csv', addedAt: '2025-01-01T00:00:00.000Z' }),
    sourceOf('s2', 'b;2', { name: 'b.csv', addedAt: '2025-01-02T00:00:00.000Z' }),
  ],
  indicators: [INDICATOR_A],
  targets: [TARGET_WITH_BASELINE],
  mappings: [{ shape: 'x|y', options: { columns: { region: 0 } } }],
});

describe('identicalSourceIds', () => {
  it('is the file’s sources with the id, name, options and bytes of one of the user’s', async () => {
    const theirs = workspaceOf({
      sources: [
        sourceOf('s1', 'a;1', { name: 'a.csv' }),
        sourceOf('s2', 'b;3', { name: 'b.csv' }),
        sourceOf('s3', 'a;1', { name: 'a.csv' }),
      ],
    });
    expect([...(await identicalSourceIds(mine, theirs))]).toEqual(['s1']);
    const renamed = workspaceOf({ sources: [sourceOf('s1', 'a;1', { name: 'annan.csv' })] });
    expect([...(await identicalSourceIds(mine, renamed))]).toEqual([]);
    const mapped = workspaceOf({
      sources: [sourceOf('s1', 'a;1', { name: 'a.csv', options: { sheet: 'Blad2' } })],
    });
    expect([...(await identicalSourceIds(mine, mapped))]).toEqual([]);
  });
});

describe('planMerge', () => {
  const theirs = workspaceOf({
    sources: [
      sourceOf('s1', 'a;1', { name: 'a.csv' }),
      sourceOf('s2', 'b;3', { name: 'b.csv' }),
      sourceOf('s9', 'c;4', { name: 'c.csv' }),
    ],
    indicators: [{ ...INDICATOR_A, name: 'Ny definition' }, INDICATOR_B],
    targets: [{ ...TARGET_WITH_BASELINE, value: 90 }, TARGET_WITHOUT_BASELINE],
    mappings: [{ shape: 'x|y', options: { columns: { region: 1 } } }],
  });
  const plan = planMerge(mine, theirs, new Set(['s1']), NOW, ids());

  it('keeps every file of the user; an identical one is not added again; one of the same id is kept apart', () => {
    expect(plan.workspace.sources.map((s) => [s.id, s.name])).toEqual([
      ['s1', 'a.csv'],
      ['s2', 'b.csv'],
      ['new-1', 'b.csv'],
      ['s9', 'c.csv'],
    ]);
    expect(plan.alreadyThere.map((s) => s.id)).toEqual(['s1']);
    expect(plan.keptApart.map((s) => [s.id, s.name])).toEqual([['new-1', 'b.csv']]);
    expect(new Set(plan.workspace.sources.map((s) => s.id)).size).toBe(plan.workspace.sources.length);
  });

  it('adds the file’s files after the user’s, now, in the file’s order (so a reload keeps the order)', () => {
    expect(plan.added.map((s) => s.addedAt)).toEqual([
      '2026-01-01T12:00:00.000Z',
      '2026-01-01T12:00:00.001Z',
    ]);
    const times = plan.workspace.sources.map((s) => s.addedAt);
    expect([...times].sort()).toEqual(times);
  });

  it('the file’s indicators, targets and mappings win, and the replaced ones are listed', () => {
    expect(plan.workspace.indicators.map((i) => [i.id, i.name])).toEqual([
      [INDICATOR_A.id, 'Ny definition'],
      [INDICATOR_B.id, INDICATOR_B.name],
    ]);
    expect(plan.workspace.targets.map((t: UserTarget) => [t.region, t.value])).toEqual([
      ['20', 90],
      ['01', 1200],
    ]);
    expect(plan.workspace.mappings).toEqual([{ shape: 'x|y', options: { columns: { region: 1 } } }]);
    expect(plan.replacedIndicators).toEqual([INDICATOR_A]);
    expect(plan.replacedTargets).toEqual([TARGET_WITH_BASELINE]);
    expect(plan.replacedMappings).toEqual(['x|y']);
  });

  it('a definition the same as the user’s is not listed as replaced', () => {
    const same = planMerge(mine, mine, new Set(['s1', 's2']), NOW, ids());
    expect([same.replacedIndicators, same.replacedTargets, same.replacedMappings]).toEqual([[], [], []]);
    expect(same.workspace.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(same.workspace).toEqual(mine);
  });

  it('into an empty workspace: everything of the file, nothing kept apart', () => {
    const fresh = planMerge(workspaceOf({}), theirs, new Set(), NOW, ids());
    expect(fresh.workspace.sources.map((s) => s.id)).toEqual(['s1', 's2', 's9']);
    expect(fresh.keptApart).toEqual([]);
  });
});

describe('replacement', () => {
  it('is the file’s workspace, its files in the order of their times', () => {
    const theirs = workspaceOf({
      sources: [
        sourceOf('late', 'x', { addedAt: '2025-02-01T00:00:00.000Z' }),
        sourceOf('early', 'y', { addedAt: '2025-01-01T00:00:00.000Z' }),
      ],
      indicators: [INDICATOR_B],
    });
    const next = replacement(theirs);
    expect(next.sources.map((s) => s.id)).toEqual(['early', 'late']);
    expect(next.indicators).toEqual([INDICATOR_B]);
  });
});

describe('withDistinctSourceIds', () => {
  it('gives a later source whose id an earlier one has a new id, keeping both', () => {
    const twice = workspaceOf({ sources: [sourceOf('s', 'a'), sourceOf('s', 'b'), sourceOf('t', 'c')] });
    const next = withDistinctSourceIds(twice, ids());
    expect(next.sources.map((s) => [s.id, s.name])).toEqual([
      ['s', 's.csv'],
      ['new-1', 's.csv'],
      ['t', 't.csv'],
    ]);
    expect(next.sources[1]?.content).toBe(twice.sources[1]?.content);
  });

  it('leaves a workspace of distinct ids as it is', () => {
    expect(withDistinctSourceIds(mine, ids())).toBe(mine);
  });
});
