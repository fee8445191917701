import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { DETAILED_ISSUES_PER_CODE } from '../../src/data/issues/issue';
import { bytes, csvBytes } from '../support/csv-bytes';
import {
  accountingBalances,
  codesOf,
  importCsv,
  issueKeys,
  issuesWith,
  LONG_HEADER,
  storedRows,
} from '../support/import-helpers';
import type { ImportResult } from '../../src/data/import/import-result';

function counts(result: ImportResult): {
  records: number;
  accepted: number;
  rejected: number;
  skipped: number;
} {
  expect(accountingBalances(result)).toBe(true);
  return {
    records: result.records,
    accepted: result.accepted,
    rejected: result.rejected,
    skipped: result.skipped,
  };
}

describe('importFile: long CSV layouts', () => {
  it('; with decimal comma, every period form, regions kept as code strings', () => {
    const result = importCsv([
      LONG_HEADER,
      ['01', 'nyforetagande', '2023', '12,5'],
      ['20', 'nyforetagande', '2023K1', '1 234,5'],
      ['00', 'nyforetagande', '2023M01', '−3,2'],
      ['2080', 'nyforetagande', '2023-02', '0,0'],
    ]);
    expect(result).toMatchObject({ format: 'long-csv', delimiter: ';', encoding: 'utf-8' });
    expect(counts(result)).toEqual({ records: 4, accepted: 4, rejected: 0, skipped: 0 });
    expect(storedRows(result)).toEqual([
      {
        region: '01',
        indicator: 'nyforetagande',
        period: '2023',
        gender: 'T',
        value: 12.5,
        marker: null,
        line: 2,
        note: undefined,
      },
      {
        region: '20',
        indicator: 'nyforetagande',
        period: '2023-Q1',
        gender: 'T',
        value: 1234.5,
        marker: null,
        line: 3,
        note: undefined,
      },
      {
        region: '00',
        indicator: 'nyforetagande',
        period: '2023-01',
        gender: 'T',
        value: -3.2,
        marker: null,
        line: 4,
        note: undefined,
      },
      {
        region: '2080',
        indicator: 'nyforetagande',
        period: '2023-02',
        gender: 'T',
        value: 0,
        marker: null,
        line: 5,
        note: undefined,
      },
    ]);
    expect(result.issues).toEqual([]);
  });

  it(', with decimal point; quoted cells', () => {
    const result = importCsv(
      [
        ['region', 'indicator', 'period', 'value'],
        ['01', 'a', '2023', '12.5'],
        ['"03"', '"a"', '"2023"', '"1,234.5"'],
        ['04', 'a', '2023', '1.234'],
      ],
      { delimiter: ',' },
    );
    expect(result.delimiter).toBe(',');
    expect(counts(result)).toEqual({ records: 3, accepted: 3, rejected: 0, skipped: 0 });
    expect(storedRows(result).map((r) => [r.region, r.value])).toEqual([
      ['01', 12.5],
      ['03', 1234.5],
      ['04', 1.234],
    ]);
    // In a , file the decimal point is expected: 1.234 is not ambiguous there.
    expect(issuesWith(result, 'value_ambiguous')).toEqual([]);
  });

  it('tab-separated, also as Excel\'s UTF-16LE "Unicode text" with CRLF', () => {
    const rows = [LONG_HEADER, ['01', 'a', '2023', '12,5'], ['Skåne län', 'a', '2023', '7.5']];
    for (const encoding of ['utf-8', 'utf-16le-bom', 'utf-16le'] as const) {
      const result = importFile('t.txt', csvBytes(rows, { delimiter: '\t', eol: '\r\n', encoding }));
      expect(result.delimiter).toBe('\t');
      expect(result.encoding).toBe(encoding === 'utf-8' ? 'utf-8' : 'utf-16le');
      expect(counts(result)).toEqual({ records: 2, accepted: 2, rejected: 0, skipped: 0 });
      expect(storedRows(result).map((r) => [r.region, r.value])).toEqual([
        ['01', 12.5],
        ['12', 7.5],
      ]);
    }
  });

  it('a UTF-8 BOM and CRLF line ends change nothing', () => {
    const rows = [LONG_HEADER, ['01', 'a', '2023', '1']];
    const plain = importCsv(rows);
    const bom = importCsv(rows, { encoding: 'utf-8-bom', eol: '\r\n' });
    expect(storedRows(bom)).toEqual(storedRows(plain));
    expect(bom.issues).toEqual([]);
  });

  it('reads a kön column; an unknown kön rejects the row, naming line and column', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'kön', 'värde'],
      ['01', 'a', '2023', 'K', '1'],
      ['01', 'a', '2023', 'Män', '2'],
      ['01', 'a', '2023', 'Totalt', '3'],
      ['03', 'a', '2023', '', '4'],
      ['01', 'a', '2023', 'X', '5'],
    ]);
    expect(counts(result)).toEqual({ records: 5, accepted: 4, rejected: 1, skipped: 0 });
    expect(storedRows(result).map((r) => r.gender)).toEqual(['K', 'M', 'T', 'T']);
    expect(issuesWith(result, 'gender_invalid').map((i) => [i.line, i.column])).toEqual([[6, 4]]);
  });

  it('keeps the note column, trimmed, by row', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde', 'kommentar'],
      ['01', 'a', '2023', '1', ' preliminärt '],
      ['03', 'a', '2023', '2', ''],
      ['04', 'a', '2023', '3', '"rev; ny ""metod"""'],
    ]);
    expect(storedRows(result).map((r) => r.note)).toEqual(['preliminärt', undefined, 'rev; ny "metod"']);
  });

  it('"01" stays "01"; "1" becomes "01" with a warning', () => {
    const result = importCsv([LONG_HEADER, ['01', 'a', '2023', '1'], ['1', 'a', '2024', '1']]);
    expect(storedRows(result).map((r) => r.region)).toEqual(['01', '01']);
    const [padded] = issuesWith(result, 'region_padded');
    expect(padded).toMatchObject({ severity: 'warning', line: 3, column: 1 });
    expect(padded?.message.en).toContain('"01"'.replaceAll('"', '”'));
  });

  it('a missing-value marker stays a marker, never 0', () => {
    const result = importCsv([
      LONG_HEADER,
      ['01', 'a', '2021', '..'],
      ['01', 'a', '2022', ''],
      ['01', 'a', '2023', '-'],
      ['01', 'a', '2024', '0'],
    ]);
    expect(counts(result)).toEqual({ records: 4, accepted: 4, rejected: 0, skipped: 0 });
    expect(storedRows(result).map((r) => [r.value, r.marker])).toEqual([
      [null, '..'],
      [null, ''],
      [null, '-'],
      [0, null],
    ]);
  });

  it('a file without an indicator column takes options.indicator', () => {
    const rows = [
      ['region', 'period', 'värde'],
      ['01', '2023', '1'],
      ['03', '2023', '2'],
    ];
    const result = importCsv(rows, { indicator: 'nyforetagande' });
    expect(counts(result)).toEqual({ records: 2, accepted: 2, rejected: 0, skipped: 0 });
    expect(storedRows(result).map((r) => r.indicator)).toEqual(['nyforetagande', 'nyforetagande']);
    // Without it the header lacks a column and every row is rejected, with one issue saying so.
    const without = importCsv(rows);
    expect(counts(without)).toEqual({ records: 2, accepted: 0, rejected: 2, skipped: 0 });
    expect(codesOf(without)).toEqual(['header_missing_column', 'file_rejected_rows']);
    expect(issuesWith(without, 'header_missing_column')[0]?.message.en).toContain(
      'Missing column: indikator',
    );
    expect(issuesWith(without, 'file_rejected_rows')[0]?.message.en).toContain('lines 2–3');
  });

  it('an indicator column wins over options.indicator; an empty cell there is an error', () => {
    const result = importCsv([LONG_HEADER, ['01', 'x', '2023', '1'], ['01', '', '2024', '1']], {
      indicator: 'nyforetagande',
    });
    expect(storedRows(result).map((r) => r.indicator)).toEqual(['x']);
    expect(issuesWith(result, 'indicator_empty').map((i) => [i.line, i.column])).toEqual([[3, 2]]);
    expect(counts(result)).toEqual({ records: 2, accepted: 1, rejected: 1, skipped: 0 });
  });
});

