import { describe, expect, it } from 'vitest';
import { clampDecimals } from '../../src/domain/decimals';
import { formatNumber, formatValue } from '../../src/i18n/format';

describe('decimals the formatters are given', () => {
  it('outside 0–10 are clamped instead of throwing (Intl.NumberFormat throws outside 0–100)', () => {
    expect(() => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 101 })).toThrow(RangeError);
    expect(formatNumber(1.5, 101, 'en')).toBe('1.5000000000');
    expect(formatNumber(1.5, -1, 'en')).toBe('2');
    expect(formatNumber(-3.25, 1.5, 'sv')).toBe('−3,25');
    expect(formatValue(1.25, null, Number.NaN, 'en')).toBe('1.3');
    expect(formatValue(1.25, null, Number.POSITIVE_INFINITY, 'en')).toBe('1.2500000000');
  });

  it('clampDecimals: whole numbers 0–10, NaN the default', () => {
    expect([101, -1, 2.4, 2.6, Number.NaN, -Infinity, 7].map(clampDecimals)).toEqual([10, 0, 2, 3, 1, 0, 7]);
  });
});
