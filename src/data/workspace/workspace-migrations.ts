/**
 * A saved workspace as it was stored — a workspace file's JSON, or what IndexedDB holds — before
 * its parts are checked. Migrations read and write only the fields they change and pass the rest on.
 */
export type StoredWorkspace = Readonly<Record<string, unknown>>;

/** One change of the saved format, from version `from` to `from + 1`. Pure: it returns a new object. */
export interface WorkspaceMigration {
  readonly from: number;
  readonly name: string;
  apply(doc: StoredWorkspace): StoredWorkspace;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Milliseconds since 1970 for an ISO time, undefined for anything else. */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Version 2: every source's `addedAt` is a point in time. The app shows it and orders the files by
 * it, and the order decides which file wins where two give the same series. Version 1 took any
 * text or none: a missing time became 1970 for every such file, so after a reload those files came
 * back in the order of their ids, not of the file; a time that was no time could not be shown.
 * A missing or unreadable time becomes one millisecond after the file before it (1970 for the
 * first), which keeps the file's order.
 */
const sourceTimes: WorkspaceMigration = {
  from: 1,
  name: 'every source has a time added, in the file’s order',
  apply(doc) {
    if (!Array.isArray(doc['sources'])) return doc;
    let previous = -1;
    const sources = (doc['sources'] as readonly unknown[]).map((source) => {
      if (!isRecord(source)) return source;
      const ms = timeOf(source['addedAt']);
      previous = ms ?? previous + 1;
      return ms === undefined ? { ...source, addedAt: new Date(previous).toISOString() } : source;
    });
    return { ...doc, sources };
  },
};

/**
 * Version 3: the workspace holds the region's strategy (`strategy`: its goal areas and its effect
 * chain), null when there is none. Earlier versions had none: nothing else changes. The user's
 * described indicators (`indicators`, for files the catalogue does not know) stay as they are, apart
 * from the strategy: moving them into it would start a strategy the user never started, and the
 * Strategi view would then show a chain of those few instead of the catalogue's. The step exists so
 * that an app of version 2 refuses a file with a strategy rather than drop the strategy unsaid.
 */
const strategyPart: WorkspaceMigration = {
  from: 2,
  name: 'the workspace holds the strategy (none before)',
  apply: (doc) => ({ ...doc, strategy: doc['strategy'] ?? null }),
};

/**
 * Version 4: the workspace holds the learning log — the users' notes (`notes`), their assessments of
 * the evaluation questions (`assessments`) and the snapshots of what a briefing showed (`snapshots`),
 * each an empty list before. A list already there (a file written by hand) is passed on as it is and
 * checked where it is read.
 */
const learningLog: WorkspaceMigration = {
  from: 3,
  name: 'the workspace holds notes, assessments and snapshots (none before)',
  apply: (doc) => ({
    ...doc,
    notes: doc['notes'] ?? [],
    assessments: doc['assessments'] ?? [],
    snapshots: doc['snapshots'] ?? [],
  }),
};

/**
 * Every migration, oldest first. A released step is never edited: a change of the format is a new
 * step at the end, and the version the app writes is the one after the last step.
 */
export const WORKSPACE_MIGRATIONS: readonly WorkspaceMigration[] = [sourceTimes, strategyPart, learningLog];

export const WORKSPACE_VERSION: number = 1 + WORKSPACE_MIGRATIONS.length;

export type MigratedWorkspace =
  | { readonly ok: true; readonly doc: StoredWorkspace; readonly from: number }
  | { readonly ok: false; readonly problem: 'no_version' }
  | { readonly ok: false; readonly problem: 'newer'; readonly version: number };

/**
 * The stored workspace at the latest version: every step from its version on, in order, each
 * setting the version it gives. A version the app does not know yet is not guessed at.
 */
export function migrateWorkspace(
  doc: StoredWorkspace,
  migrations: readonly WorkspaceMigration[] = WORKSPACE_MIGRATIONS,
): MigratedWorkspace {
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'no_version' };
  const latest = 1 + migrations.length;
  if (version > latest) return { ok: false, problem: 'newer', version };
  const migrated = migrations
    .filter((m) => m.from >= version)
    .reduce<StoredWorkspace>((current, m) => ({ ...m.apply(current), version: m.from + 1 }), doc);
  return { ok: true, doc: migrated, from: version };
}
