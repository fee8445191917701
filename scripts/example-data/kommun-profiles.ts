/**
 * The kommuner that get invented example values: every kommun of six counties — Stockholm (many,
 * one very large), Uppsala, Gotland (a county that is one kommun), Dalarna, Jämtland and Norrbotten
 * (few inhabitants, long distances). Each with a rough population in thousands (about 2020, from
 * memory, rounded): only a weight, so that larger kommuner lie closer to their county's value and
 * take a larger share of its sums. Not statistics.
 */
import { MUNICIPALITY_REGIONS } from '../../src/domain/regions';

export interface KommunProfile {
  readonly code: string;
  /** The county's SCB code: the kommun code's first two digits. */
  readonly county: string;
  /** Inhabitants, thousands: a weight only. */
  readonly pop: number;
}

const POPULATION: ReadonlyArray<readonly [code: string, pop: number]> = [
  // Stockholms län
  ['0114', 47],
  ['0115', 34],
  ['0117', 46],
  ['0120', 45],
  ['0123', 80],
  ['0125', 29],
  ['0126', 113],
  ['0127', 95],
  ['0128', 17],
  ['0136', 95],
  ['0138', 48],
  ['0139', 30],
  ['0140', 11],
  ['0160', 73],
  ['0162', 33],
  ['0163', 74],
  ['0180', 975],
  ['0181', 101],
  ['0182', 105],
  ['0183', 52],
  ['0184', 82],
  ['0186', 48],
  ['0187', 12],
  ['0188', 63],
  ['0191', 49],
  ['0192', 29],
  // Uppsala län
  ['0305', 22],
  ['0319', 9.6],
  ['0330', 19],
  ['0331', 14],
  ['0360', 21],
  ['0380', 233],
  ['0381', 46],
  ['0382', 22],
  // Gotlands län
  ['0980', 60],
  // Dalarnas län
  ['2021', 6.7],
  ['2023', 10],
  ['2026', 10],
  ['2029', 15.9],
  ['2031', 10.9],
  ['2034', 6.9],
  ['2039', 7.1],
  ['2061', 10.8],
  ['2062', 20.3],
  ['2080', 59],
  ['2081', 52],
  ['2082', 11],
  ['2083', 15.3],
  ['2084', 23],
  ['2085', 26],
  // Jämtlands län
  ['2303', 5.4],
  ['2305', 6.4],
  ['2309', 15],
  ['2313', 11.5],
  ['2321', 11.8],
  ['2326', 7],
  ['2361', 10],
  ['2380', 64],
  // Norrbottens län
  ['2505', 6.3],
  ['2506', 2.8],
  ['2510', 5],
  ['2513', 3.3],
  ['2514', 15.8],
  ['2518', 4.5],
  ['2521', 6.1],
  ['2523', 17.5],
  ['2560', 8.2],
  ['2580', 78],
  ['2581', 42],
  ['2582', 28],
  ['2583', 9.8],
  ['2584', 23],
];

/** In kommun code order: the order of data/kommuner.csv. */
export const KOMMUN_PROFILES: readonly KommunProfile[] = POPULATION.map(([code, pop]) => ({
  code,
  county: code.slice(0, 2),
  pop,
})).sort((a, b) => a.code.localeCompare(b.code));

/** The counties whose kommuner have example values, in code order. */
export const KOMMUN_COUNTIES: readonly string[] = [...new Set(KOMMUN_PROFILES.map((k) => k.county))];

// Every county named is there whole, with the app's own kommun codes: a sum over a county's
// kommuner is a sum over all of them.
for (const county of KOMMUN_COUNTIES) {
  const app = MUNICIPALITY_REGIONS.filter((m) => m.countyCode === county).map((m) => m.code);
  const mine = KOMMUN_PROFILES.filter((k) => k.county === county).map((k) => k.code);
  if (app.join(',') !== mine.join(','))
    throw new Error(
      `Kommun profiles of county ${county} (${mine.join(',')}) are not its kommuner (${app.join(',')})`,
    );
}

/** One county's kommuner, in code order. */
export function kommunProfilesOf(county: string): readonly KommunProfile[] {
  return KOMMUN_PROFILES.filter((k) => k.county === county);
}
