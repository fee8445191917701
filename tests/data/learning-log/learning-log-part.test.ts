import { describe, expect, it } from 'vitest';
import { readLearningLog } from '../../../src/data/workspace/learning-log-part';
import { readWorkspaceFile } from '../../../src/data/workspace/workspace-read';
import { serializeWorkspace } from '../../../src/data/workspace/workspace';
import { planMerge } from '../../../src/data/workspace/workspace-merge';
import { migrateWorkspace, WORKSPACE_MIGRATIONS } from '../../../src/data/workspace/workspace-migrations';
import { workspaceOf } from '../../support/workspace-builder';

const goodNote = {
  id: 'n1',
  indicator: 'nyforetagande',
  region: '17',
  period: '2023',
  author: 'Karin',
  createdAt: '2026-01-10T09:00:00.000Z',
  text: 'Ny mätmetod från 2023',
};
const goodAssessment = {
  id: 'a1',
  question: { kind: 'summative', text: 'Ökar nyföretagandet?' },
  region: '17',
  answer: 'delvis',
  motivation: 'Ökar, men inte i fas',
  indicators: ['nyforetagande'],
  author: 'Karin',
  savedAt: '2026-01-10T09:00:00.000Z',
};
const goodSnapshot = {
  id: 's1',
  region: '17',
  savedAt: '2026-01-10T09:00:00.000Z',
  values: [{ indicator: 'nyforetagande', region: '17', period: '2023', value: 8.1 }],
};

describe('readLearningLog', () => {
  it('reads good items and names every bad one by its path and field', () => {
    const log = readLearningLog({
      notes: [
        goodNote,
        'text',
        { ...goodNote, id: 'n2', text: '' },
        { ...goodNote, id: 'n3', period: 2023 },
        goodNote,
      ],
      assessments: [goodAssessment, { ...goodAssessment, id: 'a2', answer: 'kanske' }],
      snapshots: [
        {
          ...goodSnapshot,
          values: [...goodSnapshot.values, { indicator: 'x', region: '17', period: '2023', value: '8' }],
        },
        { ...goodSnapshot, id: 's2', savedAt: 'igår' },
      ],
    });
    expect(log.notes.map((n) => n.id)).toEqual(['n1']);
    expect(log.assessments.map((a) => a.answer)).toEqual(['delvis']);
    expect(log.snapshots).toHaveLength(1);
    expect(log.snapshots[0]?.values).toEqual(goodSnapshot.values);
    expect(log.problems.map((p) => [p.part, p.code])).toEqual([
      ['notes[1]', 'workspace_part_not_object'],
      ['notes[2]', 'workspace_note_field'],
      ['notes[3]', 'workspace_note_field'],
      ['notes[4]', 'workspace_log_same_id'],
      ['assessments[1]', 'workspace_assessment_field'],
      ['snapshots[0]', 'workspace_snapshot_values'],
      ['snapshots[1]', 'workspace_snapshot_field'],
    ]);
    expect(log.problems[2]?.text.sv).toContain('fältet period');
    expect(log.problems[4]?.text.en).toContain('the field answer');
    expect(log.problems[5]?.text.sv).toContain('1 värden');
  });

  it('names a part that is not a list and reads none of it; absent parts are empty', () => {
    const log = readLearningLog({ notes: { a: 1 } });
    expect(log.notes).toEqual([]);
    expect(log.assessments).toEqual([]);
    expect(log.problems.map((p) => [p.part, p.code])).toEqual([['notes', 'workspace_part_not_list']]);
  });
});

describe('3 → 4: the learning log', () => {
  const step = WORKSPACE_MIGRATIONS[2];
  it('adds empty lists and passes lists already there on', () => {
    expect(step?.from).toBe(3);
    expect(step?.apply({ version: 3, strategy: null })).toEqual({
      version: 3,
      strategy: null,
      notes: [],
      assessments: [],
      snapshots: [],
    });
    expect(step?.apply({ version: 3, notes: [goodNote] })['notes']).toEqual([goodNote]);
  });
  it('brings a version 3 file to version 4', () => {
    const migrated = migrateWorkspace({ version: 3, sources: [] });
    expect(migrated).toMatchObject({ ok: true, from: 3, doc: { version: 4, notes: [], snapshots: [] } });
  });
});

describe('the workspace file', () => {
  it('keeps notes, assessments and snapshots through a round trip', async () => {
    const log = readLearningLog({
      notes: [goodNote],
      assessments: [goodAssessment],
      snapshots: [goodSnapshot],
    });
    const workspace = workspaceOf({
      notes: log.notes,
      assessments: log.assessments,
      snapshots: log.snapshots,
    });
    const read = readWorkspaceFile(await serializeWorkspace(workspace, '2026-01-11T00:00:00.000Z'));
    if (!read.ok) throw new Error(read.refusal.code);
    expect(read.problems).toEqual([]);
    expect(read.workspace.notes).toEqual(log.notes);
    expect(read.workspace.assessments).toEqual(log.assessments);
    expect(read.workspace.snapshots).toEqual(log.snapshots);
  });
});

describe('planMerge of the learning log', () => {
  it('adds the file’s notes, assessments and snapshots the user lacks, by id, after the user’s own', () => {
    const log = readLearningLog({
      notes: [goodNote],
      assessments: [goodAssessment],
      snapshots: [goodSnapshot],
    });
    const mine = workspaceOf({ notes: log.notes, assessments: [], snapshots: log.snapshots });
    const other = { ...goodNote, id: 'n9', text: 'Från filen' };
    const theirs = workspaceOf({
      notes: readLearningLog({ notes: [{ ...goodNote, text: 'ändrad i filen' }, other] }).notes,
      assessments: log.assessments,
      snapshots: log.snapshots,
    });
    const merged = planMerge(mine, theirs, new Set(), 0, () => 'x').workspace;
    expect(merged.notes.map((n) => [n.id, n.text])).toEqual([
      ['n1', goodNote.text],
      ['n9', 'Från filen'],
    ]);
    expect(merged.assessments.map((a) => a.id)).toEqual(['a1']);
    expect(merged.snapshots.map((s) => s.id)).toEqual(['s1']);
  });
});
