import { useCallback } from 'react';
import { showExampleData } from '../data/workspace/example-choice';
import type { UrlState } from '../state/url-state';
import type { WorkspaceApi } from './use-workspace';

export interface ExampleChoice {
  /** Whether the example data is imported now (example-choice.ts: the link, the workspace, the default). */
  readonly show: boolean;
  /** The user's choice: into the link (so a copied link shows the same) and the workspace (for the next visit). */
  choose(show: boolean): void;
}

export function useExampleChoice(
  state: Pick<UrlState, 'showExample'>,
  update: (change: Partial<UrlState>) => void,
  api: Pick<WorkspaceApi, 'workspace' | 'setShowExample'>,
): ExampleChoice {
  const show = showExampleData(state.showExample, api.workspace);
  const { setShowExample } = api;
  const choose = useCallback(
    (next: boolean) => {
      setShowExample(next);
      update({ showExample: next });
    },
    [setShowExample, update],
  );
  return { show, choose };
}
