import { isAssessmentAnswer, type Assessment } from '../../domain/assessment';
import type { Note } from '../../domain/notes';
import type { Snapshot, SnapshotValue } from '../../domain/snapshot';
import { timeOf } from './workspace-migrations';
import { problemOf, record, type Json, type WorkspacePartProblem } from './workspace-parts';

/** The learning log as read: what could be read, and every item that could not, named by its path. */
export interface LearningLog {
  readonly notes: readonly Note[];
  readonly assessments: readonly Assessment[];
  readonly snapshots: readonly Snapshot[];
}

interface Read<T> {
  readonly items: T[];
  readonly problems: WorkspacePartProblem[];
}

type FieldCode = 'workspace_note_field' | 'workspace_assessment_field' | 'workspace_snapshot_field';

const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const absent = (v: Json | undefined): boolean => v === undefined || v === null;
/** A text that may be left out (null or absent); `false` when it is there but no text. */
const optionalStr = (v: Json | undefined): string | undefined | false =>
  absent(v) ? undefined : (str(v) ?? false);
const isTime = (v: Json | undefined): v is string => timeOf(v) !== undefined;

/**
 * Reads each item of a list with `read`, which names the first bad field (or gives the item). An item
 * that is no object, has a bad field or repeats an earlier id is named, never dropped unsaid.
 */
function readList<T extends { readonly id: string }>(
  key: string,
  list: readonly Json[],
  code: FieldCode,
  read: (o: Record<string, Json>, part: string, problems: WorkspacePartProblem[]) => T | string,
): Read<T> {
  const items: T[] = [];
  const problems: WorkspacePartProblem[] = [];
  const ids = new Set<string>();
  list.forEach((item, index) => {
    const part = `${key}[${index}]`;
    const o = record(item);
    if (!o) return void problems.push(problemOf(part, undefined, 'workspace_part_not_object', {}));
    const label = str(o['id']);
    const got = read(o, part, problems);
    if (typeof got === 'string') return void problems.push(problemOf(part, label, code, { field: got }));
    if (ids.has(got.id)) return void problems.push(problemOf(part, label, 'workspace_log_same_id', {}));
    ids.add(got.id);
    items.push(got);
  });
  return { items, problems };
}

export function readNotes(list: readonly Json[]): Read<Note> {
  return readList('notes', list, 'workspace_note_field', (o) => {
    const id = str(o['id']);
    const indicator = optionalStr(o['indicator']);
    const region = optionalStr(o['region']);
    const period = optionalStr(o['period']);
    const author = absent(o['author']) ? '' : str(o['author']);
    const text = str(o['text']);
    if (!id) return 'id';
    if (text === undefined || text.trim() === '') return 'text';
    if (!isTime(o['createdAt'])) return 'createdAt';
    if (indicator === false) return 'indicator';
    if (region === false) return 'region';
    if (period === false) return 'period';
    if (author === undefined) return 'author';
    return { id, indicator, region, period, author, createdAt: o['createdAt'], text };
  });
}

export function readAssessments(list: readonly Json[]): Read<Assessment> {
  return readList('assessments', list, 'workspace_assessment_field', (o) => {
    const id = str(o['id']);
    const q = record(o['question']);
    const kind = q?.['kind'];
    const questionText = str(q?.['text']);
    const region = str(o['region']);
    const answer = o['answer'];
    const motivation = absent(o['motivation']) ? '' : str(o['motivation']);
    const indicators = o['indicators'] ?? [];
    const author = absent(o['author']) ? '' : str(o['author']);
    if (!id) return 'id';
    if ((kind !== 'process' && kind !== 'summative') || questionText === undefined) return 'question';
    if (!region) return 'region';
    if (!isAssessmentAnswer(answer)) return 'answer';
    if (motivation === undefined) return 'motivation';
    if (!Array.isArray(indicators) || !indicators.every((i) => typeof i === 'string')) return 'indicators';
    if (author === undefined) return 'author';
    if (!isTime(o['savedAt'])) return 'savedAt';
    return {
      id,
      question: { kind, text: questionText },
      region,
      answer,
      motivation,
      indicators: indicators as string[],
      author,
      savedAt: o['savedAt'],
    };
  });
}

function snapshotValue(value: Json): SnapshotValue | undefined {
  const v = record(value);
  const indicator = str(v?.['indicator']);
  const region = str(v?.['region']);
  const period = str(v?.['period']);
  const number = v?.['value'];
  if (!indicator || !region || !period || typeof number !== 'number' || !Number.isFinite(number))
    return undefined;
  return { indicator, region, period, value: number };
}

export function readSnapshots(list: readonly Json[]): Read<Snapshot> {
  return readList('snapshots', list, 'workspace_snapshot_field', (o, part, problems) => {
    const id = str(o['id']);
    const region = str(o['region']);
    const values = o['values'];
    if (!id) return 'id';
    if (!region) return 'region';
    if (!isTime(o['savedAt'])) return 'savedAt';
    if (!Array.isArray(values)) return 'values';
    const read = values.map(snapshotValue).filter((v): v is SnapshotValue => v !== undefined);
    if (read.length < values.length)
      problems.push(problemOf(part, id, 'workspace_snapshot_values', { count: values.length - read.length }));
    return { id, region, savedAt: o['savedAt'], values: read };
  });
}

/** A list part: absent or null is empty; anything but a list is named, and none of it read. */
function listOf<T>(
  root: Record<string, Json>,
  key: keyof LearningLog,
  read: (list: readonly Json[]) => Read<T>,
): Read<T> {
  const value = root[key];
  if (absent(value)) return { items: [], problems: [] };
  if (Array.isArray(value)) return read(value);
  return { items: [], problems: [problemOf(key, undefined, 'workspace_part_not_list', {})] };
}

/** The notes, assessments and snapshots of a stored workspace (a file or the browser's store). */
export function readLearningLog(root: Record<string, Json>): LearningLog & {
  readonly problems: readonly WorkspacePartProblem[];
} {
  const notes = listOf(root, 'notes', readNotes);
  const assessments = listOf(root, 'assessments', readAssessments);
  const snapshots = listOf(root, 'snapshots', readSnapshots);
  return {
    notes: notes.items,
    assessments: assessments.items,
    snapshots: snapshots.items,
    problems: [...notes.problems, ...assessments.problems, ...snapshots.problems],
  };
}
