import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/data/text/number-parse';
import {
  comparePeriods,
  parsePeriod,
  periodCode,
  periodFromCode,
  periodKey,
  type Period,
} from '../../src/domain/period';
import { editDistance, foldName } from '../../src/domain/text-match';
import { period, SEED } from '../support/arbitraries';

/** Months since year 0 for the start of a period, to order periods of one granularity by hand. */
function startMonth(p: Period): number {
  return (
    p.year * 12 + (p.granularity === 'quarter' ? (p.sub - 1) * 3 : p.granularity === 'month' ? p.sub - 1 : 0)
  );
}

describe('periods', () => {
  it('periodKey is read back by parsePeriod, and periodCode round-trips', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(periodKey(p))).toEqual({ ok: true, period: p });
        expect(periodFromCode(periodCode(p))).toEqual(p);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('within one granularity, periodCode and comparePeriods order periods as the calendar does', () => {
    const sameGranularity = period.chain((a) =>
      period.filter((b) => b.granularity === a.granularity).map((b) => [a, b] as const),
    );
    fc.assert(
      fc.property(sameGranularity, ([a, b]) => {
        const calendar = Math.sign(startMonth(a) - startMonth(b));
        expect(Math.sign(periodCode(a) - periodCode(b))).toBe(calendar);
        expect(Math.sign(comparePeriods(a, b))).toBe(calendar);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('text matching', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'å', 'ö', ' ', '-'), maxLength: 10 });

  it('editDistance is symmetric, zero exactly for equal strings, and bounded by the lengths', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('swapping two adjacent different characters costs 1', () => {
    fc.assert(
      fc.property(word, fc.nat(), (w, at) => {
        fc.pre(w.length >= 2);
        const i = at % (w.length - 1);
        fc.pre(w[i] !== w[i + 1]);
        const swapped = w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
        expect(editDistance(w, swapped)).toBe(1);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('foldName is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => {
        expect(foldName(foldName(s))).toBe(foldName(s));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('foldName ignores case, diacritics and spacing in Swedish names', () => {
    const letters = fc.string({
      unit: fc.constantFrom('a', 'o', 'e', 's', 'å', 'ä', 'ö', 'é', 'Å', 'Ä', 'Ö', 'L', ' ', '-'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(letters, (s) => {
        const plain = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        expect(foldName(s.toUpperCase())).toBe(foldName(s.toLowerCase()));
        expect(foldName(s)).toBe(foldName(plain));
        expect(foldName(s.normalize('NFD'))).toBe(foldName(s));
        expect(foldName(s)).not.toMatch(/^ | $| {2}|[A-ZÅÄÖ]/);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('numbers written the Swedish way are read exactly', () => {
  it('grouped by three with a space of any kind, decimal comma, any minus sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
        fc.constantFrom(' ', '\u00a0', '\u202f'),
        fc.constantFrom('', '-', '\u2212', '\u2013'),
        (whole, fraction, space, minus) => {
          const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, space);
          const decimals = fraction === undefined ? '' : String(fraction).padStart(3, '0');
          const text = `${minus}${grouped}${decimals === '' ? '' : `,${decimals}`}`;
          const expected =
            Number(`${minus === '' ? '' : '-'}${whole}${decimals === '' ? '' : `.${decimals}`}`) + 0;
          const parse = parseValue(text, ',');
          expect(parse.kind).toBe('number');
          if (parse.kind === 'number') {
            expect(parse.value).toBe(expected);
            expect(parse.note).toBeUndefined();
          }
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a number is never read from a missing-value marker', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '..', '.', '...', '-', '–', '—', ':', 'NA', 'N/A', 'x'),
        fc.constantFrom('', ' ', '\u00a0'),
        (marker, pad) => {
          expect(parseValue(`${pad}${marker}${pad}`, ',')).toEqual({ kind: 'marker', marker });
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});
