import type { Source, UserIndicator, UserTarget, Workspace } from './workspace';

/**
 * What "Lägg till i min arbetsyta" does with an opened workspace file, said before it is done.
 * Rules: the file's files come after the user's own (added now, in the file's order, so that where
 * they give the same value theirs is used — also after a reload, which orders files by the time
 * added); a file with the id of one of the user's and the same name, options and bytes is already
 * there and is not added again; one with that id but anything else is kept apart under a new id.
 * An indicator, a target (region, indicator, period) or a column choice (table shape) the user
 * already has is replaced by the file's: the file was opened to bring its definitions in. So is the
 * strategy, whole (two chains are not spliced): a file without one leaves the user's as it is.
 */
export interface MergePlan {
  readonly workspace: Workspace;
  /** The file's files that are added (those kept apart among them, under their new ids). */
  readonly added: readonly Source[];
  /** Added under a new id, because one of the user's files has their id and other content. */
  readonly keptApart: readonly Source[];
  /** Not added: the user has the same file under the same id. */
  readonly alreadyThere: readonly Source[];
  /** The user's definitions the file's replace, where they differ. */
  readonly replacedIndicators: readonly UserIndicator[];
  readonly replacedTargets: readonly UserTarget[];
  readonly replacedMappings: readonly string[];
  /** The file holds a strategy and the user has another: the file's replaces the user's whole. */
  readonly replacesStrategy: boolean;
}

/** `mine`, then the items of `theirs` whose id is not among mine. */
function addNew<T extends { readonly id: string }>(mine: readonly T[], theirs: readonly T[]): T[] {
  const ids = new Set(mine.map((m) => m.id));
  return [...mine, ...theirs.filter((t) => !ids.has(t.id))];
}

const targetKey = (t: UserTarget): string => JSON.stringify([t.region, t.indicator, t.period]);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The ids of the file's files that the user already has: same id, name, options and bytes. */
export async function identicalSourceIds(current: Workspace, incoming: Workspace): Promise<Set<string>> {
  const mine = new Map(current.sources.map((s) => [s.id, s]));
  const ids = new Set<string>();
  for (const source of incoming.sources) {
    const other = mine.get(source.id);
    if (!other || other.name !== source.name || !same(other.options ?? null, source.options ?? null))
      continue;
    if (other.content.size !== source.content.size) continue;
    const [a, b] = await Promise.all([other.content.arrayBuffer(), source.content.arrayBuffer()]);
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    if (x.every((byte, i) => byte === y[i])) ids.add(source.id);
  }
  return ids;
}

/** The merge of `incoming` into `current`, given which of its files are identical to the user's. */
export function planMerge(
  current: Workspace,
  incoming: Workspace,
  identical: ReadonlySet<string>,
  now: number,
  newId: () => string,
): MergePlan {
  const used = new Set(current.sources.map((s) => s.id));
  const added: Source[] = [];
  const keptApart: Source[] = [];
  const alreadyThere: Source[] = [];
  for (const source of incoming.sources) {
    if (identical.has(source.id) && used.has(source.id)) {
      alreadyThere.push(source);
      continue;
    }
    const clash = used.has(source.id);
    const placed: Source = {
      ...source,
      id: clash ? newId() : source.id,
      addedAt: new Date(now + added.length).toISOString(),
    };
    used.add(placed.id);
    added.push(placed);
    if (clash) keptApart.push(placed);
  }
  const fileIndicators = new Map(incoming.indicators.map((i) => [i.id, i]));
  const fileTargets = new Map(incoming.targets.map((t) => [targetKey(t), t]));
  const fileMappings = new Map(incoming.mappings.map((m) => [m.shape, m]));
  return {
    workspace: {
      sources: [...current.sources, ...added],
      indicators: [...current.indicators.filter((i) => !fileIndicators.has(i.id)), ...incoming.indicators],
      targets: [...current.targets.filter((t) => !fileTargets.has(targetKey(t))), ...incoming.targets],
      mappings: [...current.mappings.filter((m) => !fileMappings.has(m.shape)), ...incoming.mappings],
      strategy: incoming.strategy ?? current.strategy,
      // A display choice: the user's own stands; the file's applies where the user never chose.
      showExample: current.showExample ?? incoming.showExample,
      // The learning log grows: the file's notes, assessments and snapshots the user lacks (by id) are added.
      notes: addNew(current.notes, incoming.notes),
      assessments: addNew(current.assessments, incoming.assessments),
      snapshots: addNew(current.snapshots, incoming.snapshots),
    },
    added,
    keptApart,
    alreadyThere,
    replacedIndicators: current.indicators.filter((i) => {
      const theirs = fileIndicators.get(i.id);
      return theirs !== undefined && !same(theirs, i);
    }),
    replacedTargets: current.targets.filter((t) => {
      const theirs = fileTargets.get(targetKey(t));
      return theirs !== undefined && !same(theirs, t);
    }),
    replacedMappings: current.mappings
      .filter((m) => {
        const theirs = fileMappings.get(m.shape);
        return theirs !== undefined && !same(theirs.options, m.options);
      })
      .map((m) => m.shape),
    replacesStrategy:
      current.strategy !== undefined &&
      incoming.strategy !== undefined &&
      !same(current.strategy, incoming.strategy),
  };
}

/**
 * What "Ersätt min arbetsyta" puts in place: the file's workspace, its files in the order of the
 * time they were added, which is the order a reload gives them (and so which file wins).
 */
export function replacement(incoming: Workspace): Workspace {
  const sources = incoming.sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.addedAt.localeCompare(b.s.addedAt) || a.i - b.i)
    .map(({ s }) => s);
  return { ...incoming, sources };
}

/**
 * The workspace with every source under an id of its own: a later source whose id an earlier one
 * has gets a new one. The store is keyed by id; two sources of one id would leave one after a reload.
 */
export function withDistinctSourceIds(workspace: Workspace, newId: () => string): Workspace {
  const seen = new Set<string>();
  let changed = false;
  const sources = workspace.sources.map((s) => {
    if (!seen.has(s.id)) {
      seen.add(s.id);
      return s;
    }
    changed = true;
    const id = newId();
    seen.add(id);
    return { ...s, id };
  });
  return changed ? { ...workspace, sources } : workspace;
}
