import { vi } from 'vitest';
import type { WorkspaceApi } from '../../src/components/use-workspace';
import { EMPTY_WORKSPACE, type Workspace } from '../../src/data/workspace/workspace';

/** A workspace API for component tests: the given workspace, ready, every action a spy. */
export function fakeWorkspaceApi(workspace: Workspace = EMPTY_WORKSPACE): WorkspaceApi {
  return {
    workspace,
    ready: true,
    persistent: false,
    storageProblem: undefined,
    addFiles: vi.fn(),
    removeSource: vi.fn(),
    replaceSource: vi.fn(),
    setSourceOptions: vi.fn(),
    addIndicator: vi.fn(),
    addTarget: vi.fn(),
    removeTarget: vi.fn(),
    addTargets: vi.fn(),
    replaceAll: vi.fn(),
    setShowExample: vi.fn(),
    setStrategy: vi.fn(),
    updateLearningLog: vi.fn(),
  };
}
