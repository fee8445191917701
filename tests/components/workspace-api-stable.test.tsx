import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { workspaceQuery } from '../../src/app/queries';
import { useWorkspace } from '../../src/components/use-workspace';
import { memoryStore } from '../../src/app/workspace-store';
import { EMPTY_WORKSPACE } from '../../src/data/workspace/workspace';

describe('useWorkspace', () => {
  it('gives the same API object from render to render while the workspace is unchanged', () => {
    // A new object on every render (a county change) would make React look for every consumer of
    // the workspace context under two thousand cards, and re-render each one.
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    client.setQueryData(workspaceQuery().queryKey, {
      workspace: EMPTY_WORKSPACE,
      store: memoryStore(),
      problem: undefined,
    });
    const wrapper = ({ children }: { readonly children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result, rerender } = renderHook(() => useWorkspace(), { wrapper });
    const first = result.current;
    rerender();
    rerender();
    expect(result.current).toBe(first);
    expect(result.current.ready).toBe(true);
  });
});
