/**
 * A file's note (kommentar) that marks a value as provisional: "preliminärt", "prel.", "provisional",
 * SCB's and Kolada's "p". A value so marked is said to be provisional in its sentence.
 */
const PROVISIONAL = /^(?:p|prel\.?)$|prelimin|provisional/i;

export function isProvisionalNote(note: string): boolean {
  return PROVISIONAL.test(note.trim());
}
