import { describe, expect, it } from 'vitest';
import { workspaceHintFor } from '../../src/app/queries';
import { workspaceHint } from '../../src/app/workspace-hint';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/data/workspace/workspace';
import { SMALL_STRATEGY } from '../support/strategy-builder';
import { INDICATOR_A, sourceOf, TARGET_WITH_BASELINE, workspaceOf } from '../support/workspace-builder';

describe('the workspace hint (workspace-hint.ts, queries.ts: workspaceHintFor)', () => {
  it('says "example" only for a workspace with nothing of the user’s in it', () => {
    const same: Workspace[] = [EMPTY_WORKSPACE, { ...EMPTY_WORKSPACE, showExample: true }];
    for (const w of same) expect(workspaceHintFor(w)).toBe('example');
    const own: Workspace[] = [
      workspaceOf({ sources: [sourceOf('s', 'a;1')] }),
      workspaceOf({ indicators: [INDICATOR_A] }),
      workspaceOf({ targets: [TARGET_WITH_BASELINE] }),
      workspaceOf({ mappings: [{ shape: 'x', options: {} }] }),
      workspaceOf({ strategy: SMALL_STRATEGY }),
      { ...EMPTY_WORKSPACE, showExample: false },
      // Not imported, but shown from the workspace (a form starts from it): the page waits for it.
      { ...EMPTY_WORKSPACE, notes: [{} as Workspace['notes'][number]] },
      { ...EMPTY_WORKSPACE, assessments: [{} as Workspace['assessments'][number]] },
      { ...EMPTY_WORKSPACE, snapshots: [{} as Workspace['snapshots'][number]] },
      { ...EMPTY_WORKSPACE, strategy: { ...SMALL_STRATEGY, goalAreas: [], indicators: [] } },
    ];
    for (const w of own) expect(workspaceHintFor(w)).toBe('own');
  });

  it('reads only what it wrote, and a storage that refuses is no hint', () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: (k: string) => void kept.delete(k),
    };
    const hint = workspaceHint(storage);
    expect(hint.read()).toBeNull();
    hint.write('own');
    expect(hint.read()).toBe('own');
    kept.set('rr:workspace', 'something else');
    expect(hint.read()).toBeNull();
    const refusing = workspaceHint({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(refusing.read()).toBeNull();
    expect(() => refusing.write('example')).not.toThrow();
    expect(workspaceHint(undefined).read()).toBeNull();
  });
});
