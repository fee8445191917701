import type { ImportResult } from '../import/import-result';
import { DETAILED_ISSUES_PER_CODE, type ImportIssue } from '../issues/issue';
import { ISSUE_CATALOG } from '../issues/issue-messages';
import type { ObservationColumns } from '../columns/observation-store';

const PERIOD_SPAN = 1 << 18;

/** Unique file names for the reports: a second "data.csv" becomes "data.csv (2)". */
export function uniqueNames(results: readonly ImportResult[]): ImportResult[] {
  const used = new Map<string, number>();
  return results.map((r) => {
    const n = (used.get(r.file) ?? 0) + 1;
    used.set(r.file, n);
    if (n === 1) return r;
    const file = `${r.file} (${n})`;
    return {
      ...r,
      file,
      observations: { ...r.observations, files: r.observations.files.map(() => file) },
      issues: r.issues.map((i) => ({ ...i, file })),
    };
  });
}

export interface MergeOutcome {
  /** 1 for rows to keep; undefined when no file repeats another's observation. */
  readonly keep: Uint8Array | undefined;
  /** The files, with superseded observations moved from accepted to skipped and said so. */
  readonly results: readonly ImportResult[];
}

/**
 * Where files give the same observation (region, indicator, period, kön), the later file's value is
 * used: a file added on top of the example data replaces its invented values. The earlier file's
 * row is counted as skipped, with an issue naming the file and line that replaced it. Rows that
 * `dropped` already leaves out (0) take no part and stay out.
 */
export function mergeAcrossFiles(
  columns: ObservationColumns,
  results: readonly ImportResult[],
  otherSource = false,
  dropped?: Uint8Array,
): MergeOutcome {
  const n = columns.length;
  // One file has no repeats left (they were resolved within it), unless another source precedes it.
  if (results.length + (otherSource ? 1 : 0) < 2 || n < 2) return { keep: dropped, results };
  const indicatorSpan = columns.indicators.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // A row left out gets a key of its own (negative), so it repeats nothing.
    keys[i] =
      dropped && !dropped[i]
        ? -(i + 1)
        : (((columns.region[i] ?? 0) * indicatorSpan + (columns.indicator[i] ?? 0)) * PERIOD_SPAN +
            (columns.period[i] ?? 0)) *
            4 +
          (columns.gender[i] ?? 0);
  }
  const sorted = keys.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i] ?? 0);
  if (repeated.size === 0) return { keep: dropped, results };

  // The last row with a key wins; rows are in file order, so it is the latest file's.
  const last = new Map<number, number>();
  for (let i = 0; i < n; i++) if (repeated.has(keys[i] ?? -1)) last.set(keys[i] ?? 0, i);
  const keep = dropped ? dropped.slice() : new Uint8Array(n).fill(1);
  const byFile = new Map<string, { skipped: number; issues: ImportIssue[]; lines: number[] }>();
  for (let i = 0; i < n; i++) {
    const key = keys[i] ?? 0;
    if (!repeated.has(key)) continue;
    const winner = last.get(key) ?? i;
    if (winner === i) continue;
    keep[i] = 0;
    const file = columns.files[columns.file[i] ?? 0] ?? '';
    const entry = byFile.get(file) ?? { skipped: 0, issues: [], lines: [] };
    entry.skipped++;
    const line = columns.line[i] ?? 0;
    if (entry.issues.length < DETAILED_ISSUES_PER_CODE) {
      const by = { file: columns.files[columns.file[winner] ?? 0] ?? '', line: columns.line[winner] ?? 0 };
      entry.issues.push({
        severity: 'info',
        code: 'replaced_by_later_file',
        file,
        line,
        column: null,
        message: ISSUE_CATALOG.replaced_by_later_file.message(by),
      });
    } else entry.lines.push(line);
    byFile.set(file, entry);
  }
  const adjusted = results.map((r) => {
    const entry = byFile.get(r.file);
    if (!entry) return r;
    const folded: ImportIssue[] =
      entry.lines.length > 0
        ? [
            {
              severity: 'info',
              code: 'more_of_same',
              file: r.file,
              line: entry.lines[0] ?? 1,
              column: null,
              message: ISSUE_CATALOG.more_of_same.message({
                count: entry.lines.length,
                code: 'replaced_by_later_file',
              }),
              lines: entry.lines,
            },
          ]
        : [];
    return {
      ...r,
      accepted: r.accepted - entry.skipped,
      skipped: r.skipped + entry.skipped,
      issues: [...r.issues, ...entry.issues, ...folded],
    };
  });
  return { keep, results: adjusted };
}
