import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { indexedDbStore } from '../../src/app/workspace-store';
import { serializeWorkspace } from '../../src/data/workspace/workspace';
import { planMerge } from '../../src/data/workspace/workspace-merge';
import { migrateWorkspace, WORKSPACE_VERSION } from '../../src/data/workspace/workspace-migrations';
import { readWorkspaceFile } from '../../src/data/workspace/workspace-read';
import { INDICATOR_A, workspaceOf } from '../support/workspace-builder';
import { SMALL_STRATEGY, strategyIndicator } from '../support/strategy-builder';

const HEAD = { format: 'regionala-resultat-arbetsyta', version: WORKSPACE_VERSION };

function read(doc: object) {
  const result = readWorkspaceFile(JSON.stringify(doc), () => 'new-id');
  if (!result.ok) throw new Error(result.refusal.code);
  return result;
}

const FULL = strategyIndicator('nyforetagande', {
  name: 'Nya företag i Dalarna',
  description: 'Per 1 000 invånare 16–64 år',
  unit: 'per 1 000',
  chainLevel: 'kortsiktiga_effekter',
  direction: 'lower_is_better',
  goalAreas: ['konkurrens'],
  question: { kind: 'process', text: 'Startar fler företag?' },
  source: 'Tillväxtanalys',
  decimals: 2,
  followUpLevels: ['regional', 'lokal'],
  genderSplit: true,
  koladaId: 'N00999',
  scbId: 'NV0101',
});

describe('the strategy in the workspace file', () => {
  it('comes back whole from a saved file, every field of every indicator', async () => {
    const strategy = { ...SMALL_STRATEGY, indicators: [...SMALL_STRATEGY.indicators, FULL] };
    const text = await serializeWorkspace(
      workspaceOf({ indicators: [INDICATOR_A], strategy }),
      '2026-01-01T00:00:00Z',
    );
    const back = read(JSON.parse(text) as object);
    expect(back.problems).toEqual([]);
    expect(back.workspace.strategy).toEqual(strategy);
    // The described indicators stay beside the strategy.
    expect(back.workspace.indicators).toEqual([INDICATOR_A]);
  });

  it('no strategy is saved as null and read as none', async () => {
    const text = await serializeWorkspace(workspaceOf({}), '2026-01-01T00:00:00Z');
    expect(JSON.parse(text)).toMatchObject({ strategy: null, version: WORKSPACE_VERSION });
    expect(read(JSON.parse(text) as object).workspace.strategy).toBeUndefined();
  });

  it('names every part of a broken strategy it cannot read, and reads the rest', () => {
    const back = read({
      ...HEAD,
      sources: [],
      strategy: {
        name: 42,
        goalAreas: [
          { id: 'klimat', name: 'Klimatsmart' },
          { id: 'Klimat Smart', name: 'x' },
          { id: 'klimat', name: 'igen' },
          'text',
        ],
        indicators: [
          { id: 'a', chainLevel: 'utfall', goalAreas: ['klimat', 'okand'], decimals: 12 },
          { id: 'b', chainLevel: 'mitten' },
          { id: 'a', chainLevel: 'utfall' },
          { id: 'c', chainLevel: 'resurser', direction: 'uppåt', question: { kind: 'x', text: 'Hur?' } },
          { chainLevel: 'utfall' },
        ],
      },
    });
    const named = back.problems.map((p) => `${p.part} ${p.label ?? ''} ${p.code}`);
    expect(named).toEqual([
      'strategy  workspace_strategy_field',
      'strategy.goalAreas[1] Klimat Smart workspace_strategy_goal_area_id',
      'strategy.goalAreas[2] klimat workspace_strategy_goal_area_same_id',
      'strategy.goalAreas[3]  workspace_part_not_object',
      'strategy.indicators[0] a workspace_strategy_goal_area_unknown',
      'strategy.indicators[0] a workspace_strategy_field',
      'strategy.indicators[1] b workspace_strategy_indicator_level',
      'strategy.indicators[2] a workspace_strategy_indicator_same_id',
      'strategy.indicators[3] c workspace_strategy_indicator_direction',
      'strategy.indicators[3] c workspace_strategy_field',
      'strategy.indicators[4] — workspace_strategy_indicator_id',
    ]);
    expect(back.problems[6]?.text.sv).toBe('ogiltig nivå i effektkedjan ”mitten”; indikatorn lästes inte');
    const strategy = back.workspace.strategy;
    expect(strategy?.goalAreas.map((a) => a.id)).toEqual(['klimat']);
    expect(strategy?.indicators.map((i) => [i.id, i.goalAreas, i.decimals, i.direction, i.question])).toEqual(
      [
        ['a', ['klimat'], 1, 'neutral', undefined],
        ['c', [], 1, 'neutral', undefined],
      ],
    );
  });

  it('a strategy that is no object is named, and the rest of the file is read', () => {
    const back = read({ ...HEAD, sources: [], indicators: [INDICATOR_A], strategy: [1, 2] });
    expect(back.problems.map((p) => [p.part, p.code])).toEqual([
      ['strategy', 'workspace_strategy_not_object'],
    ]);
    expect(back.workspace.strategy).toBeUndefined();
    expect(back.workspace.indicators).toEqual([INDICATOR_A]);
  });

  it('a version 2 file has no strategy, and its own indicators stay as they were', () => {
    const migrated = migrateWorkspace({ version: 2, indicators: [INDICATOR_A] });
    expect(migrated).toEqual({
      ok: true,
      from: 2,
      // Version 3 added the strategy (none); the later steps add their own parts, empty.
      doc: {
        version: WORKSPACE_VERSION,
        indicators: [INDICATOR_A],
        strategy: null,
        notes: [],
        assessments: [],
        snapshots: [],
      },
    });
    const back = read({ ...HEAD, version: 2, sources: [], indicators: [INDICATOR_A] });
    expect(back.workspace.strategy).toBeUndefined();
    expect(back.workspace.indicators).toEqual([INDICATOR_A]);
  });

  it('adding a file with a strategy replaces the user’s whole, and says so; one without leaves it', () => {
    const mine = workspaceOf({ strategy: SMALL_STRATEGY });
    const theirs = { ...SMALL_STRATEGY, name: 'Deras' };
    const plan = planMerge(mine, workspaceOf({ strategy: theirs }), new Set(), 0, () => 'x');
    expect([plan.workspace.strategy, plan.replacesStrategy]).toEqual([theirs, true]);
    const none = planMerge(mine, workspaceOf({}), new Set(), 0, () => 'x');
    expect([none.workspace.strategy, none.replacesStrategy]).toEqual([SMALL_STRATEGY, false]);
  });
});

describe('the strategy in the browser’s store', () => {
  it('is kept across a reload, and removed when set to none', async () => {
    const factory = new IDBFactory();
    const store = indexedDbStore(factory);
    await store.putSettings(workspaceOf({ strategy: SMALL_STRATEGY }));
    expect((await indexedDbStore(factory).load()).strategy).toEqual(SMALL_STRATEGY);
    await store.putSettings(workspaceOf({ strategy: undefined }));
    expect((await indexedDbStore(factory).load()).strategy).toBeUndefined();
  });
});
