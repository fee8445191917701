import { describe, expect, it } from 'vitest';
import { isMissingMarker, markerMeaning } from '../../src/domain/missing-marker';

describe('missing-value markers', () => {
  it.each(['', '..', '.', '...', '-', '--', '–', '—', ':', 'NA', 'N/A', 'x'])('%j is a marker', (marker) => {
    expect(isMissingMarker(marker)).toBe(true);
  });

  it.each(['0', '0,0', ' ', '....', 'na', 'X', '—-'])('%j is not a marker', (text) => {
    expect(isMissingMarker(text)).toBe(false);
  });

  it("SCB's markers have their meaning in both languages", () => {
    expect(markerMeaning('..')).toEqual({
      sv: 'uppgift inte tillgänglig eller för osäker',
      en: 'not available or too uncertain',
    });
    expect(markerMeaning('-').en).toBe('nothing to report');
    expect(markerMeaning('').en).toBe('no value (empty cell)');
  });

  it('an unknown status is described by its own text', () => {
    expect(markerMeaning('B')).toEqual({ sv: 'status: B', en: 'status: B' });
  });
});
