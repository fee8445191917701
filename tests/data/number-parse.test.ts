import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue, type DecimalHint, type ValueParse } from '../../src/data/text/number-parse';

function numberOf(parse: ValueParse): number | undefined {
  return parse.kind === 'number' ? parse.value : undefined;
}

describe('parseValue: numbers', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-3,2', -3.2],
    ['\u22123,2', -3.2], // minus sign
    ['\u20133,2', -3.2], // en dash
    ['+4', 4],
    ['0', 0],
    ['007', 7],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5], // no-break space
    ['1\u202f234,5', 1234.5], // narrow no-break space
    ['1\u2009234,5', 1234.5], // thin space
    ['12 345', 12345],
    ['1 234 567,89', 1234567.89],
    ['-1 234,5', -1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567,5', 1234567.5],
    ['1,2E+05', 120000],
    ['1.5e3', 1500],
    ['2E-3', 0.002],
    [' 12,5 ', 12.5],
    ['\u00a012,5\u00a0', 12.5],
  ] as const)('%j → %d', (raw, value) => {
    const parse = parseValue(raw, ',');
    expect(parse.kind).toBe('number');
    expect(numberOf(parse)).toBe(value);
  });

  it('"-0" and "−0" give 0, not −0', () => {
    for (const raw of ['-0', '\u22120', '-0,0', '-0.000']) {
      const value = numberOf(parseValue(raw, ','));
      expect(value).toBe(0);
      expect(Object.is(value, -0)).toBe(false);
    }
  });

  it("reads the same number whatever the file's decimal hint when it is unambiguous", () => {
    const hints: DecimalHint[] = [',', '.', undefined];
    for (const hint of hints) {
      expect(numberOf(parseValue('12,5', hint))).toBe(12.5);
      expect(numberOf(parseValue('12.5', hint))).toBe(12.5);
      expect(numberOf(parseValue('1 234,5', hint))).toBe(1234.5);
    }
  });
});

describe('parseValue: missing-value markers are kept, never 0', () => {
  it.each(['', '..', '.', '...', '-', '–', ':', 'x', 'NA'])('%j is a marker', (raw) => {
    expect(parseValue(raw, ',')).toEqual({ kind: 'marker', marker: raw });
  });

  it('a marker with spaces around it is the marker', () => {
    expect(parseValue(' .. ', ',')).toEqual({ kind: 'marker', marker: '..' });
    expect(parseValue('   ', ',')).toEqual({ kind: 'marker', marker: '' });
  });
});

describe('parseValue: invalid cells', () => {
  it.each([
    ['tolv', 'not_a_number'],
    ['abc123', 'not_a_number'],
    ['1,2,3', 'several_decimal_separators'],
    ['1.2.3', 'several_decimal_separators'],
    ['12 34', 'bad_grouping'],
    ['1 23,5', 'bad_grouping'],
    ['12.34,5', 'bad_grouping'],
    ['1,2.3,4', 'several_decimal_separators'],
    ['12,5 %', 'unit_or_text'],
    ['12,5%', 'unit_or_text'],
    ['100 kr', 'unit_or_text'],
    ['12a', 'unit_or_text'],
    ['1e400', 'not_finite'],
    ['\u2212', 'not_a_number'],
    ['+', 'not_a_number'],
    ['--3', 'not_a_number'],
  ] as const)('%j is invalid: %s', (raw, reason) => {
    expect(parseValue(raw, ',')).toEqual({ kind: 'invalid', reason });
  });
});

describe('parseValue: ambiguous separators', () => {
  it('"1.234" in a ; file (decimal comma) is read as 1.234 and flagged', () => {
    expect(parseValue('1.234', ',')).toEqual({ kind: 'number', value: 1.234, note: 'ambiguous_separator' });
  });

  it('"1,234" in a , file (decimal point) is read as 1.234 and flagged; in a ; file it is plain', () => {
    expect(parseValue('1,234', '.')).toEqual({ kind: 'number', value: 1.234, note: 'ambiguous_separator' });
    expect(parseValue('1,234', ',')).toEqual({ kind: 'number', value: 1.234, note: undefined });
  });

  it('without a hint (tab files) one separator before three digits is flagged either way', () => {
    expect(parseValue('1.234', undefined)).toMatchObject({ note: 'ambiguous_separator' });
    expect(parseValue('1,234', undefined)).toMatchObject({ note: 'ambiguous_separator' });
  });

  it('the same separator as the hint is never ambiguous', () => {
    expect(parseValue('1.234', '.')).toMatchObject({ value: 1.234, note: undefined });
  });

  it.each(['12.5', '0.123', '1234.567', '12.3456', '-0.123', '1.234e2', '1 234.567'])(
    '%j is not ambiguous',
    (raw) => {
      const parse = parseValue(raw, ',');
      expect(parse.kind).toBe('number');
      expect(parse.kind === 'number' && parse.note).toBeUndefined();
    },
  );

  it('a signed or non-ASCII-minus number can be ambiguous too', () => {
    expect(parseValue('-1.234', ',')).toEqual({ kind: 'number', value: -1.234, note: 'ambiguous_separator' });
    expect(parseValue('\u22121.234', ',')).toEqual({
      kind: 'number',
      value: -1.234,
      note: 'ambiguous_separator',
    });
  });
});

describe('parseValue: the fast path gives the very double the full parser gives', () => {
  it('for any plain decimal of up to 15 characters, with comma or point, signed or not', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 99_999_999n }),
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
        fc.constantFrom(',', '.'),
        (negative, int, fraction, sep) => {
          const text = `${negative ? '-' : ''}${int}${fraction === undefined ? '' : `${sep}${fraction}`}`;
          const parsed = parseValue(text, sep === ',' ? ',' : '.');
          expect(parsed.kind).toBe('number');
          expect(parsed.kind === 'number' ? parsed.value : NaN).toBe(Number(text.replace(',', '.')) + 0);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('a long number (over 15 characters) goes the full way, with the same result', () => {
    expect(parseValue('1234567890123,45', ',')).toEqual({
      kind: 'number',
      value: 1234567890123.45,
      note: undefined,
    });
    expect(parseValue('9007199254740993', ',')).toEqual({
      kind: 'number',
      value: 9007199254740992,
      note: undefined,
    });
  });
});
