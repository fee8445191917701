import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/data/import/import-result';
import { accountingBalances, codesOf, importText, issuesWith, storedRows } from '../support/import-helpers';

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function counts(result: ImportResult): [number, number, number, number] {
  expect(accountingBalances(result)).toBe(true);
  return [result.records, result.accepted, result.rejected, result.skipped];
}

const INDICATOR = {
  id: 'nyforetagande',
  name: { sv: 'Nyföretagande', en: 'New business starts' },
  unit: { sv: 'per 1 000 inv.', en: 'per 1,000 inh.' },
  chainLevel: 'kortsiktiga_effekter',
  direction: 'higher_is_better',
  question: {
    kind: 'summative',
    sv: 'Ökar nyföretagandet i länet?',
    en: 'Is new business formation increasing?',
  },
  decimals: 1,
};

describe('importFile: canonical JSON', () => {
  it('reads indicators, observations and targets', () => {
    const text = json({
      indicators: [INDICATOR],
      observations: [
        { region: '01', indicator: 'nyforetagande', period: '2023', value: 15.2 },
        {
          region: '20',
          indicator: 'nyforetagande',
          period: '2023K1',
          gender: 'K',
          value: null,
          status: '..',
          note: ' prel. ',
        },
        { region: 'Dalarnas län', indicator: 'nyforetagande', period: '2023', value: '9,5' },
      ],
      targets: [
        {
          region: '20',
          indicator: 'nyforetagande',
          period: '2030',
          value: 12.5,
          baseline: { period: '2020', value: 10 },
        },
      ],
    });
    const result = importText('data.json', text);
    expect(result.format).toBe('canonical-json');
    // Records: the indicator definition, three observations and the target.
    expect(counts(result)).toEqual([5, 5, 0, 0]);
    expect(result.indicators.map((i) => [i.id, i.chainLevel, i.direction, i.decimals])).toEqual([
      ['nyforetagande', 'kortsiktiga_effekter', 'higher_is_better', 1],
    ]);
    expect(storedRows(result).map((r) => [r.region, r.period, r.gender, r.value, r.marker, r.note])).toEqual([
      ['01', '2023', 'T', 15.2, null, undefined],
      ['20', '2023-Q1', 'K', null, '..', 'prel.'],
      ['20', '2023', 'T', 9.5, null, undefined],
    ]);
    expect(result.targets).toMatchObject([
      { region: '20', value: 12.5, baseline: { value: 10, period: { granularity: 'year', year: 2020 } } },
    ]);
    expect(result.issues).toEqual([]);
  });

  it("a record's issues name the line and column where its object starts", () => {
    const text =
      '{"observations": [\n  {"region": "01", "indicator": "a", "period": "2023", "value": 1},\n  {"region": "Atlantis", "indicator": "a", "period": "2023", "value": 1}\n]}';
    const result = importText('d.json', text);
    expect(counts(result)).toEqual([2, 1, 1, 0]);
    expect(issuesWith(result, 'region_unknown').map((i) => [i.line, i.column])).toEqual([[3, 3]]);
  });

  it('a "__proto__" key is reported and pollutes nothing', () => {
    const text =
      '{"__proto__": {"polluted": 1}, "observations": [{"region": "01", "indicator": "a", "period": "2023", "value": 1, "constructor": 2}]}';
    const result = importText('p.json', text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(issuesWith(result, 'json_reserved_key').map((i) => i.message.en)).toEqual([
      'The key ”__proto__” is reserved and was ignored.',
      'The key ”constructor” is reserved and was ignored.',
    ]);
    expect(counts(result)).toEqual([1, 1, 0, 0]);
  });

  it('duplicates are resolved as in CSV', () => {
    const obs = { region: '01', indicator: 'a', period: '2023', value: 1 };
    const result = importText('d.json', json({ observations: [obs, obs, { ...obs, value: 2 }] }));
    expect(counts(result)).toEqual([3, 1, 1, 1]);
    expect(codesOf(result).sort()).toEqual(['duplicate_conflict', 'duplicate_same']);
  });

  it('a record that is not an object, or a value that is not a number, is rejected', () => {
    const result = importText(
      'd.json',
      json({ observations: [1, { region: '01', indicator: 'a', period: '2023', value: true }] }),
    );
    expect(counts(result)).toEqual([2, 0, 2, 0]);
    expect(codesOf(result)).toEqual(['json_record_shape', 'json_record_shape']);
  });

  it('an indicator definition that cannot be read is a rejected record with an issue', () => {
    const result = importText(
      'c.json',
      json({ indicators: [INDICATOR, { ...INDICATOR, id: 'Bad Id' }, 'text'], observations: [] }),
    );
    expect(result.indicators.map((i) => i.id)).toEqual(['nyforetagande']);
    expect(counts(result)).toEqual([3, 1, 2, 0]);
    expect(codesOf(result)).toEqual(['catalogue_invalid', 'catalogue_invalid']);
  });

  it('a bare array of observations is read, and options.indicator fills a missing indicator', () => {
    const result = importText('d.json', json([{ region: '01', period: '2023', value: 1 }]), {
      indicator: 'nyforetagande',
    });
    expect(storedRows(result).map((r) => r.indicator)).toEqual(['nyforetagande']);
  });

  // BUG: a JSON value that overflows (1e400) is stored as Infinity, with no issue; the same cell in CSV is
  // rejected as not_finite. Stored Infinity has no marker either, breaking "a value is a number or a marker".
  it('an overflowing number (1e400) is rejected, as in CSV, not stored as Infinity', () => {
    const result = importText(
      'd.json',
      '{"observations": [{"region": "01", "indicator": "a", "period": "2023", "value": 1e400}]}',
    );
    expect(result.accepted).toBe(0);
    expect(result.rejected).toBe(1);
  });
});

it('stores -0 as 0, as CSV does', () => {
  const result = importText(
    'z.json',
    json({ observations: [{ region: '01', indicator: 'a', period: '2023', value: -0 }] }),
  );
  expect(Object.is(storedRows(result)[0]?.value, 0)).toBe(true);
});

describe('importFile: JSON targets', () => {
  const TARGET = { region: '20', indicator: 'a', period: '2030', value: 12 };

  it('a target without a numeric value is rejected with value_missing_in_target', () => {
    const result = importText('t.json', json({ targets: [{ ...TARGET, value: '12' }] }));
    expect(counts(result)).toEqual([1, 0, 1, 0]);
    expect(codesOf(result)).toEqual(['value_missing_in_target']);
  });

  // BUG: JSON targets are never checked for repeats. Two targets for the same region, indicator and
  // period with different values are both accepted with no issue; the CSV targets layout (TargetRows)
  // rejects the second with duplicate_conflict, and JSON observations are checked too.
  it('two targets for one region, indicator and period with different values: the second is rejected', () => {
    const result = importText('t.json', json({ targets: [TARGET, { ...TARGET, value: 13 }] }));
    expect(counts(result)).toEqual([2, 1, 1, 0]);
    expect(codesOf(result)).toContain('duplicate_conflict');
  });

  // BUG: readTarget returns undefined for a baseline whose value is not a number without adding any
  // issue, so the target is counted as rejected with nothing saying why or where.
  it('a target rejected for a malformed baseline gets an issue naming its line', () => {
    const result = importText(
      't.json',
      '{"targets": [\n  {"region": "20", "indicator": "a", "period": "2030", "value": 12, "baseline": {"period": "2020", "value": "x"}}\n]}',
    );
    expect(result.rejected).toBe(1);
    expect(result.issues.map((i) => i.line)).toContain(2);
  });

  // BUG: a target that is not an object is counted as rejected with no issue (observations that are not
  // objects get json_record_shape).
  it('a target that is not an object is rejected with an issue', () => {
    const result = importText('t.json', json({ targets: [5] }));
    expect(result.rejected).toBe(1);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe('importFile: JSON the reader refuses, with a clear issue', () => {
  it('truncated JSON: json_syntax on the line where it stops', () => {
    const result = importText('t.json', '{\n  "observations": [\n    {"region": "01"');
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([['json_syntax', 3]]);
    expect(result.issues[0]?.message.en).toContain('truncated');
    expect(counts(result)).toEqual([0, 0, 0, 0]);
  });

  it('deep nesting: json_too_deep, no crash', () => {
    const result = importText('deep.json', '['.repeat(100_000) + ']'.repeat(100_000));
    expect(codesOf(result)).toEqual(['json_too_deep']);
  });

  it('a JSON-stat dataset whose dimensions do not add up is refused with a reason', () => {
    const jsonstat = importText(
      's.json',
      json({ class: 'dataset', version: '2.0', id: ['Region'], size: [2], dimension: {}, value: [] }),
    );
    expect(jsonstat.format).toBe('jsonstat');
    expect(codesOf(jsonstat)).toEqual(['jsonstat_invalid']);
    expect(counts(jsonstat)).toEqual([0, 0, 0, 0]);
  });

  it('an object without observations, indicators or targets is json_wrong_shape', () => {
    expect(codesOf(importText('w.json', json({ data: [] })))).toEqual(['json_wrong_shape']);
  });

  it('a file that starts with { is read as JSON whatever its name', () => {
    expect(importText('data.csv', json({ observations: [] })).format).toBe('canonical-json');
  });
});
