import { keepPreviousData, QueryClient, queryOptions } from '@tanstack/react-query';
import type { FileInput } from '../workers/import-protocol';
import type { Dataset } from './dataset';
import { EXAMPLE_FILES } from './example-files';
import { importInWorker } from './import-client';
import { importProgress } from './import-progress';

/** The app's one QueryClient configuration: local data does not go stale or refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

/** A stable identity for a user file in query keys. */
export function fileKey(file: File): string {
  return `${file.name}:${file.size}:${file.lastModified}`;
}

async function fetchBytes(name: string, url: string, signal: AbortSignal): Promise<FileInput> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return { name, source: await response.arrayBuffer() };
}

/** User Timing marks, read by `npm run bench` (and the browser's performance panel). */
export const PERF_MARKS = { importStart: 'rr:import-start', importDone: 'rr:import-done' } as const;

async function loadDataset(userFiles: readonly File[], signal: AbortSignal): Promise<Dataset> {
  importProgress.set(0);
  performance.mark(PERF_MARKS.importStart);
  try {
    const example = await Promise.all(EXAMPLE_FILES.map((f) => fetchBytes(f.name, f.url, signal)));
    // Picked files go to the worker as they are; it reads them there.
    const own = userFiles.map((f) => ({ name: f.name, source: f }));
    const dataset = await importInWorker([...example, ...own], (share) => importProgress.set(share), signal);
    performance.mark(PERF_MARKS.importDone);
    return dataset;
  } finally {
    importProgress.set(null);
  }
}

/** The example data merged with the user's own files, parsed in a Web Worker. */
export function datasetQuery(userFiles: readonly File[]) {
  return queryOptions({
    queryKey: ['dataset', EXAMPLE_FILES.map((f) => f.url), userFiles.map(fileKey)] as const,
    queryFn: ({ signal }) => loadDataset(userFiles, signal),
    placeholderData: keepPreviousData,
  });
}
