import fc from 'fast-check';
import type { Period } from '../../src/domain/period';
import { RIKET_AND_COUNTIES } from '../../src/domain/regions';

/** Fixed seeds keep the property runs repeatable; a failure prints the seed and path to replay. */
export const SEED = 20_260_523;

/** Characters that stress a CSV reader. */
export const CSV_CHARS = [
  ';',
  ',',
  '"',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  'å',
  'ä',
  'ö',
  'Å',
  '0',
  '1',
  '9',
  'a',
  'b',
  'z',
  '.',
  '-',
  '😀',
] as const;

export const csvishString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...CSV_CHARS), maxLength });

export const countyCode: fc.Arbitrary<string> = fc.constantFrom(...RIKET_AND_COUNTIES.map((r) => r.code));

export const period: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map((year): Period => ({ granularity: 'year', year, sub: 0 })),
  fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), sub: fc.integer({ min: 1, max: 4 }) })
    .map((p): Period => ({ granularity: 'quarter', ...p })),
  fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), sub: fc.integer({ min: 1, max: 12 }) })
    .map((p): Period => ({ granularity: 'month', ...p })),
);

/** Finite numbers with at most three decimals, as statistics files carry them. */
export const threeDecimals: fc.Arbitrary<number> = fc
  .integer({ min: -1_000_000_000, max: 1_000_000_000 })
  .map((n) => n / 1000);
