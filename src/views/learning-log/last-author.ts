import type { LearningLogParts } from '../../components/use-workspace';

/** The name the user last wrote on a note or an assessment: offered again, so it is written once. */
export function lastAuthor(log: LearningLogParts): string {
  const dated = [
    ...log.notes.map((n) => ({ at: n.createdAt, author: n.author })),
    ...log.assessments.map((a) => ({ at: a.savedAt, author: a.author })),
  ].filter((d) => d.author !== '');
  dated.sort((a, b) => a.at.localeCompare(b.at));
  return dated[dated.length - 1]?.author ?? '';
}
