import type { LocalizedText } from '../../domain/language';
import { ISSUE_CATALOG, type IssueParams } from '../issues/issue-messages';
import { migrateWorkspace, WORKSPACE_VERSION } from './workspace-migrations';
import {
  parseUntrustedJson,
  problemOf,
  readIndicators,
  readMappings,
  readSources,
  readTargets,
  record,
  type Json,
  type WorkspaceIssueCode,
  type WorkspacePartProblem,
} from './workspace-parts';
import { WORKSPACE_FORMAT, type Workspace } from './workspace';
import { readStrategy } from './strategy-part';
import { readShowExample } from './example-choice';
import { readLearningLog } from './learning-log-part';

/** Why a workspace file cannot be opened at all, in both languages. Nothing of it is applied. */
export interface WorkspaceRefusal {
  readonly code: WorkspaceIssueCode;
  readonly text: LocalizedText;
}

/**
 * A workspace file as read: what could be read, and every part that could not (or only in part),
 * named by its path; or, when the file as a whole is unreadable, why.
 */
export type WorkspaceFileRead =
  | { readonly ok: true; readonly workspace: Workspace; readonly problems: readonly WorkspacePartProblem[] }
  | { readonly ok: false; readonly refusal: WorkspaceRefusal };

function refused<C extends WorkspaceIssueCode>(code: C, params: IssueParams<C>): WorkspaceFileRead {
  const { message } = ISSUE_CATALOG[code] as { message: (p: IssueParams<C>) => LocalizedText };
  return { ok: false, refusal: { code, text: message(params) } };
}

/** A list part read by `read`: absent is empty; anything but a list is named, and none of it read. */
function listPart<T>(
  root: Record<string, Json>,
  key: 'indicators' | 'targets' | 'mappings',
  read: (list: readonly Json[]) => { items: T[]; problems: WorkspacePartProblem[] },
): { items: T[]; problems: WorkspacePartProblem[] } {
  const value = root[key];
  if (value === undefined || value === null) return { items: [], problems: [] };
  if (Array.isArray(value)) return read(value);
  return { items: [], problems: [problemOf(key, undefined, 'workspace_part_not_list', {})] };
}

/**
 * Reads a workspace file, checking every part: a file from elsewhere is data, never trusted. Pure
 * but for `newId`. JSON.parse with a reviver drops keys that could reach Object.prototype. A file of
 * an earlier version is first brought to the latest by WORKSPACE_MIGRATIONS; one of a later version,
 * one that is not a workspace file and one whose files are not a list are refused whole.
 */
export function readWorkspaceFile(
  text: string,
  newId: () => string = () => crypto.randomUUID(),
): WorkspaceFileRead {
  const doc = parseUntrustedJson(text);
  if (doc === undefined) return refused('workspace_not_json', {});
  const file = record(doc);
  if (!file || file['format'] !== WORKSPACE_FORMAT) return refused('workspace_not_workspace', {});
  const migrated = migrateWorkspace(file);
  if (!migrated.ok)
    return migrated.problem === 'newer'
      ? refused('workspace_newer_version', { version: migrated.version, latest: WORKSPACE_VERSION })
      : refused('workspace_not_workspace', {});
  // Migrations pass the file's own values on: still JSON.
  const root = migrated.doc as Record<string, Json>;
  const sourceList = root['sources'] ?? [];
  if (!Array.isArray(sourceList)) return refused('workspace_sources_not_list', {});
  const sources = readSources(sourceList, newId);
  const indicators = listPart(root, 'indicators', readIndicators);
  const targets = listPart(root, 'targets', readTargets);
  const mappings = listPart(root, 'mappings', readMappings);
  const strategy = readStrategy(root['strategy']);
  const example = readShowExample(root['showExample']);
  const log = readLearningLog(root);
  return {
    ok: true,
    workspace: {
      sources: sources.items,
      indicators: indicators.items,
      targets: targets.items,
      mappings: mappings.items,
      strategy: strategy.strategy,
      showExample: example.showExample,
      notes: log.notes,
      assessments: log.assessments,
      snapshots: log.snapshots,
    },
    problems: [
      ...sources.problems,
      ...indicators.problems,
      ...targets.problems,
      ...mappings.problems,
      ...strategy.problems,
      ...example.problems,
      ...log.problems,
    ],
  };
}
