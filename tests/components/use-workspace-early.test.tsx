import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createQueryClient, workspaceQuery, type LoadedWorkspace } from '../../src/app/queries';
import { memoryStore } from '../../src/app/workspace-store';
import { useWorkspace } from '../../src/components/use-workspace';
import { sourceOf, workspaceOf } from '../support/workspace-builder';

describe('useWorkspace before the saved workspace is read', () => {
  it('makes a change asked for before the read on the workspace read, never on an empty stand-in', async () => {
    const client = createQueryClient();
    // The read, still under way (IndexedDB can answer a new page after a second or more).
    let answer: (loaded: LoadedWorkspace) => void = () => undefined;
    void client.prefetchQuery({
      queryKey: workspaceQuery().queryKey,
      queryFn: () => new Promise<LoadedWorkspace>((resolve) => (answer = resolve)),
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useWorkspace(), { wrapper });
    expect(result.current.ready).toBe(false);
    act(() => result.current.addFiles([new File(['region;värde\n20;1'], 'ny.csv')]));
    act(() => result.current.setShowExample(false));
    // Nothing is changed before the read: the empty stand-in stays empty.
    expect(result.current.workspace.sources).toEqual([]);

    const store = memoryStore();
    const kept = workspaceOf({ sources: [sourceOf('m1', 'a;1', { name: 'mina.csv' })] });
    await act(async () => answer({ workspace: kept, store, problem: undefined }));
    await waitFor(() =>
      expect(result.current.workspace.sources.map((s) => s.name)).toEqual(['mina.csv', 'ny.csv']),
    );
    expect(result.current.workspace.showExample).toBe(false);
    // Kept in the store too, and the next visit is told the workspace has something of its own.
    expect((await store.load()).sources.map((s) => s.name)).toEqual(['ny.csv']);
    expect(localStorage.getItem('rr:workspace')).toBe('own');
  });
});
