import { keepPreviousData, QueryClient, queryOptions } from '@tanstack/react-query';
import type { FileInput } from '../workers/import-protocol';
import type { Dataset, FileReport } from '../data/dataset/dataset';
import {
  EXAMPLE_CATALOGUE,
  EXAMPLE_FILES,
  forgetExampleDataset,
  startExampleDataset,
  fetchExampleFiles,
  fetchExampleSeed,
  hasExampleDataset,
} from './example-files';
import { importInWorker, warmImportWorker } from '../workers/import-client';
import { importProgress } from './import-progress';
import {
  EMPTY_WORKSPACE,
  userFile,
  USER_FILE_NAME,
  type Source,
  type Workspace,
} from '../data/workspace/workspace';
import { strategyDefinition } from '../data/workspace/strategy-definition';
import { indexedDbStore, memoryStore, StorageError, type WorkspaceStore } from './workspace-store';
import { pageImportMarker, type ImportMarker } from './import-marker';
import { linkProgress } from './link-progress';
import { pageWorkspaceHint, type WorkspaceHint } from './workspace-hint';
import { showExampleData } from '../data/workspace/example-choice';
import { decodeRestStep } from '../data/dataset/example-dataset';
import type { Ledger } from '../domain/ledger';

/** The app's one QueryClient configuration: local data does not go stale or refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}

/**
 * The example files for the worker: copies, transferred to it, of the bytes fetched once. With the
 * example data off, only the catalogue, for its definitions (reference-definitions.ts).
 */
async function exampleInputs(show = true): Promise<FileInput[]> {
  const files = await fetchExampleFiles();
  if (!show)
    return files
      .filter((f) => f.name === EXAMPLE_CATALOGUE)
      .map((f) => ({ name: f.name, source: f.bytes.slice(0), definitionsOnly: true }));
  return files.map((f) => ({ name: f.name, source: f.bytes.slice(0), example: true }));
}

/** User Timing marks, read by `npm run bench` (and the browser's performance panel). */
export const PERF_MARKS = {
  firstLoad: 'rr:first-load',
  importStart: 'rr:import-start',
  importDone: 'rr:import-done',
  workspaceRead: 'rr:workspace-read',
  /** The import was the build's dataset of the example data (example-dataset.ts), not the worker's. */
  exampleDataset: 'rr:example-dataset',
  /** What the build's dataset left for later is decoded (the ledger's cases, when the page is idle). */
  exampleRest: 'rr:example-rest',
} as const;

/** A link whose data has come, to be imported with the rest; `at` tells one download from the next. */
export interface ArrivedLink {
  readonly url: string;
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly at: number;
}

/** What names a stored file's import for the failed-import marker: its id and its options. */
export function sourceKey(source: Pick<Source, 'id' | 'options'>): string {
  return `${source.id} ${JSON.stringify(source.options ?? null)}`;
}

async function loadDataset(
  workspace: Workspace,
  links: readonly ArrivedLink[],
  signal: AbortSignal,
  marker: ImportMarker,
  showExample: boolean,
): Promise<Dataset> {
  importProgress.set(0);
  performance.mark(PERF_MARKS.importStart);
  const failed = new Set(marker.failed());
  // A stored file whose last import never ended is skipped until the user asks to read it again.
  const sources = workspace.sources.filter((s) => !failed.has(sourceKey(s)));
  try {
    const own = userFile(workspace);
    // The example data alone, with no mapping: the dataset the build made, when the page has it.
    if (
      showExample &&
      sources.length === 0 &&
      links.length === 0 &&
      !own &&
      workspace.mappings.length === 0
    ) {
      const built = await startExampleDataset();
      if (built) {
        performance.mark(PERF_MARKS.exampleDataset);
        performance.mark(PERF_MARKS.importDone);
        return built;
      }
    }
    // Added files go to the worker as they are (Blobs); it reads them there. Linked bytes stay in
    // their query for the next import: the worker gets a copy.
    const files: FileInput[] = [
      ...(await exampleInputs(showExample)),
      ...sources.map((s) => ({
        name: s.name,
        source: s.content,
        sourceId: s.id,
        ...(s.options ? { options: s.options } : {}),
      })),
      ...links.map((l) => ({ name: l.name, source: l.bytes.slice(0) })),
      ...(own ? [{ name: USER_FILE_NAME, source: own.buffer as ArrayBuffer, own: true }] : []),
    ];
    warmWorker();
    const claim = marker.begin(sources.map(sourceKey));
    let dataset: Dataset;
    try {
      dataset = await importInWorker(files, workspace.mappings, (share) => importProgress.set(share), signal);
    } catch (error) {
      // Crashed or timed out (not replaced by a newer import): the files read for the first time
      // are marked failed, and the page starts the next import without them.
      if (!signal.aborted) marker.fail(claim);
      throw error;
    }
    marker.finish(claim);
    // The worker imports the example data from now on.
    forgetExampleDataset();
    performance.mark(PERF_MARKS.importDone);
    return dataset;
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
    // What the import reads of the strategy: its indicators' definitions (not their goal areas).
    workspace.strategy?.indicators.map(strategyDefinition) ?? null,
  ]);
}

/**
 * What the saved workspace holds for the next visit's hint: nothing but the example data ('example':
 * the page may show it before the workspace is read, as the empty workspace, and nothing shown would
 * differ), or something of the user's ('own': a file, an own indicator, target, mapping or strategy,
 * the example data turned off, a note, an assessment or a snapshot).
 */
export function workspaceHintFor(workspace: Workspace): Exclude<WorkspaceHint, null> {
  const empty =
    workspace.sources.length === 0 &&
    workspace.indicators.length === 0 &&
    workspace.targets.length === 0 &&
    workspace.mappings.length === 0 &&
    workspace.strategy === undefined &&
    workspace.showExample !== false &&
    workspace.notes.length === 0 &&
    workspace.assessments.length === 0 &&
    workspace.snapshots.length === 0;
  return empty ? 'example' : 'own';
}

