import { describe, expect, it } from 'vitest';
import { boundaryEn, boundarySv } from '../../src/i18n/dictionary/boundary';
import { commonEn, commonSv } from '../../src/i18n/dictionary/common';
import { financeEn, financeSv } from '../../src/i18n/dictionary/finance';
import { importEn, importSv } from '../../src/i18n/dictionary/import';
import { localEn, localSv } from '../../src/i18n/dictionary/local';
import { sourcesEn, sourcesSv } from '../../src/i18n/dictionary/sources';
import { viewsEn, viewsSv } from '../../src/i18n/dictionary/views';

// The dictionary is spread together from its areas; a key in two areas would silently take the
// later area's text. Each key lives in exactly one area, in both languages.
const AREAS = {
  common: [commonSv, commonEn],
  import: [importSv, importEn],
  views: [viewsSv, viewsEn],
  sources: [sourcesSv, sourcesEn],
  finance: [financeSv, financeEn],
  boundary: [boundarySv, boundaryEn],
  local: [localSv, localEn],
} as const;

describe('dictionary areas', () => {
  it.each(['sv', 'en'] as const)('has no key in two areas (%s)', (lang) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, pair] of Object.entries(AREAS)) {
      for (const key of Object.keys(pair[lang === 'sv' ? 0 : 1])) {
        const first = seen.get(key);
        if (first !== undefined) twice.push(`${key} (${first}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);
  });

  it('has the same keys in Swedish and English in each area', () => {
    for (const [sv, en] of Object.values(AREAS)) {
      expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    }
  });
});
