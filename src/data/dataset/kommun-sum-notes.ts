import { GENDERS } from '../../domain/gender';
import type { Indicator } from '../../domain/indicator';
import { periodFromCode, periodLongLabel } from '../../domain/period';
import { regionByCode } from '../../domain/regions';
import type { ImportResult } from '../import/import-result';
import { DETAILED_ISSUES_PER_CODE, type ImportIssue } from '../issues/issue';
import { ISSUE_CATALOG } from '../issues/issue-messages';
import type { KommunSumGap } from './kommun-sums';

/**
 * Where a file gives kommun values of a sum but some kommun of the county lacks a number, the file
 * says why the county has no value: one note per indicator and county, naming the latest such period
 * (the total first) and how many other periods and kön are in the same case.
 */
export function withKommunSumGaps(
  results: readonly ImportResult[],
  gaps: readonly KommunSumGap[],
  indicators: readonly Indicator[],
): ImportResult[] {
  if (gaps.length === 0) return [...results];
  const byFile = new Map<string, Map<string, { latest: KommunSumGap; count: number }>>();
  for (const gap of gaps) {
    let mine = byFile.get(gap.file);
    if (!mine) byFile.set(gap.file, (mine = new Map()));
    const key = `${gap.indicator}|${gap.county}`;
    const seen = mine.get(key);
    if (!seen) mine.set(key, { latest: gap, count: 1 });
    else {
      seen.count++;
      if (later(gap, seen.latest)) seen.latest = gap;
    }
  }
  const names = new Map(indicators.map((i) => [i.id, i.name]));
  return results.map((r) => {
    const mine = byFile.get(r.file);
    if (!mine) return r;
    const notes = [...mine.values()];
    const issues: ImportIssue[] = notes.slice(0, DETAILED_ISSUES_PER_CODE).map(({ latest, count }) => {
      const county = regionByCode(latest.county);
      const period = periodFromCode(latest.period);
      const gender = GENDERS[latest.gender] ?? 'T';
      const suffix = gender === 'T' ? { sv: '', en: '' } : { sv: ` (${gender})`, en: ` (${gender})` };
      return {
        severity: 'info',
        code: 'county_sum_incomplete',
        file: r.file,
        line: latest.line,
        column: null,
        message: ISSUE_CATALOG.county_sum_incomplete.message({
          indicator: names.get(latest.indicator) ?? { sv: latest.indicator, en: latest.indicator },
          county: { sv: county?.nameSv ?? latest.county, en: county?.nameEn ?? latest.county },
          period: {
            sv: `${periodLongLabel(period, 'sv')}${suffix.sv}`,
            en: `${periodLongLabel(period, 'en')}${suffix.en}`,
          },
          missing: latest.expected - latest.present,
          expected: latest.expected,
          more: count - 1,
        }),
      };
    });
    const folded = notes.slice(DETAILED_ISSUES_PER_CODE).map((n) => n.latest.line);
    if (folded.length > 0)
      issues.push({
        severity: 'info',
        code: 'more_of_same',
        file: r.file,
        line: folded[0] ?? 1,
        column: null,
        message: ISSUE_CATALOG.more_of_same.message({ count: folded.length, code: 'county_sum_incomplete' }),
        lines: folded,
      });
    return { ...r, issues: [...r.issues, ...issues] };
  });
}

/** The later period; of one period, the total (T) before the kön. */
function later(a: KommunSumGap, b: KommunSumGap): boolean {
  return a.period > b.period || (a.period === b.period && a.gender < b.gender);
}
