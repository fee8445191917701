import { regionAt, regionIndexOf } from '../../domain/regions';
import type { ImportResult } from '../import/import-result';
import type { ImportIssue } from '../issues/issue';
import { ISSUE_CATALOG } from '../issues/issue-messages';
import type { ObservationColumns } from '../columns/observation-store';

export interface ExampleOutcome {
  /** 0 for the example rows that give way; undefined when none do. */
  readonly keep: Uint8Array | undefined;
  /** The files, the example ones with the rows and targets that gave way moved to skipped and said. */
  readonly results: readonly ImportResult[];
}

/**
 * The example data is invented. A series (region and indicator) the user's own files give
 * observations for is taken from them alone: the example's values for it — other years, other kön —
 * are not used, so no chart splices invented years onto real ones; and neither are the example's
 * targets for a series the user gives observations or targets for, so no invented target judges real
 * values. `computedOwn` adds series ("region|indicator") computed from the user's own files (the 1:1
 * indicators of a county whose ledger is the user's). Each example file says how much gave way.
 */
export function exampleGivesWay(
  columns: ObservationColumns,
  results: readonly ImportResult[],
  computedOwn: ReadonlySet<string> = new Set(),
): ExampleOutcome {
  const exampleFiles = new Set(results.filter((r) => r.example).map((r) => r.file));
  const ownFiles = new Set(results.filter((r) => !r.example).map((r) => r.file));
  if (exampleFiles.size === 0 || ownFiles.size === 0) return { keep: undefined, results };

  const isExample = Uint8Array.from(columns.files, (f) => (exampleFiles.has(f) ? 1 : 0));
  const isOwn = Uint8Array.from(columns.files, (f) => (ownFiles.has(f) ? 1 : 0));
  const span = columns.indicators.length;
  const ownSeries = new Set<number>();
  for (let i = 0; i < columns.length; i++) {
    if (isOwn[columns.file[i] ?? 0])
      ownSeries.add((columns.region[i] ?? 0) * span + (columns.indicator[i] ?? 0));
  }
  const targetSeries = new Set(
    [...ownSeries].map((k) => `${regionAt(Math.floor(k / span)).code}|${columns.indicators[k % span] ?? ''}`),
  );
  for (const r of results)
    if (!r.example) for (const t of r.targets) targetSeries.add(`${t.region}|${t.indicator}`);
  for (const key of computedOwn) targetSeries.add(key);

  let keep: Uint8Array | undefined;
  const rowsGone = new Map<string, number>();
  if (ownSeries.size > 0) {
    for (let i = 0; i < columns.length; i++) {
      if (
        !isExample[columns.file[i] ?? 0] ||
        !ownSeries.has((columns.region[i] ?? 0) * span + (columns.indicator[i] ?? 0))
      )
        continue;
      keep ??= new Uint8Array(columns.length).fill(1);
      keep[i] = 0;
      const file = columns.files[columns.file[i] ?? 0] ?? '';
      rowsGone.set(file, (rowsGone.get(file) ?? 0) + 1);
    }
  }
  return { keep, results: saidGone(results, rowsGone, targetSeries, 'example_series_replaced') };
}

/**
 * The example's county series ("county|indicator") that give way to a sum of the user's own kommun
 * values: their rows (every period and kön) and targets are left out, and each example file says how
 * many. `keep` is the rows kept so far (undefined: all); the result is a new array.
 */
export function exampleCountiesGiveWay(
  columns: ObservationColumns,
  keep: Uint8Array | undefined,
  results: readonly ImportResult[],
  series: ReadonlySet<string>,
): ExampleOutcome {
  if (series.size === 0) return { keep, results };
  const exampleFiles = new Set(results.filter((r) => r.example).map((r) => r.file));
  const isExample = Uint8Array.from(columns.files, (f) => (exampleFiles.has(f) ? 1 : 0));
  const wanted = new Set<number>();
  const span = columns.indicators.length;
  columns.indicators.forEach((id, k) => {
    for (const key of series) {
      const [county = '', indicator] = key.split('|');
      const region = regionIndexOf(county);
      if (indicator === id && region !== undefined) wanted.add(region * span + k);
    }
  });
  const kept = keep ? keep.slice() : new Uint8Array(columns.length).fill(1);
  const rowsGone = new Map<string, number>();
  for (let i = 0; i < columns.length; i++) {
    if (!kept[i] || !isExample[columns.file[i] ?? 0]) continue;
    if (!wanted.has((columns.region[i] ?? 0) * span + (columns.indicator[i] ?? 0))) continue;
    kept[i] = 0;
    const file = columns.files[columns.file[i] ?? 0] ?? '';
    rowsGone.set(file, (rowsGone.get(file) ?? 0) + 1);
  }
  return { keep: kept, results: saidGone(results, rowsGone, series, 'example_county_gives_way') };
}

/**
 * The example files with the rows that gave way (counted per file) and their targets for the given
 * series ("region|indicator") moved from accepted to skipped, each file saying how many in one note.
 */
function saidGone(
  results: readonly ImportResult[],
  rowsGone: ReadonlyMap<string, number>,
  series: ReadonlySet<string>,
  code: 'example_series_replaced' | 'example_county_gives_way',
): ImportResult[] {
  return results.map((r) => {
    if (!r.example) return r;
    const targets = r.targets.filter((t) => !series.has(`${t.region}|${t.indicator}`));
    const gone = (rowsGone.get(r.file) ?? 0) + (r.targets.length - targets.length);
    if (gone === 0) return r;
    const issue: ImportIssue = {
      severity: 'info',
      code,
      file: r.file,
      line: 1,
      column: null,
      message: ISSUE_CATALOG[code].message({ count: gone }),
    };
    return {
      ...r,
      targets,
      accepted: r.accepted - gone,
      skipped: r.skipped + gone,
      issues: [...r.issues, issue],
    };
  });
}
