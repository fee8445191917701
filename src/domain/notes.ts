/**
 * The learning log: notes the users write on an indicator, a region or a period (who, when, what).
 * A note is shown on the indicator's chart (a marker on its period) and in the county briefing.
 */
export interface Note {
  readonly id: string;
  /** The indicator the note is about; undefined: the region (or the whole strategy). */
  readonly indicator: string | undefined;
  /** The region (Riket "00", a county or a kommun code); undefined: every region. */
  readonly region: string | undefined;
  /** Normalised period key (`2024`, `2024-03`, `2024K1`); undefined: no period in particular. */
  readonly period: string | undefined;
  /** Who wrote it, as they wrote their name; "" when not said. */
  readonly author: string;
  /** When it was written (ISO 8601 time). */
  readonly createdAt: string;
  readonly text: string;
}

/**
 * The notes to show for an indicator in a region: those on that indicator and region, on the
 * indicator for every region, and on the region as a whole — oldest first.
 */
export function notesFor(notes: readonly Note[], indicator: string, region: string): Note[] {
  return notes
    .filter(
      (n) =>
        (n.indicator === undefined || n.indicator === indicator) &&
        (n.region === undefined || n.region === region),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
