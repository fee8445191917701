import { describe, expect, it } from 'vitest';
import { DETAILED_ISSUES_PER_CODE, IssueCollector } from '../../src/data/issues/issue';

describe('IssueCollector', () => {
  it('takes severity and message from the catalogue, and names the file', () => {
    const issues = new IssueCollector('a.csv');
    issues.add('duplicate_same', 5, null, { firstLine: 2 });
    const [issue] = issues.finish();
    expect(issue).toMatchObject({
      severity: 'warning',
      code: 'duplicate_same',
      file: 'a.csv',
      line: 5,
      column: null,
    });
    expect(issue?.message.en).toContain('line 2');
    expect(issue?.message.sv).toContain('rad 2');
  });

  it('returns issues in line order, then column order', () => {
    const issues = new IssueCollector('a.csv');
    issues.add('region_empty', 9, 1, {});
    issues.add('period_empty', 3, 3, {});
    issues.add('region_empty', 3, 1, {});
    expect(issues.finish().map((i) => [i.line, i.column])).toEqual([
      [3, 1],
      [3, 3],
      [9, 1],
    ]);
  });

  it('hasErrors only for errors; countOf counts per code', () => {
    const issues = new IssueCollector('a.csv');
    issues.add('header_unused_column', 1, 5, { name: 'x' });
    issues.add('duplicate_same', 4, null, { firstLine: 2 });
    expect(issues.hasErrors).toBe(false);
    issues.add('region_empty', 6, 1, {});
    expect(issues.hasErrors).toBe(true);
    expect(issues.countOf('region_empty')).toBe(1);
    expect(issues.countOf('period_empty')).toBe(0);
  });

  it(`keeps ${DETAILED_ISSUES_PER_CODE} detailed issues per code and folds the rest into one that lists every line`, () => {
    const issues = new IssueCollector('a.csv');
    const total = DETAILED_ISSUES_PER_CODE + 3;
    for (let line = 2; line < 2 + total; line++) issues.add('region_empty', line, 1, {});
    issues.add('period_empty', 7, 3, {});
    const result = issues.finish();
    const regionIssues = result.filter((i) => i.code === 'region_empty');
    expect(regionIssues).toHaveLength(DETAILED_ISSUES_PER_CODE + 1);
    const folded = regionIssues.filter((i) => i.lines !== undefined);
    expect(folded).toHaveLength(1);
    const detailedLines = regionIssues.filter((i) => i.lines === undefined).map((i) => i.line);
    expect(detailedLines).toEqual(Array.from({ length: DETAILED_ISSUES_PER_CODE }, (_, k) => k + 2));
    expect(folded[0]).toMatchObject({ severity: 'error', line: DETAILED_ISSUES_PER_CODE + 2, column: null });
    expect(folded[0]?.lines).toEqual([
      DETAILED_ISSUES_PER_CODE + 2,
      DETAILED_ISSUES_PER_CODE + 3,
      DETAILED_ISSUES_PER_CODE + 4,
    ]);
    expect(folded[0]?.message.en).toContain('3 more rows');
    expect(folded[0]?.message.en).toContain('region_empty');
    // Another code keeps its own count.
    expect(result.filter((i) => i.code === 'period_empty')).toHaveLength(1);
    expect(issues.countOf('region_empty')).toBe(total);
    // The folded issue comes after the detailed ones.
    expect(result[result.length - 1]).toBe(folded[0]);
  });
});
