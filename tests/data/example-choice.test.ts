import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { indexedDbStore, memoryStore } from '../../src/app/workspace-store';
import { showExampleData } from '../../src/data/workspace/example-choice';
import { serializeWorkspace, type Workspace } from '../../src/data/workspace/workspace';
import { planMerge } from '../../src/data/workspace/workspace-merge';
import { readWorkspaceFile } from '../../src/data/workspace/workspace-read';
import { EMPTY_STRATEGY, type Strategy } from '../../src/domain/strategy';
import { workspaceOf } from '../support/workspace-builder';

const CHAIN: Strategy = {
  ...EMPTY_STRATEGY,
  name: 'Dalastrategin 2030',
  goalAreas: [{ id: 'klimatsmart', name: 'Klimatsmart', description: '', rusAreas: [] }],
};

describe('showExampleData: the link, then the workspace, then the default', () => {
  it('is on for a user with nothing of their own, and with files or targets but no strategy', () => {
    expect(showExampleData(undefined, workspaceOf({}))).toBe(true);
    expect(showExampleData(undefined, workspaceOf({ strategy: EMPTY_STRATEGY }))).toBe(true);
  });

  it('is off by default once the workspace holds the user’s own strategy', () => {
    expect(showExampleData(undefined, workspaceOf({ strategy: CHAIN }))).toBe(false);
  });

  it('follows the user’s saved choice over the default, either way', () => {
    expect(showExampleData(undefined, workspaceOf({ showExample: false }))).toBe(false);
    expect(showExampleData(undefined, workspaceOf({ strategy: CHAIN, showExample: true }))).toBe(true);
  });

  it('follows the link over the saved choice and the default, either way', () => {
    expect(showExampleData(true, workspaceOf({ strategy: CHAIN, showExample: false }))).toBe(true);
    expect(showExampleData(false, workspaceOf({ showExample: true }))).toBe(false);
    expect(showExampleData(false, workspaceOf({}))).toBe(false);
  });
});

async function roundTrip(workspace: Workspace): Promise<ReturnType<typeof readWorkspaceFile>> {
  return readWorkspaceFile(await serializeWorkspace(workspace, '2026-01-01T00:00:00.000Z'));
}

describe('the choice in the workspace file', () => {
  it('comes back as saved: on, off, or never chosen', async () => {
    for (const showExample of [true, false, undefined]) {
      const read = await roundTrip(workspaceOf({ showExample }));
      expect(read.ok && read.workspace.showExample).toBe(showExample);
      expect(read.ok && read.problems).toEqual([]);
    }
  });

  it('names a value that is neither true nor false, and reads the rest', async () => {
    const text = (
      await serializeWorkspace(workspaceOf({ showExample: true }), '2026-01-01T00:00:00.000Z')
    ).replace('"showExample":true', '"showExample":"av"');
    const read = readWorkspaceFile(text);
    if (!read.ok) throw new Error('refused');
    expect(read.workspace.showExample).toBeUndefined();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ part: 'showExample', code: 'workspace_show_example' });
    expect(read.problems[0]?.text.sv).toContain('”av”');
    expect(read.problems[0]?.text.en).toContain('neither true nor false');
  });

  it('keeps the user’s own choice when a file is added to the workspace, and takes the file’s where none', () => {
    const incoming = workspaceOf({ showExample: false });
    expect(
      planMerge(workspaceOf({ showExample: true }), incoming, new Set(), 0, () => 'x').workspace.showExample,
    ).toBe(true);
    expect(planMerge(workspaceOf({}), incoming, new Set(), 0, () => 'x').workspace.showExample).toBe(false);
  });
});

describe.each([
  ['indexedDbStore (fake-indexeddb)', () => indexedDbStore(new IDBFactory())],
  ['memoryStore', () => memoryStore()],
])('the choice in %s', (_, freshStore) => {
  it('is kept with the settings and read back', async () => {
    const store = freshStore();
    expect((await store.load()).showExample).toBeUndefined();
    await store.putSettings(workspaceOf({ showExample: false }));
    expect((await store.load()).showExample).toBe(false);
    await store.putSettings(workspaceOf({ showExample: true }));
    expect((await store.load()).showExample).toBe(true);
  });
});