describe('importFile: cells that cannot be read', () => {
  it('each bad cell is an issue at its line and column; the row is rejected', () => {
    const result = importCsv([
      LONG_HEADER,
      ['Atlantis län', 'a', '2023', '1'],
      ['Västmanlnads län', 'a', '2023', '1'],
      ['01', 'a', '2023K5', '1'],
      ['01', 'a', '2022/23', '1'],
      ['01', 'a', '2023', 'tolv'],
      ['01', 'a', '2023', '12,5 %'],
      ['', 'a', '', '1'],
      ['11', 'a', '2023', '1'],
      ['01', 'a', '2023', '1'],
    ]);
    expect(counts(result)).toEqual({ records: 9, accepted: 1, rejected: 8, skipped: 0 });
    expect(result.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['region_unknown', 2, 1],
      ['region_unknown', 3, 1],
      ['period_invalid', 4, 3],
      ['period_invalid', 5, 3],
      ['value_invalid', 6, 4],
      ['value_invalid', 7, 4],
      ['region_empty', 8, 1],
      ['period_empty', 8, 3],
      ['region_former_code', 9, 1],
    ]);
    const en = result.issues.map((i) => i.message.en);
    expect(en[0]).not.toContain('Did you mean');
    expect(en[1]).toContain('Did you mean Västmanlands län?');
    expect(en[2]).toContain('the quarter must be 1–4');
    expect(en[3]).toContain('split years');
    expect(en[5]).toContain('followed by text or a unit');
    expect(en[8]).toContain('now Skåne län');
    expect(result.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('"1.234" in a ; file is read as 1.234 and flagged as maybe 1234', () => {
    const result = importCsv([LONG_HEADER, ['01', 'a', '2023', '1.234']]);
    expect(storedRows(result)[0]?.value).toBe(1.234);
    const [warning] = issuesWith(result, 'value_ambiguous');
    expect(warning).toMatchObject({ severity: 'warning', line: 2, column: 4 });
    expect(warning?.message.en).toContain('read as 1.234, but could be 1234');
  });

  it('notes on region spellings: ambiguous "Stockholm", mismatched "20 Stockholms län"', () => {
    const result = importCsv([
      LONG_HEADER,
      ['Stockholm', 'a', '2023', '1'],
      ['20 Stockholms län', 'a', '2023', '1'],
    ]);
    expect(storedRows(result).map((r) => r.region)).toEqual(['01', '20']);
    expect(result.issues.map((i) => [i.code, i.line, i.severity])).toEqual([
      ['region_ambiguous', 2, 'warning'],
      ['region_name_mismatch', 3, 'warning'],
    ]);
    expect(result.issues[0]?.message.en).toContain('(0180)');
  });
});

describe('importFile: file structure', () => {
  it('an empty file, a BOM alone, and whitespace alone are "file_empty"', () => {
    for (const data of [new Uint8Array(0), bytes([0xef, 0xbb, 0xbf]), bytes(' \n \n')]) {
      const result = importFile('e.csv', data);
      expect(codesOf(result)).toEqual(['file_empty']);
      expect(counts(result)).toEqual({ records: 0, accepted: 0, rejected: 0, skipped: 0 });
    }
  });

  it('a header with no rows is "no_data_rows"', () => {
    const result = importCsv([LONG_HEADER]);
    expect(codesOf(result)).toEqual(['no_data_rows']);
    expect(counts(result).records).toBe(0);
  });

  it('blank lines are skipped and reported once with their lines', () => {
    const result = importCsv([
      LONG_HEADER,
      ['01', 'a', '2023', '1'],
      '',
      ' ; ; ; ',
      ['03', 'a', '2023', '1'],
      '',
    ]);
    expect(counts(result)).toEqual({ records: 5, accepted: 2, rejected: 0, skipped: 3 });
    const [blank] = issuesWith(result, 'blank_lines');
    expect(blank).toMatchObject({ severity: 'info', line: 3 });
    expect(blank?.message.en).toBe('3 blank lines were skipped (lines 3, 4, 6).');
  });

  it('an unterminated quote rejects the rest of the file, reported on its opening line', () => {
    const result = importCsv([
      LONG_HEADER,
      ['01', 'a', '2023', '1'],
      ['03', '"a', '2023', '1'],
      ['04', 'a', '2023', '1'],
    ]);
    expect(counts(result)).toEqual({ records: 2, accepted: 1, rejected: 1, skipped: 0 });
    const [issue] = issuesWith(result, 'unterminated_quote');
    expect(issue).toMatchObject({ line: 3, column: 2 });
    expect(issue?.message.en).toContain('to line 4');
  });

  it('text after a closing quote rejects the row', () => {
    const result = importCsv([LONG_HEADER, '01;"a"b;2023;1', ['03', 'a', '2023', '1']]);
    expect(counts(result)).toEqual({ records: 2, accepted: 1, rejected: 1, skipped: 0 });
    expect(issuesWith(result, 'text_after_quote').map((i) => [i.line, i.column])).toEqual([[2, 2]]);
  });

  it('quoted line breaks count in line numbers', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde', 'kommentar'],
      ['01', 'a', '2023', '1', '"två\nrader"'],
      ['03', 'a', '2023', 'tolv', ''],
    ]);
    expect(storedRows(result)[0]?.note).toBe('två\nrader');
    expect(issuesWith(result, 'value_invalid').map((i) => i.line)).toEqual([4]);
  });

  it("rows of the wrong width are rejected, but Excel's empty trailing cells are tolerated", () => {
    const result = importCsv([
      LONG_HEADER,
      ['01', 'a', '2023', '1', ''],
      ['03', 'a', '2023', '1', 'x'],
      ['04', 'a', '2023'],
    ]);
    expect(counts(result)).toEqual({ records: 3, accepted: 1, rejected: 2, skipped: 0 });
    expect(issuesWith(result, 'field_count').map((i) => [i.line, i.message.en])).toEqual([
      [3, 'The row has 5 fields but the header has 4.'],
      [4, 'The row has 3 fields but the header has 4.'],
    ]);
  });

  it('a header naming a column twice is refused, and every row counted as rejected', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde', 'Varde'],
      ['01', 'a', '2023', '1', '2'],
      '',
      ['03', 'a', '2023', '1', '2'],
    ]);
    expect(counts(result)).toEqual({ records: 3, accepted: 0, rejected: 2, skipped: 1 });
    expect(codesOf(result)).toEqual(['header_duplicate', 'file_rejected_rows']);
    expect(result.issues[0]?.column).toBe(5);
  });

  it('reserved and unused header names are reported, and those columns not read', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'värde', '__proto__', 'enhet'],
      ['01', 'a', '2023', '1', 'x', 'st'],
    ]);
    expect(counts(result).accepted).toBe(1);
    // A column with one value on every row describes the indicator (issue 10, shape 3).
    expect(result.issues.map((i) => [i.code, i.column, i.severity])).toEqual([
      ['header_reserved', 5, 'warning'],
      ['columns_constant_described', 6, 'info'],
    ]);
  });

  it('one column per period (PxWeb) is read as the wide layout: a record per cell, the indicator from its column', () => {
    const result = importCsv([
      ['region', 'indikator', '2022', '2023'],
      ['01', 'a', '1', '2'],
      ['03', 'b', 'tolv', '..'],
    ]);
    expect(result.format).toBe('wide-csv');
    expect(counts(result)).toEqual({ records: 4, accepted: 3, rejected: 1, skipped: 0 });
    expect(storedRows(result).map((r) => [r.region, r.indicator, r.period, r.value, r.marker])).toEqual([
      ['01', 'a', '2022', 1, null],
      ['01', 'a', '2023', 2, null],
      ['03', 'b', '2023', null, '..'],
    ]);
    expect(issuesWith(result, 'value_invalid').map((i) => [i.line, i.column])).toEqual([[3, 3]]);
  });

  // BUG: a column with an empty header but values in it is silently ignored. The catalogue has an issue
  // for exactly this (header_unnamed_column: "Column N has no header but holds values; it was ignored"),
  // analyseHeader lists the unnamed columns, but nothing ever reports them.
  it('a column with no header but values is reported, not dropped silently', () => {
    const result = importCsv([
      ['region', '', 'indikator', 'period', 'värde'],
      ['01', 'hemligt', 'a', '2023', '1'],
    ]);
    expect(codesOf(result)).toContain('header_unnamed_column');
  });
});

