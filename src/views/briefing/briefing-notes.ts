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
