import { describe, expect, it } from 'vitest';
import { parseTargetPaste, type TargetPaste } from '../../src/data/targets/target-paste';
import { planTargets } from '../../src/data/targets/target-plan';

const NYF = { id: 'nyforetagande', names: ['Nyföretagande', 'New business formation'] };
const NBSP = '\u00a0';

const read = (text: string): TargetPaste => parseTargetPaste(text, NYF);

/** Each rejected line as `line:column code`, for a compact assertion. */
const problems = (paste: TargetPaste): string[] =>
  paste.rejected.flatMap((r) => r.issues.map((i) => `${i.line}:${i.column ?? '-'} ${i.code}`));

describe('parseTargetPaste', () => {
  it('reads a Swedish Excel paste with a header, decimal comma, a no-break space, CRLF and an empty trailing line', () => {
    const text = [
      'Region\tÅr\tMålvärde\tBasår\tBasvärde',
      `Dalarnas län\t2026\t10,5\t2020\t9,8`,
      `20\t2030\t1${NBSP}234,5\t\t`,
      'Falun\t2030\t12\t2020\t11,25',
      '',
    ].join('\r\n');
    const paste = read(text);
    expect(paste.header).toBe(true);
    expect(paste.rows).toBe(3);
    expect(paste.rejected).toEqual([]);
    expect(paste.accepted).toEqual([
      {
        line: 2,
        target: {
          region: '20',
          indicator: 'nyforetagande',
          period: '2026',
          value: 10.5,
          baseline: { period: '2020', value: 9.8 },
        },
      },
      {
        line: 3,
        target: {
          region: '20',
          indicator: 'nyforetagande',
          period: '2030',
          value: 1234.5,
          baseline: undefined,
        },
      },
      {
        line: 4,
        target: {
          region: '2080',
          indicator: 'nyforetagande',
          period: '2030',
          value: 12,
          baseline: { period: '2020', value: 11.25 },
        },
      },
    ]);
  });

  it('without a header reads the table order, with codes and names for Riket, a county and a kommun', () => {
    const paste = read('00\t2030\t11\n2080\t2030\t12,5\nDalarna\t2028\t9\nRiket\t2028\t10,5\t2020\t10\n');
    expect(paste.header).toBe(false);
    expect(paste.accepted.map((a) => [a.target.region, a.target.period, a.target.value])).toEqual([
      ['00', '2030', 11],
      ['2080', '2030', 12.5],
      ['20', '2028', 9],
      ['00', '2028', 10.5],
    ]);
  });

  it('reads English headers in another order, and names the columns it does not read', () => {
    const paste = read('Target\tYear\tMunicipality\tComment\n8,5\t2030\tLeksand\tfrån RUS\n');
    expect(paste.accepted.map((a) => a.target)).toEqual([
      { region: '2029', indicator: 'nyforetagande', period: '2030', value: 8.5, baseline: undefined },
    ]);
    expect(paste.ignoredColumns).toEqual(['Comment']);
  });

  it('names every line it cannot read, with its column and why; accepted + rejected = rows pasted', () => {
    const text = [
      'Län\tÅr\tMål',
      'Dalarnas län\t2030\t10,5',
      'Dalarnas län\t30\t10', // not a 4-digit year
      'Dalarnas län\t2029\tmånga', // not a number
      'Dalarnes län\t2029\t9', // misspelt: suggestion
      '1\t2029\t9', // Excel dropped the zero of 01
      'Stockholm\t2029\t9', // county or kommun?
      'Dalarnas län\t2030\t11', // second row for 20/2030
      '\t\t',
      'Falun\t2029\t',
    ].join('\n');
    const paste = read(text);
    expect(paste.rows).toBe(8);
    expect(paste.accepted.length + paste.rejected.length).toBe(paste.rows);
    expect(problems(paste)).toEqual([
      '3:2 target_paste_year_invalid',
      '4:3 target_paste_number_invalid',
      '5:1 target_paste_region_unknown',
      '6:1 target_paste_region_padded',
      '7:1 target_paste_region_ambiguous',
      '8:- target_paste_duplicate',
      '10:3 target_paste_empty',
    ]);
    const messages = paste.rejected.flatMap((r) => r.issues.map((i) => i.message));
    expect(messages[2]?.sv).toContain('Menade du Dalarnas län (20)?');
    expect(messages[3]?.sv).toContain('Skriv 01');
    expect(messages[3]?.en).toContain('Write 01');
    expect(messages[4]?.sv).toContain('kommunen Stockholm (0180)');
    expect(messages[5]?.sv).toContain('rad 2');
  });

  it('"01" is a county code; "1" is not read as it; "0020" (Kolada) is the county', () => {
    const paste = read('01\t2030\t15\n1\t2030\t15\n0020\t2030\t9\n');
    expect(paste.accepted.map((a) => a.target.region)).toEqual(['01', '20']);
    expect(problems(paste)).toEqual(['2:1 target_paste_region_padded']);
  });

  it('reads a decimal point only where it cannot be a thousands separator', () => {
    const paste = read('20\t2030\t10.5\n20\t2029\t1.234\n20\t2028\t1,234\n20\t2027\t12,5 %\n');
    expect(paste.accepted.map((a) => a.target.value)).toEqual([10.5, 1.234]);
    expect(problems(paste)).toEqual(['2:3 target_paste_number_ambiguous', '4:3 target_paste_number_invalid']);
  });

  it('needs both baseline cells, and the baseline before the target year', () => {
    const paste = read('20\t2030\t10\t2020\t\n20\t2029\t10\t2030\t9\n20\t2028\t10\t2020\t..\n');
    expect(paste.accepted).toEqual([]);
    expect(problems(paste)).toEqual([
      '1:- target_paste_baseline_incomplete',
      '2:4 target_paste_baseline_late',
      '3:5 target_paste_empty',
    ]);
  });

  it('without a header a row has 3 to 5 columns; with a header lacking the target column every row is rejected', () => {
    expect(problems(read('20\t2030\n20\t2030\t10\t2020\t9\t8\n'))).toEqual([
      '1:- target_paste_columns',
      '2:- target_paste_columns',
    ]);
    const noTarget = read('Region\tÅr\tVärde\n20\t2030\t10\n');
    expect(noTarget.accepted).toEqual([]);
    expect(problems(noTarget)).toEqual(['2:- target_paste_header_missing']);
    expect(noTarget.rejected[0]?.issues[0]?.message.sv).toContain('målvärde');
  });

  it('a code column with its name beside it: the name is checked against the code', () => {
    const paste = read('Kommunkod\tKommunnamn\tÅr\tMål\n2080\tFalun\t2030\t12\n2080\tBorlänge\t2030\t12\n');
    expect(paste.accepted.map((a) => a.target.region)).toEqual(['2080']);
    expect(problems(paste)).toEqual(['3:1 target_paste_region_mismatch']);
  });

  it('a county column and a kommun column: a row with a kommun is the kommun’s, one without the county’s', () => {
    const paste = read('Län\tKommun\tÅr\tMål\nDalarnas län\t\t2030\t10\nDalarnas län\tFalun\t2030\t12\n');
    expect(paste.accepted.map((a) => a.target.region)).toEqual(['20', '2080']);
    expect(paste.ignoredColumns).toEqual([]);
  });

  it('an indicator column: rows for another indicator are not added to this one', () => {
    const paste = read(
      'Indikator\tRegion\tÅr\tMål\nNyföretagande\t20\t2030\t10\nsysselsattning\t20\t2030\t80\n',
    );
    expect(paste.accepted).toHaveLength(1);
    expect(problems(paste)).toEqual(['3:1 target_paste_other_indicator']);
  });

  it('reads semicolons when the text has no tab, and Excel quoted cells', () => {
    const paste = read('"Dalarnas län";2030;"10,5"\n');
    expect(paste.accepted.map((a) => a.target.value)).toEqual([10.5]);
  });

  it('an empty paste has no rows', () => {
    expect(read('\r\n\r\n')).toMatchObject({ rows: 0, accepted: [], rejected: [] });
  });
});

describe('planTargets', () => {
  const own = { region: '20', indicator: 'nyforetagande', period: '2030', value: 10, baseline: undefined };

  it('says which targets are new, which replace the user’s target of the same region and year, and which are the same', () => {
    const plan = planTargets(
      [
        { ...own, value: 11 },
        { ...own, period: '2028' },
        { ...own, region: '2080' },
      ],
      [own, { ...own, period: '2028' }],
    );
    expect(plan.map((c) => c.kind)).toEqual(['replace', 'same', 'new']);
    expect(plan[0]?.previous).toEqual(own);
  });
});
