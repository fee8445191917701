import { entry, type NoParams } from './issue-entry';

/**
 * The learning log in a workspace file or the browser's store: notes, assessments and snapshots.
 * Each names one item that could not be read, shown after its path (`notes[2]: …`); the rest is read.
 */
export const LEARNING_LOG_ISSUES = {
  workspace_note_field: entry<{ field: string }>('error', (p) => ({
    sv: `fältet ${p.field} saknas eller är ogiltigt; anteckningen lästes inte`,
    en: `the field ${p.field} is missing or invalid; the note was not read`,
  })),
  workspace_assessment_field: entry<{ field: string }>('error', (p) => ({
    sv: `fältet ${p.field} saknas eller är ogiltigt; bedömningen lästes inte`,
    en: `the field ${p.field} is missing or invalid; the assessment was not read`,
  })),
  workspace_snapshot_field: entry<{ field: string }>('error', (p) => ({
    sv: `fältet ${p.field} saknas eller är ogiltigt; ögonblicksbilden lästes inte`,
    en: `the field ${p.field} is missing or invalid; the snapshot was not read`,
  })),
  workspace_snapshot_values: entry<{ count: number }>('warning', (p) => ({
    sv: `${p.count} värden i ögonblicksbilden kunde inte läsas och lämnades bort`,
    en: `${p.count} values of the snapshot could not be read and were left out`,
  })),
  workspace_log_same_id: entry<NoParams>('info', () => ({
    sv: 'samma id som en tidigare post; den lästes inte en gång till',
    en: 'the same id as an earlier item; it was not read twice',
  })),
} as const;
