/**
 * Kommun codes and names that older files still carry, and the kommun each became. Only changes known
 * for certain are listed: a wrong entry would put a kommun's numbers on another kommun. Each entry
 * says where it comes from. Splits (Knivsta from Uppsala 2003, Nykvarn from Södertälje 1999 …) are not here:
 * the old kommun's code is still the remaining kommun's, so no old code or name needs mapping.
 *
 * Known and deliberately left out: Habo and Mullsjö moved from Skaraborgs län to Jönköpings län in
 * 1998, and the kommuner of the counties merged in 1997–1998 (Skåne, Västra Götaland) were renumbered;
 * their former codes are not listed because they could not be checked here.
 */

/** A former code or name, and what it is now. */
export interface FormerKommun {
  /** The code ("1917") or the name ("Malung") a file may carry. */
  readonly former: string;
  /** The kommun's SCB code today. */
  readonly code: string;
  /** The year the change took effect (1 January). */
  readonly year: number;
  /** The county code the former code belonged to, when the kommun moved to another county. */
  readonly formerCounty?: string;
}

/**
 * Former kommun codes. Heby: 1917 in Västmanlands län until 31 December 2006; since 1 January 2007
 * in Uppsala län as 0331. Source: SCB's record of changes to the kommun division and codes
 * (kommunindelningsändringar, 2007), as known when this was written — no copy is in this repository.
 */
export const FORMER_KOMMUN_CODES: ReadonlyMap<string, FormerKommun> = new Map([
  ['1917', { former: '1917', code: '0331', year: 2007, formerCounty: '19' }],
]);

/**
 * Former kommun names; the code stayed. Malung: Malungs kommun was renamed Malung-Sälens kommun on
 * 1 January 2007, code 2023 throughout. Source: as above (SCB, kommunindelningsändringar 2007).
 */
export const FORMER_KOMMUN_NAMES: readonly FormerKommun[] = [{ former: 'Malung', code: '2023', year: 2007 }];
