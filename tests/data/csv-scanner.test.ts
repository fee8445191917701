import { describe, expect, it } from 'vitest';
import { CsvScanner } from '../../src/data/text/csv-scanner';
import { chunksOf, scan, splitAt } from '../support/scan';

const fieldsOf = (text: string, delimiter = ';'): string[][] => scan(text, delimiter).map((r) => r.fields);

describe('CsvScanner: fields and records', () => {
  it('splits records on line breaks and fields on the delimiter', () => {
    expect(scan('a;b\nc;d')).toEqual([
      { fields: ['a', 'b'], fieldLines: [1, 1], line: 1, lastLine: 1, problem: undefined, problemField: -1 },
      { fields: ['c', 'd'], fieldLines: [2, 2], line: 2, lastLine: 2, problem: undefined, problemField: -1 },
    ]);
  });

  it('keeps empty fields', () => {
    expect(fieldsOf(';;')).toEqual([['', '', '']]);
    expect(fieldsOf('a;\n;b')).toEqual([
      ['a', ''],
      ['', 'b'],
    ]);
  });

  it('uses the delimiter it is given', () => {
    expect(fieldsOf('a,b;c\td', ',')).toEqual([['a', 'b;c\td']]);
    expect(fieldsOf('a,b;c\td', '\t')).toEqual([['a,b;c', 'd']]);
  });

  it('reads quoted fields holding the delimiter and doubled quotes', () => {
    expect(fieldsOf('"a;b";c')).toEqual([['a;b', 'c']]);
    expect(fieldsOf('"say ""hej""";x')).toEqual([['say "hej"', 'x']]);
    expect(fieldsOf('"";""""')).toEqual([['', '"']]);
  });

  it('a quote inside an unquoted field is an ordinary character', () => {
    expect(fieldsOf('ab"c;d')).toEqual([['ab"c', 'd']]);
  });

  it('the last line may end without a line break, and a final line break adds no record', () => {
    expect(fieldsOf('a;b')).toEqual([['a', 'b']]);
    expect(fieldsOf('a;b\n')).toEqual([['a', 'b']]);
    expect(fieldsOf('a;b\r\n')).toEqual([['a', 'b']]);
    expect(fieldsOf('a;b\r')).toEqual([['a', 'b']]);
    expect(fieldsOf('')).toEqual([]);
  });

  it('a trailing delimiter at the end of the input is one more empty field', () => {
    expect(fieldsOf('a;')).toEqual([['a', '']]);
  });
});

describe('CsvScanner: line numbers', () => {
  it('CRLF, LF and a lone CR each end one line', () => {
    const records = scan('a\r\nb\nc\rd');
    expect(records.map((r) => [r.fields[0], r.line, r.lastLine])).toEqual([
      ['a', 1, 1],
      ['b', 2, 2],
      ['c', 3, 3],
      ['d', 4, 4],
    ]);
  });

  it('blank lines are records of one empty field, on their own line', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const records = scan(['a', '', 'b', '', ''].join(eol) + eol);
      expect(records.map((r) => [r.fields, r.line])).toEqual([
        [['a'], 1],
        [[''], 2],
        [['b'], 3],
        [[''], 4],
        [[''], 5],
      ]);
    }
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('line breaks inside quotes (%s) are kept and counted', (_name, eol) => {
    const text = ['h', `"x${eol}y";z`, 'next'].join(eol);
    const records = scan(text);
    expect(records.map((r) => r.fields)).toEqual([['h'], [`x${eol}y`, 'z'], ['next']]);
    expect(records[1]).toMatchObject({ line: 2, lastLine: 3, fieldLines: [2, 3] });
    expect(records[2]).toMatchObject({ line: 4, lastLine: 4 });
  });

  it('counts several line breaks in one field, and field lines after it', () => {
    const records = scan('"a\n\nb";"c\r\nd";e\nf');
    expect(records[0]).toMatchObject({
      fields: ['a\n\nb', 'c\r\nd', 'e'],
      line: 1,
      lastLine: 4,
      fieldLines: [1, 3, 4],
    });
    expect(records[1]).toMatchObject({ fields: ['f'], line: 5 });
  });
});

