import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { workspaceHintFor, workspaceQuery, type LoadedWorkspace } from '../app/queries';
import { pageWorkspaceHint } from '../app/workspace-hint';
import {
  EMPTY_WORKSPACE,
  withReplacedSource,
  type Source,
  type SourceOptions,
  type UserIndicator,
  type UserTarget,
  type Workspace,
} from '../data/workspace/workspace';
import { withDistinctSourceIds } from '../data/workspace/workspace-merge';
import { targetKey } from '../data/targets/target-plan';
import type { Strategy } from '../domain/strategy';
import { StorageError, type WorkspaceStore } from '../app/workspace-store';
import { admitFiles } from '../app/file-limit';
import { trackSave } from './pending-saves';

export interface WorkspaceApi {
  readonly workspace: Workspace;
  readonly ready: boolean;
  /** False when the browser would not store anything: the workspace lasts until the page closes. */
  readonly persistent: boolean;
  /** The last storage failure, for the user to see; nothing is dropped because of it. */
  readonly storageProblem: StorageError | undefined;
  addFiles(files: readonly File[]): void;
  removeSource(id: string): void;
  replaceSource(id: string, file: File): void;
  setSourceOptions(id: string, options: SourceOptions, shape: string | undefined): void;
  addIndicator(indicator: UserIndicator): void;
  addTarget(target: UserTarget): void;
  removeTarget(target: UserTarget): void;
  /**
   * Targets in one save: each added target replaces the user's target of the same region, indicator
   * and period; `removed` (a row whose year or region changed) go in the same save.
   */
  addTargets(targets: readonly UserTarget[], removed?: readonly UserTarget[]): void;
  replaceAll(workspace: Workspace): void;
  /** "Visa exempeldata": the user's choice, kept for the next visit (example-choice.ts). */
  setShowExample(show: boolean): void;
  /** The region's strategy, as the Strategi view edits it; undefined: none (the catalogue's chain shows). */
  setStrategy(strategy: Strategy | undefined): void;
  /** The learning log (notes, assessments, snapshots): `update` gets the current one, returns what changes. */
  updateLearningLog(update: (log: LearningLogParts) => Partial<LearningLogParts>): void;
}

export type LearningLogParts = Pick<Workspace, 'notes' | 'assessments' | 'snapshots'>;

const sameTarget = (a: UserTarget, b: UserTarget): boolean =>
  a.region === b.region && a.indicator === b.indicator && a.period === b.period;

const WORKSPACE_KEY = workspaceQuery().queryKey;

/**
 * The user's workspace — added files, own indicators and targets, column mappings — kept in
 * IndexedDB across reloads. Every change shows at once; a failure to save is reported, and the
 * change stays for this visit.
 */
