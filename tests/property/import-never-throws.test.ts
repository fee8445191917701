import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import { csvishString, SEED } from '../support/arbitraries';
import { accountingBalances } from '../support/import-helpers';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The invariants every import keeps, whatever it was given. */
function checkInvariants(run: () => ImportResult): void {
  let result: ImportResult | undefined;
  expect(() => {
    result = run();
  }).not.toThrow();
  if (!result) return;
  expect(accountingBalances(result)).toBe(true);
  for (const n of [result.records, result.accepted, result.rejected, result.skipped])
    expect(Number.isInteger(n) && n >= 0).toBe(true);
  // The safety net in importFile must not be what kept it from throwing.
  expect(result.issues.filter((i) => i.code === 'internal_error')).toEqual([]);
  expect(result.observations.length).toBeLessThanOrEqual(result.accepted);
}

describe('importFile never throws and always balances its accounting', () => {
  it('for arbitrary bytes, as .csv and as .json', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('x.csv', 'x.json', 'x.txt'),
        (data, name) => {
          checkInvariants(() => importFile(name, data));
        },
      ),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('for arbitrary Unicode strings encoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkInvariants(() => importFile('x.csv', utf8(text)));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('for CSV-ish text, with and without a valid header, at small chunk sizes', () => {
    const header = fc.constantFrom(
      '',
      'region;indikator;period;värde\n',
      'region,indicator,period,value,kön,kommentar\r\n',
      'region\tindikator\tperiod\tmål\tbaslinje\tbasår\n',
      'region;period;värde\n',
    );
    fc.assert(
      fc.property(
        header,
        fc.array(csvishString(30), { maxLength: 12 }),
        fc.constantFrom(1, 3, 4096),
        (head, lines, chunkBytes) => {
          const text = head + lines.join('\n');
          checkInvariants(() =>
            importFile('x.csv', utf8(text), {
              chunkBytes,
              indicator: chunkBytes === 3 ? 'fallback' : undefined,
            }),
          );
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('for rows of plausible and implausible cells under a valid header', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '01',
        '1',
        '2080',
        '0020',
        'SE-W',
        'Stockholm',
        'Atlantis',
        '11',
        '',
        '..',
        '-',
        '2023',
        '2023K5',
        '2022/23',
        '12,5',
        '1.234',
        'tolv',
        'K',
        'X',
        '"q"',
        '"open',
        '"a"b',
        '__proto__',
      ),
      csvishString(8),
    );
    const row = fc.array(cell, { minLength: 0, maxLength: 7 }).map((cells) => cells.join(';'));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 15 }), fc.constantFrom('\n', '\r\n', '\r'), (rows, eol) => {
        const text = ['region;indikator;period;kön;värde;kommentar', ...rows].join(eol);
        checkInvariants(() => importFile('x.csv', utf8(text)));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('for JSON documents of any shape, and canonical-looking ones with arbitrary members', () => {
    const observation = fc.record(
      {
        region: fc.oneof(fc.constantFrom('01', '00', '2080', 'Atlantis'), fc.jsonValue()),
        indicator: fc.oneof(fc.constantFrom('a', ''), fc.jsonValue()),
        period: fc.oneof(fc.constantFrom('2023', '2023K1', 'x'), fc.jsonValue()),
        value: fc.oneof(fc.double(), fc.constantFrom(null, '12,5', '..'), fc.jsonValue()),
        gender: fc.jsonValue(),
        status: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const document = fc.oneof(
      fc.json(),
      fc
        .record(
          {
            observations: fc.array(observation, { maxLength: 8 }),
            targets: fc.array(observation, { maxLength: 4 }),
            indicators: fc.array(fc.jsonValue(), { maxLength: 3 }),
          },
          { requiredKeys: [] },
        )
        .map((d) => JSON.stringify(d)),
    );
    fc.assert(
      fc.property(document, fc.nat({ max: 20 }), (text, cut) => {
        checkInvariants(() => importFile('x.json', utf8(text)));
        // The same document cut short.
        checkInvariants(() => importFile('x.json', utf8(text.slice(0, Math.max(0, text.length - cut)))));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