/**
 * The example data merged with the user's files, the links that have come and own targets, parsed in
 * a Web Worker. Links load beside it (linkQuery): one that has not come holds nothing up.
 */
export function datasetQuery(
  workspace: Workspace,
  links: readonly ArrivedLink[],
  failed: readonly string[] = [],
  /** "Visa exempeldata" (example-choice.ts): off, no example file is imported but the catalogue's definitions. */
  showExample = true,
  marker: ImportMarker = pageImportMarker,
) {
  return queryOptions({
    queryKey: [
      'dataset',
      EXAMPLE_FILES.map((f) => f.url),
      workspaceKey(workspace),
      links.map((l) => [l.url, l.at]),
      failed,
      showExample,
    ] as const,
    queryFn: ({ signal }) => loadDataset(workspace, links, signal, marker, showExample),
    placeholderData: keepPreviousData,
    // A dataset no view shows is let go at once, not kept five minutes beside the next (a second
    // million observations). Going back to it re-imports from the worker's parse cache.
    gcTime: 0,
  });
}

/** A link's download: its bytes, or why it failed, with the failure as a file report. */
export type LinkResult =
  | { readonly ok: true; readonly url: string; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly ok: false; readonly url: string; readonly name: string; readonly report: FileReport };

/** How often a link's progress is shown at most. */
const PROGRESS_EVERY_MS = 200;

/**
 * One link, fetched on its own (never retried by itself: "Försök igen" refetches it). It gives up
 * when too little comes in time (links.ts: LINK_WINDOW_MS, LINK_MIN_BYTES).
 */
export function linkQuery(url: string) {
  return queryOptions({
    queryKey: ['link', url] as const,
    queryFn: async ({ signal }): Promise<LinkResult> => {
      // The link loader (and its messages) loads only when there are links.
      const linker = await import('./links');
      let shown = 0;
      linkProgress.set(url, { received: 0, total: undefined });
      try {
        const outcome = await linker.fetchLink(url, signal, fetch, {
          onProgress: (received, total) => {
            const now = performance.now();
            if (now - shown < PROGRESS_EVERY_MS) return;
            shown = now;
            linkProgress.set(url, { received, total });
          },
        });
        return outcome.ok
          ? outcome
          : { ok: false, url, name: outcome.name, report: linker.linkFailureReport(outcome) };
      } finally {
        linkProgress.set(url, undefined);
      }
    },
    retry: false,
    staleTime: Infinity,
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
        pageWorkspaceHint.write(workspaceHintFor(workspace));
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

let workerWarmed = false;

/**
 * Starts the import worker and has it read the example data, once per page (warmImportWorker). With
 * `held`, the page holds the example data's ledger already (the build's dataset).
 */
function warmWorker(held?: Ledger): void {
  if (workerWarmed) return;
  workerWarmed = true;
  warmImportWorker(exampleInputs(), fetchExampleSeed(), held);
}

/** How long one idle turn may decode the example's ledger cases before it lets the page go on. */
const REST_SLICE_MS = 15;

/** How long after the first dataset the worker's start may wait for the page to be idle. */
const WARM_LATER_MS = 3_000;

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: WARM_LATER_MS });
  else setTimeout(run, 0);
}

let exampleFirst = false;

/**
 * Whether the page's first dataset may be imported before the saved workspace is read: the build's
 * dataset of the example data, when this browser has kept nothing of the user's (startFirstLoad).
 */
export function showsExampleFirst(): boolean {
  return exampleFirst;
}

/**
 * What the first chart waits for, started before React renders: the saved workspace is read, and
 * either the build's dataset of the example data is fetched (when the saved workspace holds nothing
 * of the user's, as far as this browser's hint knows: workspace-hint.ts) or the import worker starts
 * and reads the example data, which every import includes; the import then waits for the workspace
 * (the files the user added) and finds the example data read.
 */
export function startFirstLoad(showFromUrl: boolean | undefined): QueryClient {
  performance.mark(PERF_MARKS.firstLoad);
  // An import the page was running when it last ended (a crash, a closed tab) names its suspects.
  pageImportMarker.recover();
  const client = createQueryClient();
  void client.prefetchQuery(workspaceQuery());
  // When this browser has kept nothing of the user's (or nothing at all), the page's first import is
  // the example data's alone: the build's dataset is fetched now, beside the workspace read, and the
  // dataset query takes it before the workspace is read (showsExampleFirst), under the empty
  // workspace's key. A workspace that holds more after all is imported when it has been read.
  const show = showExampleData(showFromUrl, EMPTY_WORKSPACE);
  exampleFirst = pageWorkspaceHint.read() !== 'own' && show && hasExampleDataset();
  if (!exampleFirst) warmWorker();
  else {
    // The build's dataset needs no worker: it starts once the page has shown it and is idle (or at
    // once, if an import asks for it first), told that the page holds the example data's ledger.
    // Before that, while idle, the part of the build's dataset left for when it is read (the ledger's
    // cases, example-dataset.ts): the first view that shows them then does not wait for it.
    void startExampleDataset().then((built) => {
      const rest = (): void => {
        // Lines of cases while the idle turn has time left (a line is a fifteenth of the cases).
        const started = performance.now();
        while (built && !decodeRestStep(built)) {
          if (performance.now() - started > REST_SLICE_MS) return whenIdle(rest);
        }
        if (built) performance.mark(PERF_MARKS.exampleRest);
        whenIdle(() => warmWorker(built?.ledger));
      };
      whenIdle(rest);
    });
  }
  return client;
}