export function useWorkspace(): WorkspaceApi {
  const client = useQueryClient();
  const query = useQuery(workspaceQuery());
  const [problem, setProblem] = useState<StorageError | undefined>(undefined);
  // One key for the life of the page: a new array each render would make a new API each render, and
  // every consumer of the workspace context (under two thousand cards) would be looked for again.
  const key = WORKSPACE_KEY;
  const loaded = query.data;
  const workspace = loaded?.workspace ?? EMPTY_WORKSPACE;
  const store = loaded?.store;

  const save = useCallback(
    (next: Workspace, persist: (s: WorkspaceStore) => Promise<void>) => {
      const now = client.getQueryData<LoadedWorkspace>(key);
      if (!now) return;
      client.setQueryData<LoadedWorkspace>(key, { ...now, workspace: next });
      // Before the store has it: a hint that says less than the store holds would show the next
      // visit the example data alone until its workspace is read.
      pageWorkspaceHint.write(workspaceHintFor(next));
      trackSave(persist(now.store)).then(
        () => setProblem(undefined),
        (error: unknown) =>
          setProblem(error instanceof StorageError ? error : new StorageError('failed', String(error))),
      );
    },
    [client, key],
  );
  const current = useCallback(
    (): Workspace => client.getQueryData<LoadedWorkspace>(key)?.workspace ?? EMPTY_WORKSPACE,
    [client, key],
  );

  // A change asked for before the workspace is read (the example data can be shown before it is) is
  // made on the workspace once it is read, never on an empty stand-in.
  const whenRead = useCallback(
    (change: () => void): void => {
      if (client.getQueryData<LoadedWorkspace>(key)) change();
      else void client.ensureQueryData(workspaceQuery()).then(change);
    },
    [client, key],
  );

  return useMemo<WorkspaceApi>(
    () => ({
      workspace,
      ready: query.isSuccess,
      persistent: store?.persistent ?? false,
      storageProblem: problem ?? loaded?.problem,
      addFiles(files) {
        whenRead(() => {
          // A millisecond apart, so that files added together keep their order (later files win) after a reload.
          const now = Date.now();
          const added: Source[] = files.map((file, i) => ({
            id: crypto.randomUUID(),
            name: file.name,
            addedAt: new Date(now + i).toISOString(),
            content: file,
            options: undefined,
          }));
          const next = { ...current(), sources: [...current().sources, ...added] };
          save(next, async (s) => {
            for (const source of added) await s.putSource(source);
          });
        });
      },
      removeSource(id) {
        whenRead(() => {
          save({ ...current(), sources: current().sources.filter((s) => s.id !== id) }, (s) =>
            s.deleteSource(id),
          );
        });
      },
      replaceSource(id, file) {
        whenRead(() => {
          // Over the size limit: refused before it is read, and named (the old file stays).
          if (admitFiles([file]).length === 0) return;
          const { workspace: next, replaced } = withReplacedSource(
            current(),
            id,
            { name: file.name, content: file },
            crypto.randomUUID(),
          );
          if (!replaced) return;
          save(next, async (s) => {
            await s.putSource(replaced);
            await s.deleteSource(id);
          });
        });
      },
      setSourceOptions(id, options, shape) {
        whenRead(() => {
          const ws = current();
          const source = ws.sources.find((s) => s.id === id);
          if (!source) return;
          const updated: Source = { ...source, options };
          const mappings =
            shape === undefined
              ? ws.mappings
              : [...ws.mappings.filter((m) => m.shape !== shape), { shape, options }];
          const next = { ...ws, sources: ws.sources.map((s) => (s.id === id ? updated : s)), mappings };
          save(next, async (s) => {
            await s.putSource(updated);
            await s.putSettings(next);
          });
        });
      },
      addIndicator(indicator) {
        whenRead(() => {
          const ws = current();
          const next = {
            ...ws,
            indicators: [...ws.indicators.filter((i) => i.id !== indicator.id), indicator],
          };
          save(next, (s) => s.putSettings(next));
        });
      },
      addTarget(target) {
        whenRead(() => {
          const ws = current();
          const next = { ...ws, targets: [...ws.targets.filter((t) => !sameTarget(t, target)), target] };
          save(next, (s) => s.putSettings(next));
        });
      },
      addTargets(targets, removed = []) {
        whenRead(() => {
          const ws = current();
          const gone = new Set([...targets, ...removed].map(targetKey));
          const kept = ws.targets.filter((t) => !gone.has(targetKey(t)));
          const next = { ...ws, targets: [...kept, ...targets] };
          save(next, (s) => s.putSettings(next));
        });
      },
      removeTarget(target) {
        whenRead(() => {
          const ws = current();
          const next = { ...ws, targets: ws.targets.filter((t) => !sameTarget(t, target)) };
          save(next, (s) => s.putSettings(next));
        });
      },
      replaceAll(given) {
        whenRead(() => {
          // The store keys sources by id: none may share one, or a reload would lose it.
          const next = withDistinctSourceIds(given, () => crypto.randomUUID());
          save(next, (s) => s.replaceAll(next));
        });
      },
      setShowExample(show) {
        whenRead(() => {
          const next = { ...current(), showExample: show };
          save(next, (s) => s.putSettings(next));
        });
      },
      setStrategy(strategy) {
        whenRead(() => {
          const next = { ...current(), strategy };
          save(next, (s) => s.putSettings(next));
        });
      },
      updateLearningLog(update) {
        whenRead(() => {
          const ws = current();
          const next = { ...ws, ...update(ws) };
          save(next, (s) => s.putSettings(next));
        });
      },
    }),
    [workspace, query.isSuccess, store, problem, loaded?.problem, current, save, whenRead],
  );
}
