import { describe, expect, it } from 'vitest';
import { resolveDuplicates } from '../../src/data/columns/duplicates';
import { IssueCollector } from '../../src/data/issues/issue';
import { ObservationBuilder } from '../../src/data/columns/observation-store';
import { periodCode } from '../../src/domain/period';
import { regionIndexOf } from '../../src/domain/regions';
import { accountingBalances, importCsv, issuesWith, storedRows } from '../support/import-helpers';

interface RowSpec {
  readonly region?: string;
  readonly indicator?: string;
  readonly year?: number;
  readonly gender?: number;
  /** A number, or a marker string. */
  readonly value: number | string;
  readonly line: number;
}

function builderWith(rows: readonly RowSpec[]): ObservationBuilder {
  const b = new ObservationBuilder(4);
  const file = b.fileCode('t.csv');
  for (const r of rows) {
    const marker = typeof r.value === 'string' ? b.markerCode(r.value) : 0;
    b.push(
      regionIndexOf(r.region ?? '01') ?? 0,
      b.indicatorCode(r.indicator ?? 'a'),
      periodCode({ granularity: 'year', year: r.year ?? 2023, sub: 0 }),
      r.gender ?? 0,
      typeof r.value === 'number' ? r.value : Number.NaN,
      marker,
      r.line,
      file,
    );
  }
  return b;
}

function resolve(rows: readonly RowSpec[]): {
  keep: number[] | undefined;
  repeated: number;
  conflicting: number;
  issues: IssueCollector;
} {
  const issues = new IssueCollector('t.csv');
  const outcome = resolveDuplicates(builderWith(rows), issues);
  return {
    keep: outcome.keep ? Array.from(outcome.keep) : undefined,
    repeated: outcome.repeated,
    conflicting: outcome.conflicting,
    issues,
  };
}

describe('resolveDuplicates', () => {
  it('nothing to do for fewer than two rows or distinct keys, in any order', () => {
    expect(resolve([{ value: 1, line: 2 }])).toMatchObject({ keep: undefined, repeated: 0, conflicting: 0 });
    const distinct = resolve([
      { year: 2024, value: 1, line: 2 },
      { year: 2023, value: 1, line: 3 },
      { region: '00', value: 1, line: 4 },
      { indicator: 'b', value: 1, line: 5 },
      { gender: 1, value: 1, line: 6 },
    ]);
    expect(distinct).toMatchObject({ keep: undefined, repeated: 0, conflicting: 0 });
    expect(distinct.issues.finish()).toEqual([]);
  });

  it('rows sorted in any order of indicator, region and period: a repeat is found wherever it is', () => {
    // Every row of 2 indicators × 2 regions × 2 years × 2 genders, sorted by each of the six orders.
    const fields = ['indicator', 'region', 'year'] as const;
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    const all: Omit<RowSpec, 'line'>[] = [];
    for (const indicator of ['a', 'b'])
      for (const region of ['01', '03'])
        for (const year of [2022, 2023])
          for (const gender of [0, 1]) all.push({ indicator, region, year, gender, value: 1 });
    for (const order of orders) {
      const by = order.map((k) => fields[k] ?? 'year');
      const sorted = [...all].sort((x, y) => {
        for (const f of by) if (x[f] !== y[f]) return String(x[f]) < String(y[f]) ? -1 : 1;
        return (x.gender ?? 0) - (y.gender ?? 0);
      });
      const lines = (rows: Omit<RowSpec, 'line'>[]): RowSpec[] => rows.map((r, i) => ({ ...r, line: i + 2 }));
      expect(resolve(lines(sorted))).toMatchObject({ keep: undefined, repeated: 0, conflicting: 0 });
      // A repeat right after its first row, one after a row of another gender, and one at the end.
      for (const at of [1, 2, sorted.length]) {
        const repeat = sorted[at - 1 - (at === 2 ? 1 : 0)] as Omit<RowSpec, 'line'>;
        const rows = [...sorted.slice(0, at), { ...repeat, value: 2 }, ...sorted.slice(at)];
        const outcome = resolve(lines(rows));
        expect(outcome.conflicting, `order ${by.join(',')}, repeat at ${at}`).toBe(1);
        expect(outcome.keep?.filter((k) => k === 0)).toHaveLength(1);
      }
    }
  });

  it('a repeat with the same value is skipped with a warning naming the first line', () => {
    const { keep, repeated, conflicting, issues } = resolve([
      { value: 1.5, line: 2 },
      { region: '03', value: 9, line: 3 },
      { value: 1.5, line: 4 },
    ]);
    expect({ keep, repeated, conflicting }).toEqual({ keep: [1, 1, 0], repeated: 1, conflicting: 0 });
    const [issue] = issues.finish();
    expect(issue).toMatchObject({ code: 'duplicate_same', severity: 'warning', line: 4 });
    expect(issue?.message.en).toContain('line 2');
  });

  it('a repeat with another value is rejected with an error naming the first line and both values', () => {
    const { keep, repeated, conflicting, issues } = resolve([
      { value: 1.5, line: 2 },
      { value: 2.5, line: 7 },
    ]);
    expect({ keep, repeated, conflicting }).toEqual({ keep: [1, 0], repeated: 0, conflicting: 1 });
    const [issue] = issues.finish();
    expect(issue).toMatchObject({ code: 'duplicate_conflict', severity: 'error', line: 7 });
    expect(issue?.message.en).toContain('line 2');
    expect(issue?.message.en).toContain('2.5 against 1.5');
  });

  it('later repeats are compared with the first row, not the one before', () => {
    const { keep, repeated, conflicting, issues } = resolve([
      { value: 1, line: 2 },
      { value: 2, line: 3 },
      { value: 1, line: 4 },
    ]);
    expect({ keep, repeated, conflicting }).toEqual({ keep: [1, 0, 0], repeated: 1, conflicting: 1 });
    expect(issues.finish().map((i) => [i.code, i.line])).toEqual([
      ['duplicate_conflict', 3],
      ['duplicate_same', 4],
    ]);
  });

  it('markers: the same marker repeats, a marker against a number or another marker conflicts', () => {
    expect(
      resolve([
        { value: '..', line: 2 },
        { value: '..', line: 3 },
      ]),
    ).toMatchObject({ repeated: 1, conflicting: 0 });
    expect(
      resolve([
        { value: '..', line: 2 },
        { value: 0, line: 3 },
      ]),
    ).toMatchObject({ repeated: 0, conflicting: 1 });
    expect(
      resolve([
        { value: 0, line: 2 },
        { value: '..', line: 3 },
      ]),
    ).toMatchObject({ repeated: 0, conflicting: 1 });
    expect(
      resolve([
        { value: '..', line: 2 },
        { value: '.', line: 3 },
      ]),
    ).toMatchObject({ repeated: 0, conflicting: 1 });
    const { issues } = resolve([
      { value: '..', line: 2 },
      { value: 4, line: 3 },
    ]);
    expect(issues.finish()[0]?.message.en).toContain('4 against ".."');
  });
});