describe('CsvScanner: problems', () => {
  it('an unterminated quote takes the rest of the input into one field, flagged on its opening line', () => {
    const records = scan('h\nr;"abc\ndef\nghi');
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual({
      fields: ['r', 'abc\ndef\nghi'],
      fieldLines: [2, 2],
      line: 2,
      lastLine: 4,
      problem: 'unterminated_quote',
      problemField: 1,
    });
  });

  it('an unterminated quote ending in a line break ends on the line before it', () => {
    const records = scan('h\nr;"abc\ndef\n');
    expect(records[1]).toMatchObject({
      problem: 'unterminated_quote',
      line: 2,
      lastLine: 3,
      fields: ['r', 'abc\ndef\n'],
    });
  });

  it('text after a closing quote is kept and flagged; the next record is clean', () => {
    const records = scan('"ab"cd;e\nf;g');
    expect(records[0]).toMatchObject({ fields: ['abcd', 'e'], problem: 'text_after_quote', problemField: 0 });
    expect(records[1]).toMatchObject({ fields: ['f', 'g'], problem: undefined, line: 2 });
  });

  it('text after a quote in a later field names that field', () => {
    const records = scan('a;"b" ;c');
    expect(records[0]).toMatchObject({
      fields: ['a', 'b ', 'c'],
      problem: 'text_after_quote',
      problemField: 1,
    });
  });
});

describe('CsvScanner: usage', () => {
  it('refuses delimiters it cannot use', () => {
    for (const d of ['"', '\n', '\r', '', ';;'])
      expect(() => new CsvScanner(d, () => {})).toThrow(RangeError);
  });

  it('refuses input after finish, and finish twice is harmless', () => {
    const scanner = new CsvScanner(';', () => {});
    scanner.push('a');
    scanner.finish();
    expect(() => scanner.finish()).not.toThrow();
    expect(() => scanner.push('b')).toThrow();
  });

  it('reuses field buffers of any width', () => {
    const wide = Array.from({ length: 200 }, (_, i) => `f${i}`);
    const records = scan(`${wide.join(';')}\nx`);
    expect(records[0]?.fields).toEqual(wide);
    expect(records[0]?.fieldLines).toHaveLength(200);
    expect(records[1]?.fields).toEqual(['x']);
  });
});

describe('CsvScanner: chunking does not change the result', () => {
  const TEXTS: readonly string[] = [
    'region;värde\r\n01;"12,5"\r\n"a\r\nb";"x""y"\r\n\r\nlast',
    '"q";"";"""";x\n"r\ns";t\r\n"u"\r"v"',
    'a;"b\r\n\r\nc"d;e\r\n"open;\r\nnever\nclosed',
    ';;\r\r\n\n"";\r\n"a"',
    'å;ä;ö\n"😀;\n";ok',
  ];

  it('the texts cover the hard places: CR before LF, quotes at chunk ends, doubled quotes', () => {
    const all = TEXTS.join('');
    expect(all).toContain('\r\n');
    expect(all).toContain('""');
    expect(all).toMatch(/"\r\n/);
  });

  it.each(TEXTS.map((t) => [JSON.stringify(t), t] as const))(
    '%s: every split into two chunks',
    (_label, text) => {
      const whole = scan(text);
      for (let i = 0; i <= text.length; i++) expect(scan(splitAt(text, [i])), `split at ${i}`).toEqual(whole);
    },
  );

  it.each(TEXTS.map((t) => [JSON.stringify(t), t] as const))(
    '%s: every split into three chunks',
    (_label, text) => {
      const whole = scan(text);
      for (let i = 0; i <= text.length; i++) {
        for (let j = i; j <= text.length; j++)
          expect(scan(splitAt(text, [i, j])), `split at ${i}, ${j}`).toEqual(whole);
      }
    },
  );

  it.each(TEXTS.map((t) => [JSON.stringify(t), t] as const))('%s: every chunk size', (_label, text) => {
    const whole = scan(text);
    for (let size = 1; size <= text.length; size++)
      expect(scan(chunksOf(text, size)), `size ${size}`).toEqual(whole);
  });

  it('empty chunks change nothing', () => {
    const text = TEXTS[0] ?? '';
    expect(scan(['', ...splitAt(text, [3]), '', ''])).toEqual(scan(text));
  });
});
