import { keepPreviousData, QueryClient, queryOptions } from '@tanstack/react-query';
import type { FileInput } from '../workers/import-protocol';
import type { Dataset, FileReport } from '../data/dataset/dataset';
import { EXAMPLE_FILES, fetchExampleFiles } from './example-files';
import { importInWorker, warmImportWorker } from '../workers/import-client';
import { importProgress } from './import-progress';
import { EMPTY_WORKSPACE, userFile, USER_FILE_NAME, type Workspace } from '../data/workspace/workspace';
import { indexedDbStore, memoryStore, StorageError, type WorkspaceStore } from './workspace-store';

/** The app's one QueryClient configuration: local data does not go stale or refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

/** The example files for the worker: copies, transferred to it, of the bytes fetched once. */
async function exampleInputs(): Promise<FileInput[]> {
  return (await fetchExampleFiles()).map((f) => ({ name: f.name, source: f.bytes.slice(0), example: true }));
}

/** User Timing marks, read by `npm run bench` (and the browser's performance panel). */
export const PERF_MARKS = {
  firstLoad: 'rr:first-load',
  importStart: 'rr:import-start',
  importDone: 'rr:import-done',
  workspaceRead: 'rr:workspace-read',
} as const;

async function loadDataset(
  workspace: Workspace,
  links: readonly string[],
  signal: AbortSignal,
): Promise<Dataset> {
  importProgress.set(0);
  performance.mark(PERF_MARKS.importStart);
  try {
    // The link loader (and its messages) loads only when there are links.
    const linker = links.length > 0 ? await import('./links') : undefined;
    const [example, linked] = await Promise.all([
      exampleInputs(),
      Promise.all(
        links.map((url) =>
          linker ? linker.fetchLink(url, signal) : Promise.reject(new Error('no link loader')),
        ),
      ),
    ]);
    const own = userFile(workspace);
    // Added files go to the worker as they are (Blobs); it reads them there.
    const files: FileInput[] = [
      ...example,
      ...workspace.sources.map((s) => ({
        name: s.name,
        source: s.content,
        ...(s.options ? { options: s.options } : {}),
      })),
      ...linked.flatMap((l) => (l.ok ? [{ name: l.name, source: l.bytes }] : [])),
      ...(own ? [{ name: USER_FILE_NAME, source: own.buffer as ArrayBuffer }] : []),
    ];
    const dataset = await importInWorker(
      files,
      workspace.mappings,
      (share) => importProgress.set(share),
      signal,
    );
    const failed: FileReport[] = linker
      ? linked.flatMap((l) => (l.ok ? [] : [linker.linkFailureReport(l)]))
      : [];
    performance.mark(PERF_MARKS.importDone);
    return failed.length > 0 ? { ...dataset, reports: [...dataset.reports, ...failed] } : dataset;
  } finally {
    importProgress.set(null);
  }
}

/** What identifies a workspace's content in a query key (its files by id and options, its settings). */
function workspaceKey(workspace: Workspace): string {
  return JSON.stringify([
    workspace.sources.map((s) => [s.id, s.options ?? null]),
    workspace.indicators,
    workspace.targets,
    workspace.mappings,
  ]);
}

/** The example data merged with the user's files, linked files and own targets, parsed in a Web Worker. */
export function datasetQuery(workspace: Workspace, links: readonly string[]) {
  return queryOptions({
    queryKey: ['dataset', EXAMPLE_FILES.map((f) => f.url), workspaceKey(workspace), links] as const,
    queryFn: ({ signal }) => loadDataset(workspace, links, signal),
    placeholderData: keepPreviousData,
  });
}

export interface LoadedWorkspace {
  readonly workspace: Workspace;
  /** Where changes are saved: IndexedDB, or the page only when the browser refuses to store. */
  readonly store: WorkspaceStore;
  /** Why the workspace is not kept across visits, when it is not. */
  readonly problem: StorageError | undefined;
}

/** The saved workspace; when IndexedDB cannot be opened, an empty one kept in the page, with the reason. */
export function workspaceQuery(open: () => WorkspaceStore = indexedDbStore) {
  return queryOptions({
    queryKey: ['workspace'] as const,
    queryFn: async (): Promise<LoadedWorkspace> => {
      const store = open();
      try {
        const workspace = await store.load();
        performance.mark(PERF_MARKS.workspaceRead);
        return { workspace, store, problem: undefined };
      } catch (error) {
        const problem =
          error instanceof StorageError ? error : new StorageError('unavailable', String(error));
        return { workspace: EMPTY_WORKSPACE, store: memoryStore(), problem };
      }
    },
    retry: false,
  });
}

/**
 * What the first chart waits for, started before React renders: the saved workspace is read, and the
 * import worker starts and reads the example data, which every import includes. The import itself
 * waits for the workspace (the files the user added); it then finds the example data read.
 */
export function startFirstLoad(): QueryClient {
  performance.mark(PERF_MARKS.firstLoad);
  const client = createQueryClient();
  void client.prefetchQuery(workspaceQuery());
  warmImportWorker(exampleInputs());
  return client;
}
