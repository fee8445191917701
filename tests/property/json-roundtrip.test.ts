import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { periodKey } from '../../src/domain/period';
import { countyCode, period, SEED } from '../support/arbitraries';
import { storedRows } from '../support/import-helpers';

const text = (minLength: number): fc.Arbitrary<string> =>
  fc
    .string({
      unit: fc.constantFrom('a', 'ö', '"', '\\', ';', ' ', '\n', '😀', '<', '/'),
      minLength,
      maxLength: 10,
    })
    .filter((s) => s.trim() === s);

const observation = fc.record({
  region: countyCode,
  indicator: text(1),
  period,
  gender: fc.constantFrom('T', 'K', 'M'),
  // Any finite double: JSON carries numbers exactly.
  value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
  note: text(0),
});

describe('canonical JSON: written with JSON.stringify, read back by importFile', () => {
  it('every observation comes back exactly, in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(observation, {
          minLength: 1,
          maxLength: 20,
          selector: (o) => `${o.region}|${o.indicator}|${periodKey(o.period)}|${o.gender}`,
        }),
        (obs) => {
          const doc = {
            observations: obs.map((o) => ({
              region: o.region,
              indicator: o.indicator,
              period: periodKey(o.period),
              gender: o.gender,
              value: o.value,
              note: o.note,
            })),
          };
          const result = importFile('rt.json', new TextEncoder().encode(JSON.stringify(doc, null, 1)));
          expect(result.issues).toEqual([]);
          expect([result.records, result.accepted]).toEqual([obs.length, obs.length]);
          expect(storedRows(result).map(({ line: _line, ...rest }) => rest)).toEqual(
            obs.map((o) => ({
              region: o.region,
              indicator: o.indicator,
              period: periodKey(o.period),
              gender: o.gender,
              // JSON has no −0: it is written as 0.
              value: o.value === null ? null : o.value + 0,
              marker: o.value === null ? '' : null,
              note: o.note === '' ? undefined : o.note,
            })),
          );
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