describe('importFile: encodings', () => {
  it('Windows-1252 is read with å ä ö and a warning', () => {
    const result = importCsv([LONG_HEADER, ['Jönköpings län', 'sysselsättningsgrad', '2023', '80,5']], {
      encoding: 'windows-1252',
    });
    expect(result.encoding).toBe('windows-1252');
    expect(codesOf(result)).toEqual(['encoding_windows_1252']);
    expect(storedRows(result)).toMatchObject([
      { region: '06', indicator: 'sysselsättningsgrad', value: 80.5 },
    ]);
  });

  it('a row with an invalid UTF-8 byte is rejected and no U+FFFD is stored', () => {
    const data = bytes('region;indikator;period;värde\n01;å;2023;1\n03;a', [0xff], ';2023;1\n04;ä;2023;1\n');
    const result = importFile('bad.csv', data);
    expect(result.encoding).toBe('utf-8');
    expect(counts(result)).toEqual({ records: 3, accepted: 2, rejected: 1, skipped: 0 });
    expect(issuesWith(result, 'encoding_invalid_bytes').map((i) => [i.line, i.column])).toEqual([[3, 2]]);
    expect(storedRows(result).map((r) => r.indicator)).toEqual(['å', 'ä']);
    expect(result.observations.indicators.some((id) => id.includes('\uFFFD'))).toBe(false);
  });
});

