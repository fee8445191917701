/** Kön as statistics report it: T totalt, K kvinnor, M män. */
export type Gender = 'T' | 'K' | 'M';

export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

const SPELLINGS: ReadonlyMap<string, Gender> = new Map([
  ['t', 'T'],
  ['tot', 'T'],
  ['totalt', 'T'],
  ['total', 'T'],
  ['totals', 'T'],
  ['samtliga', 'T'],
  ['alla', 'T'],
  ['båda könen', 'T'],
  ['bada konen', 'T'],
  ['both sexes', 'T'],
  ['1+2', 'T'],
  ['all', 'T'],
  ['k', 'K'],
  ['kvinna', 'K'],
  ['kvinnor', 'K'],
  ['woman', 'K'],
  ['women', 'K'],
  ['female', 'K'],
  ['f', 'K'],
  ['2', 'K'],
  ['m', 'M'],
  ['man', 'M'],
  ['män', 'M'],
  ['man ', 'M'],
  ['men', 'M'],
  ['male', 'M'],
  ['1', 'M'],
]);

/**
 * Reads a kön cell. Empty means totalt. SCB's numeric codes are 1 = män, 2 = kvinnor, 1+2 = totalt.
 * Returns undefined for anything else: the caller reports it, nothing is guessed.
 */
export function parseGender(raw: string): Gender | undefined {
  const key = raw.normalize('NFC').trim().toLowerCase();
  if (key === '') return 'T';
  return SPELLINGS.get(key);
}

export function genderIndex(gender: Gender): number {
  return GENDERS.indexOf(gender);
}
