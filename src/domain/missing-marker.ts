import type { LocalizedText } from './language';

/**
 * Markers statistics producers put where a number is missing. They are kept as they are, with
 * their meaning, and never read as 0. Empty cells are kept as the marker "" (no value given).
 */
const MEANINGS: ReadonlyMap<string, LocalizedText> = new Map([
  ['', { sv: 'värde saknas (tom cell)', en: 'no value (empty cell)' }],
  ['..', { sv: 'uppgift inte tillgänglig eller för osäker', en: 'not available or too uncertain' }],
  ['.', { sv: 'uppgift kan inte förekomma', en: 'not applicable' }],
  ['...', { sv: 'uppgift saknas', en: 'data missing' }],
  ['-', { sv: 'inget finns att redovisa', en: 'nothing to report' }],
  ['--', { sv: 'uppgift saknas eller redovisas inte', en: 'not available or not published' }],
  ['–', { sv: 'inget finns att redovisa', en: 'nothing to report' }],
  ['—', { sv: 'inget finns att redovisa', en: 'nothing to report' }],
  [':', { sv: 'uppgift saknas', en: 'not available' }],
  ['NA', { sv: 'uppgift saknas (NA)', en: 'not available (NA)' }],
  ['N/A', { sv: 'uppgift saknas (N/A)', en: 'not available (N/A)' }],
  ['x', { sv: 'sekretess eller för osäker', en: 'confidential or too uncertain' }],
]);

export function isMissingMarker(text: string): boolean {
  return MEANINGS.has(text);
}

/** What a marker means. Kolada statuses and other unknown markers are described by their own text. */
export function markerMeaning(marker: string): LocalizedText {
  return MEANINGS.get(marker) ?? { sv: `status: ${marker}`, en: `status: ${marker}` };
}