describe('importFile: targets CSV', () => {
  it('takes targets for the total only: a target per kön is rejected with a reason, T is read', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'kön', 'mål'],
      ['20', 'sysselsattningsgrad', '2030', 'T', '82'],
      ['20', 'sysselsattningsgrad', '2030', 'K', '81'],
    ]);
    expect(counts(result)).toEqual({ records: 2, accepted: 1, rejected: 1, skipped: 0 });
    expect(result.targets.map((t) => t.value)).toEqual([82]);
    expect(issuesWith(result, 'target_gender_unsupported').map((i) => [i.line, i.column])).toEqual([[3, 4]]);
  });

  it('reads region;indikator;period;mål with baslinje and basår', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'mål', 'baslinje', 'basår'],
      ['20', 'nyforetagande', '2030', '12,5', '10,1', '2020'],
      ['00', 'nyforetagande', '2030', '12', '', ''],
      ['20', 'nyforetagande', '2026', '11', '10', ''],
      ['21', 'nyforetagande', '2030', '..', '', ''],
    ]);
    expect(result.format).toBe('targets-csv');
    expect(counts(result)).toEqual({ records: 4, accepted: 2, rejected: 2, skipped: 0 });
    expect(result.observations.length).toBe(0);
    expect(result.targets).toEqual([
      {
        region: '20',
        indicator: 'nyforetagande',
        period: { granularity: 'year', year: 2030, sub: 0 },
        value: 12.5,
        baseline: { period: { granularity: 'year', year: 2020, sub: 0 }, value: 10.1 },
        source: { file: 'test.csv', line: 2 },
      },
      {
        region: '00',
        indicator: 'nyforetagande',
        period: { granularity: 'year', year: 2030, sub: 0 },
        value: 12,
        baseline: undefined,
        source: { file: 'test.csv', line: 3 },
      },
    ]);
    expect(result.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['period_empty', 4, 6],
      ['value_missing_in_target', 5, 4],
    ]);
  });

  it('repeated targets: same value skipped, another value rejected', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'mål'],
      ['20', 'a', '2030', '12'],
      ['20', 'a', '2030', '12'],
      ['Dalarnas län', 'a', '2030', '13'],
    ]);
    expect(counts(result)).toEqual({ records: 3, accepted: 1, rejected: 1, skipped: 1 });
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([
      ['duplicate_same', 3],
      ['duplicate_conflict', 4],
    ]);
  });

  it('takes options.indicator when there is no indicator column', () => {
    const result = importCsv(
      [
        ['region', 'period', 'mål'],
        ['20', '2030', '12'],
      ],
      { indicator: 'nyforetagande' },
    );
    expect(result.targets.map((t) => t.indicator)).toEqual(['nyforetagande']);
  });

  // BUG: with a baslinje column but no basår column, TargetRows reads the baseline only when both cells
  // exist, so the baseline value is silently dropped — no issue, and the column counts as "used".
  it('a baseline value without a baseline period column is reported, not silently dropped', () => {
    const result = importCsv([
      ['region', 'indikator', 'period', 'mål', 'baslinje'],
      ['20', 'a', '2030', '12', '10'],
    ]);
    const kept = result.targets[0]?.baseline !== undefined;
    expect(kept || result.issues.length > 0).toBe(true);
  });
});

