import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  parsePeriod,
  periodCode,
  periodEnd,
  periodFromCode,
  periodKey,
  periodLabel,
  periodLongLabel,
  periodMidpoint,
  previousPeriod,
  samePeriodLastYear,
  type Period,
} from '../../src/domain/period';

const year = (y: number): Period => ({ granularity: 'year', year: y, sub: 0 });
const quarter = (y: number, q: number): Period => ({ granularity: 'quarter', year: y, sub: q });
const month = (y: number, m: number): Period => ({ granularity: 'month', year: y, sub: m });

describe('parsePeriod', () => {
  it('calls a second part a split year only when it names the next year', () => {
    expect(parsePeriod('2022-23')).toEqual({ ok: false, problem: 'split_year' });
    expect(parsePeriod('2022/2023')).toEqual({ ok: false, problem: 'split_year' });
    expect(parsePeriod('2022-13')).toEqual({ ok: false, problem: 'bad_month' });
  });

  it.each([
    ['2023', year(2023)],
    [' 2023 ', year(2023)],
    ['2023K1', quarter(2023, 1)],
    ['2023k4', quarter(2023, 4)],
    ['2023Q1', quarter(2023, 1)],
    ['2023-Q1', quarter(2023, 1)],
    ['2023 K2', quarter(2023, 2)],
    ['2023M01', month(2023, 1)],
    ['2023M1', month(2023, 1)],
    ['2023m12', month(2023, 12)],
    ['2023-01', month(2023, 1)],
    ['2023-12', month(2023, 12)],
    ['1900', year(1900)],
    ['2100', year(2100)],
  ] as const)('%j → %o', (raw, period) => {
    expect(parsePeriod(raw)).toEqual({ ok: true, period });
  });

  it.each([
    ['2023K5', 'bad_quarter'],
    ['2023K0', 'bad_quarter'],
    ['2023Q9', 'bad_quarter'],
    ['2023M13', 'bad_month'],
    ['2023M00', 'bad_month'],
    ['2022/23', 'split_year'],
    ['2022-23', 'split_year'],
    ['2022/2023', 'split_year'],
    ['2022–23', 'split_year'],
    ['1850', 'year_out_of_range'],
    ['1899', 'year_out_of_range'],
    ['2101', 'year_out_of_range'],
    ['1850K1', 'year_out_of_range'],
    ['', 'unrecognised'],
    ['23', 'unrecognised'],
    ['januari 2023', 'unrecognised'],
    ['2023-01-15', 'unrecognised'],
    ['20231', 'unrecognised'],
  ] as const)('%j is refused: %s', (raw, problem) => {
    expect(parsePeriod(raw)).toEqual({ ok: false, problem });
  });

  // BUG: the comment in parsePeriod says a dashed two-digit second part is a split year when it is
  // "above 12"; month 00 is not above 12, yet "2023-00" is reported as a split year (whose message
  // says "2022/23 is not supported") while "2023M00" is correctly a bad month.
  it('"2023-00" is a bad month, like "2023M00", not a split year', () => {
    expect(parsePeriod('2023-00')).toEqual({ ok: false, problem: 'bad_month' });
  });
});

describe('periodKey', () => {
  it('normalises to 2023, 2023-Q1, 2023-01', () => {
    expect(periodKey(year(2023))).toBe('2023');
    expect(periodKey(quarter(2023, 1))).toBe('2023-Q1');
    expect(periodKey(month(2023, 1))).toBe('2023-01');
    expect(periodKey(month(2023, 11))).toBe('2023-11');
  });

  it('every spelling of one period gives one key', () => {
    const keys = ['2023K1', '2023Q1', '2023-Q1', '2023 k1'].map((s) => {
      const p = parsePeriod(s);
      return p.ok ? periodKey(p.period) : s;
    });
    expect(new Set(keys)).toEqual(new Set(['2023-Q1']));
  });
});

describe('periodCode', () => {
  it('is year × 64 + granularity × 16 + sub', () => {
    expect(periodCode(year(2023))).toBe(2023 * 64);
    expect(periodCode(quarter(2023, 3))).toBe(2023 * 64 + 16 + 3);
    expect(periodCode(month(2023, 12))).toBe(2023 * 64 + 32 + 12);
  });

  it('round-trips through periodFromCode for every period 1900–2100', () => {
    for (let y = 1900; y <= 2100; y++) {
      const all = [
        year(y),
        ...[1, 2, 3, 4].map((q) => quarter(y, q)),
        ...Array.from({ length: 12 }, (_, i) => month(y, i + 1)),
      ];
      for (const p of all) expect(periodFromCode(periodCode(p))).toEqual(p);
    }
  });

  it('orders periods of one granularity in time', () => {
    expect(periodCode(quarter(2023, 4))).toBeLessThan(periodCode(quarter(2024, 1)));
    expect(periodCode(month(2023, 12))).toBeLessThan(periodCode(month(2024, 1)));
    expect(periodCode(month(2023, 9))).toBeLessThan(periodCode(month(2023, 10)));
    expect(periodCode(year(2022))).toBeLessThan(periodCode(year(2023)));
  });

  it('keeps the granularity: a year, its first quarter and its first month differ', () => {
    const codes = [year(2023), quarter(2023, 1), month(2023, 1)].map(periodCode);
    expect(new Set(codes).size).toBe(3);
  });
});

