import type { Assessment } from '../../domain/assessment';
import type { Note } from '../../domain/notes';

/**
 * The notes a region's briefing shows: those on the region and those on no region in particular,
 * newest first; with a målområde, only those on its indicators or on no indicator.
 */
export function briefingNotes(notes: readonly Note[], region: string, only?: ReadonlySet<string>): Note[] {
  return notes
    .filter((n) => n.region === undefined || n.region === region)
    .filter((n) => only === undefined || n.indicator === undefined || only.has(n.indicator))
    .sort((a, b) => time(b) - time(a) || 0);
}

/** A note's time; one that does not parse counts as the oldest. */
function time(note: Note): number {
  const t = Date.parse(note.createdAt);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * The assessments a region's briefing shows: the latest answer to each question for the region,
 * newest first; with a målområde, only those resting on its indicators (or on none named).
 */
export function briefingAssessments(
  assessments: readonly Assessment[],
  region: string,
  only?: ReadonlySet<string>,
): Assessment[] {
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    if (a.region !== region) continue;
    if (only !== undefined && a.indicators.length > 0 && !a.indicators.some((i) => only.has(i))) continue;
    const key = `${a.question.kind}:${a.question.text}`;
    const had = latest.get(key);
    if (!had || a.savedAt >= had.savedAt) latest.set(key, a);
  }
  return [...latest.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}