describe('importFile: catalogue, formats and limits', () => {
  it('one indicator_not_in_catalogue warning per unknown id, with its row count and first line', () => {
    const result = importCsv(
      [
        LONG_HEADER,
        ['01', 'known', '2023', '1'],
        ['01', 'b', '2023', '1'],
        ['03', 'c', '2023', '1'],
        ['03', 'b', '2023', '1'],
        ['04', 'known', '2023', '1'],
      ],
      { knownIndicators: new Set(['known']) },
    );
    const warnings = issuesWith(result, 'indicator_not_in_catalogue');
    expect(warnings.map((w) => [w.line, w.severity])).toEqual([
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(warnings[0]?.message.en).toContain('”b” is not in the catalogue (2 rows)');
    expect(warnings[1]?.message.en).toContain('”c” is not in the catalogue (1 rows)');
    expect(counts(result).accepted).toBe(5);
  });

  it('no catalogue warnings without knownIndicators', () => {
    expect(
      issuesWith(importCsv([LONG_HEADER, ['01', 'x', '2023', '1']]), 'indicator_not_in_catalogue'),
    ).toEqual([]);
  });

  it('an xlsx or xls signature is "format not supported", not a crash', () => {
    for (const signature of [
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0],
    ]) {
      const result = importFile('data.csv', bytes(signature, 'rest of a zip'));
      expect(result.format).toBe('xlsx');
      expect(codesOf(result)).toEqual(['format_not_supported']);
      expect(counts(result)).toEqual({ records: 0, accepted: 0, rejected: 0, skipped: 0 });
    }
  });

  it(`past ${DETAILED_ISSUES_PER_CODE} rows with one error, the rest are folded into one issue that lists every line`, () => {
    const bad = 1500;
    const rows = [
      LONG_HEADER,
      ...Array.from({ length: bad }, (_, k) => ['01', 'a', String(1901 + k), 'tolv']),
    ];
    const result = importCsv(rows);
    expect(counts(result)).toEqual({ records: bad, accepted: 0, rejected: bad, skipped: 0 });
    const invalid = issuesWith(result, 'value_invalid');
    expect(invalid).toHaveLength(DETAILED_ISSUES_PER_CODE + 1);
    const folded = invalid.filter((i) => i.lines !== undefined);
    expect(folded).toHaveLength(1);
    expect(folded[0]?.lines).toEqual(
      Array.from({ length: bad - DETAILED_ISSUES_PER_CODE }, (_, k) => DETAILED_ISSUES_PER_CODE + 2 + k),
    );
    // No line is lost: the detailed lines and the folded list together are lines 2…1501.
    const named = [
      ...invalid.filter((i) => i.lines === undefined).map((i) => i.line),
      ...(folded[0]?.lines ?? []),
    ];
    expect(named).toEqual(Array.from({ length: bad }, (_, k) => k + 2));
  });

  it('reports progress up to 1', () => {
    const shares: number[] = [];
    importCsv([LONG_HEADER, ['01', 'a', '2023', '1'], ['03', 'a', '2023', '1']], {
      chunkBytes: 8,
      onProgress: (s) => shares.push(s),
    });
    expect(shares.length).toBeGreaterThan(1);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(shares[shares.length - 1]).toBe(1);
  });
});

describe('importFile: chunk size', () => {
  const rows = [
    ['region', 'indikator', 'period', 'värde', 'kommentar'],
    ['01', 'å', '2023', '1,5', '"a\r\nb"'],
    '',
    ['Skåne län', 'a', '2023K5', '2', ''],
    ['03', 'a', '2023', '..', '"x""y"'],
    ['04', 'ö', '2023', '😀', ''],
  ];

  it('gives the same result for every chunk size 1..40', () => {
    const data = csvBytes(rows, { eol: '\r\n' });
    const whole = importFile('c.csv', data);
    for (let size = 1; size <= 40; size++) {
      const result = importFile('c.csv', data, { chunkBytes: size });
      expect(counts(result), `size ${size}`).toEqual(counts(whole));
      expect(issueKeys(result), `size ${size}`).toEqual(issueKeys(whole));
      expect(storedRows(result), `size ${size}`).toEqual(storedRows(whole));
    }
  });

  // BUG: the CSV reader decides "file_empty" from the text read up to the first line break. With small
  // chunks a file whose first line is blank stops there ("file_empty", 0 records); with large chunks the
  // same file is read on (here: 2 records, rejected). ImportOptions.chunkBytes promises results do not
  // depend on it.
  it('a file starting with a blank line gives the same result for chunk sizes 1 and 4096', () => {
    const data = csvBytes(['', LONG_HEADER, ['01', 'a', '2023', '1']]);
    const small = importFile('c.csv', data, { chunkBytes: 1 });
    const large = importFile('c.csv', data, { chunkBytes: 4096 });
    expect(counts(small)).toEqual(counts(large));
    expect(issueKeys(small)).toEqual(issueKeys(large));
  });
});

describe('importFile: a name column beside the code column', () => {
  it('uses the code and warns where the name means another region', () => {
    const result = importCsv([
      ['regionkod', 'region', 'indikator', 'period', 'värde'],
      ['01', 'Stockholm', 'a', '2023', '1'],
      ['20', 'Stockholms län', 'a', '2023', '2'],
    ]);
    expect(storedRows(result).map((r) => r.region)).toEqual(['01', '20']);
    expect(issuesWith(result, 'region_name_mismatch').map((i) => [i.line, i.column])).toEqual([[3, 2]]);
  });
});