describe('comparePeriods', () => {
  it('sorts a granularity in time order', () => {
    const shuffled = [month(2024, 1), month(2023, 10), month(2023, 2), month(2023, 12)];
    expect([...shuffled].sort(comparePeriods)).toEqual([
      month(2023, 2),
      month(2023, 10),
      month(2023, 12),
      month(2024, 1),
    ]);
    const quarters = [quarter(2024, 1), quarter(2023, 4), quarter(2023, 1)];
    expect([...quarters].sort(comparePeriods)).toEqual([
      quarter(2023, 1),
      quarter(2023, 4),
      quarter(2024, 1),
    ]);
  });

  it('is zero only for the same period and antisymmetric', () => {
    expect(comparePeriods(quarter(2023, 2), quarter(2023, 2))).toBe(0);
    const pairs: [Period, Period][] = [
      [year(2023), quarter(2023, 1)],
      [quarter(2023, 1), month(2023, 2)], // same midpoint, 2023.125
      [month(2023, 6), year(2023)],
    ];
    for (const [a, b] of pairs) {
      expect(comparePeriods(a, b)).not.toBe(0);
      expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)));
    }
  });

  it('across granularities orders by the middle of the period', () => {
    // 2023-Q1 is centred on 2023.125, the year 2023 on 2023.5.
    expect(comparePeriods(quarter(2023, 1), year(2023))).toBeLessThan(0);
    expect(comparePeriods(year(2023), month(2023, 7))).toBeLessThan(0);
  });
});

describe('periodMidpoint, periodEnd, previousPeriod, samePeriodLastYear', () => {
  it('midpoints and ends in fractional years', () => {
    expect(periodMidpoint(year(2023))).toBe(2023.5);
    expect(periodMidpoint(quarter(2023, 1))).toBe(2023.125);
    expect(periodMidpoint(month(2023, 1))).toBeCloseTo(2023 + 1 / 24, 10);
    expect(periodEnd(year(2023))).toBe(2024);
    expect(periodEnd(quarter(2023, 2))).toBe(2023.5);
    expect(periodEnd(month(2023, 12))).toBe(2024);
  });

  it('previousPeriod steps back one period, across year ends', () => {
    expect(previousPeriod(year(2023))).toEqual(year(2022));
    expect(previousPeriod(quarter(2023, 3))).toEqual(quarter(2023, 2));
    expect(previousPeriod(quarter(2023, 1))).toEqual(quarter(2022, 4));
    expect(previousPeriod(month(2023, 1))).toEqual(month(2022, 12));
    expect(previousPeriod(month(2023, 5))).toEqual(month(2023, 4));
  });

  it('samePeriodLastYear keeps the quarter or month', () => {
    expect(samePeriodLastYear(quarter(2023, 3))).toEqual(quarter(2022, 3));
    expect(samePeriodLastYear(month(2023, 1))).toEqual(month(2022, 1));
  });
});

describe('labels', () => {
  it('short labels: years as is, quarters "2023 K1" / "2023 Q1"', () => {
    expect(periodLabel(year(2023), 'sv')).toBe('2023');
    expect(periodLabel(quarter(2023, 1), 'sv')).toBe('2023 K1');
    expect(periodLabel(quarter(2023, 1), 'en')).toBe('2023 Q1');
  });

  it('short month labels with date-fns sv / en-GB', () => {
    expect(periodLabel(month(2023, 1), 'sv')).toBe('jan. 2023');
    expect(periodLabel(month(2023, 5), 'sv')).toBe('maj 2023');
    expect(periodLabel(month(2023, 1), 'en')).toBe('Jan 2023');
  });

  it('long labels: "1:a kvartalet 2023", "januari 2023"', () => {
    expect(periodLongLabel(quarter(2023, 1), 'sv')).toBe('1:a kvartalet 2023');
    expect(periodLongLabel(quarter(2023, 2), 'sv')).toBe('2:a kvartalet 2023');
    expect(periodLongLabel(quarter(2023, 3), 'sv')).toBe('3:e kvartalet 2023');
    expect(periodLongLabel(quarter(2023, 4), 'sv')).toBe('4:e kvartalet 2023');
    expect(periodLongLabel(quarter(2023, 1), 'en')).toBe('1st quarter 2023');
    expect(periodLongLabel(month(2023, 1), 'sv')).toBe('januari 2023');
    expect(periodLongLabel(month(2023, 12), 'en')).toBe('December 2023');
    expect(periodLongLabel(year(2023), 'sv')).toBe('2023');
  });
});