describe('duplicates through importFile', () => {
  it('same value: skipped with a warning; accounting balances', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde'],
      ['01', 'a', '2023', '1,5'],
      ['03', 'a', '2023', '2'],
      ['01', 'a', '2023', '1,5'],
    ]);
    expect({
      records: result.records,
      accepted: result.accepted,
      rejected: result.rejected,
      skipped: result.skipped,
    }).toEqual({
      records: 3,
      accepted: 2,
      rejected: 0,
      skipped: 1,
    });
    expect(issuesWith(result, 'duplicate_same').map((i) => [i.line, i.severity])).toEqual([[4, 'warning']]);
    expect(issuesWith(result, 'duplicate_same')[0]?.message.en).toContain('line 2');
    expect(storedRows(result).map((r) => [r.region, r.value, r.line])).toEqual([
      ['01', 1.5, 2],
      ['03', 2, 3],
    ]);
  });

  it('different value: rejected with an error; the first row is kept', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde'],
      ['01', 'a', '2023', '1,5'],
      ['1', 'a', '2023', '1,6'],
    ]);
    expect({ accepted: result.accepted, rejected: result.rejected, skipped: result.skipped }).toEqual({
      accepted: 1,
      rejected: 1,
      skipped: 0,
    });
    const [conflict] = issuesWith(result, 'duplicate_conflict');
    expect(conflict).toMatchObject({ line: 3, severity: 'error' });
    expect(conflict?.message.en).toContain('line 2');
    expect(storedRows(result).map((r) => r.value)).toEqual([1.5]);
    expect(accountingBalances(result)).toBe(true);
  });

  it('spellings of one key are one key: "2023K1" and "2023-Q1", "01" and "Stockholms län"', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde'],
      ['01', 'a', '2023K1', '1'],
      ['Stockholms län', 'a', '2023-Q1', '1'],
    ]);
    expect(result.skipped).toBe(1);
    expect(issuesWith(result, 'duplicate_same')).toHaveLength(1);
  });

  it('a note on a skipped duplicate goes with it; the kept row keeps its own', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde', 'kommentar'],
      ['03', 'a', '2023', '2', 'först'],
      ['01', 'a', '2023', '1', 'behålls'],
      ['03', 'a', '2023', '2', 'dubblett'],
    ]);
    expect(storedRows(result).map((r) => [r.region, r.note])).toEqual([
      ['03', 'först'],
      ['01', 'behålls'],
    ]);
  });
});
