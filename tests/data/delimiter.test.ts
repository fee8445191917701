import { describe, expect, it } from 'vitest';
import { decimalHintFor, delimiterName, detectDelimiter, firstLine } from '../../src/data/text/delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['region;indikator;period;värde', ';'],
    ['region,indikator,period,value', ','],
    ['region\tindikator\tperiod\tvärde', '\t'],
    ['"a;b";"c;d",e,f,g', ','], // one ; outside quotes against three ,
    ['a;b,c', ';'], // a tie prefers ;
    ['a\tb,c', '\t'], // a tie prefers tab over ,
    ['a;b;c,d', ';'],
  ])('%j → %j', (line, delimiter) => {
    expect(detectDelimiter(line)).toBe(delimiter);
  });

  it('is undefined for a line with no delimiter', () => {
    expect(detectDelimiter('Arbetslöshet 20-64 år')).toBeUndefined();
    expect(detectDelimiter('"a;b"')).toBeUndefined();
  });
});

describe('firstLine', () => {
  it('ends at the first CR or LF outside quotes', () => {
    expect(firstLine('a;b\nc')).toBe('a;b');
    expect(firstLine('a;b\r\nc')).toBe('a;b');
    expect(firstLine('a;b\rc')).toBe('a;b');
    expect(firstLine('"x\ny";z\nq')).toBe('"x\ny";z');
    expect(firstLine('\nabc')).toBe('');
  });

  it('is undefined until a line break is seen', () => {
    expect(firstLine('a;b')).toBeUndefined();
    expect(firstLine('"a\nb')).toBeUndefined();
  });
});

describe('decimalHintFor and delimiterName', () => {
  it('; files use decimal comma, , files decimal point, tab files either', () => {
    expect(decimalHintFor(';')).toBe(',');
    expect(decimalHintFor(',')).toBe('.');
    expect(decimalHintFor('\t')).toBeUndefined();
    expect(decimalHintFor(undefined)).toBeUndefined();
  });

  it('names tab for people', () => {
    expect(delimiterName('\t')).toBe('tab');
    expect(delimiterName(';')).toBe(';');
    expect(delimiterName(undefined)).toBe('');
  });
});
