import { formulaUsers, type FormulaProblem } from '../../domain/formula';
import { LEDGER_MEASURES } from '../../domain/ledger-measures';
import type { Indicator } from '../../domain/indicator';
import { isEmptyLedger } from '../../domain/ledger';
import type { Dataset, FileReport } from './dataset';
import type { ImportResult } from '../import/import-result';
import { deriveIndicators } from './derived';
import { exampleCountiesGiveWay, exampleGivesWay } from './example-series';
import { withKommunSumGaps } from './kommun-sum-notes';
import { kommunSums } from './kommun-sums';
import type { ImportIssue } from '../issues/issue';
import { ISSUE_CATALOG } from '../issues/issue-messages';
import { ledgerObservations, mergeLedgers } from './ledger-dataset';
import { mergeAcrossFiles, uniqueNames } from './merge-files';
import { mergeDefinitions, type Redefinition } from './definitions';
import { withReferenceDefinitions } from './reference-definitions';
import { concatColumns, ObservationBuilder, type ObservationColumns } from '../columns/observation-store';

function report(result: ImportResult): FileReport {
  const { observations: _o, targets: _t, indicators: _i, labels: _l, ledger: _g, ...rest } = result;
  return rest;
}

/**
 * Merges imported files. Indicator definitions: the first definition of an id wins, and the user's
 * own over all (mergeDefinitions). The ledgers'
 * sums come first, so a file that gives the same observation replaces them; then the catalogue's
 * formula indicators are computed from the merged observations, and a sum's county values from its
 * kommuner where no file gives them (see kommunSums). Observations are regrouped by
 * indicator (a stable counting sort), so a chart reads one contiguous range.
 */
export function buildDataset(imported: readonly ImportResult[]): Dataset {
  const {
    ledger,
    results: afterLedger,
    ownRegions,
  } = mergeLedgers(uniqueNames(withReferenceDefinitions(imported)));
  const { indicators, definedIn, redefined } = mergeDefinitions(afterLedger);
  const ledgerColumns = isEmptyLedger(ledger) ? undefined : ledgerObservations(ledger);
  const concatenated = concatColumns([
    ...(ledgerColumns ? [ledgerColumns] : []),
    ...afterLedger.map((r) => r.observations),
  ]);
  const example = exampleGivesWay(concatenated, afterLedger, ledgerComputedSeries(indicators, ownRegions));
  const { keep, results: merged } = mergeAcrossFiles(
    concatenated,
    example.results,
    ledgerColumns !== undefined,
    example.keep,
  );
  const derived = deriveIndicators(concatenated, indicators, keep);
  const exampleFiles = new Set(afterLedger.filter((r) => r.example).map((r) => r.file));
  const sums = kommunSums(
    [
      { columns: concatenated, keep },
      { columns: derived.columns, keep: undefined },
    ],
    indicators,
    exampleFiles,
  );
  const counties = exampleCountiesGiveWay(concatenated, keep, merged, sums.exampleGivesWay);
  const { columns, offsets } = groupByIndicator([
    { columns: concatenated, keep: counties.keep },
    { columns: derived.columns, keep: undefined },
    { columns: sums.columns, keep: undefined },
  ]);
  const results = withKommunSumGaps(
    withRedefinitions(withFormulaProblems(counties.results, derived.problems, definedIn), redefined),
    sums.gaps,
    indicators,
  );
  return {
    indicators,
    observations: columns,
    indicatorOffsets: offsets,
    targets: results.flatMap((r) => r.targets),
    reports: results.filter((r) => !r.definitionsOnly).map(report),
    labels: [
      ...new Map(
        results
          .flatMap((r) => r.labels)
          .reverse()
          .map((l) => [l.id, l]),
      ).values(),
    ].reverse(),
    ledger,
  };
}

/** "region|indicator" for every indicator computed from the ledger, in the counties whose ledger is the user's. */
function ledgerComputedSeries(indicators: readonly Indicator[], regions: ReadonlySet<string>): Set<string> {
  if (regions.size === 0) return new Set();
  const formulas = new Map(indicators.flatMap((i) => (i.formula ? [[i.id, i.formula] as const] : [])));
  const computed = formulaUsers(formulas, new Set(LEDGER_MEASURES));
  return new Set([...regions].flatMap((region) => [...computed].map((id) => `${region}|${id}`)));
}

/** A formula that cannot be computed is an error of the file that defined its indicator. */
function withFormulaProblems(
  results: readonly ImportResult[],
  problems: readonly FormulaProblem[],
  definedIn: ReadonlyMap<string, string>,
): ImportResult[] {
  if (problems.length === 0) return [...results];
  return results.map((r) => {
    const mine = problems.filter((p) => definedIn.get(p.indicator) === r.file);
    if (mine.length === 0) return r;
    const issues: ImportIssue[] = mine.map((p) => ({
      severity: 'error',
      code: 'formula_problem',
      file: r.file,
      line: 1,
      column: null,
      message: ISSUE_CATALOG.formula_problem.message(p),
    }));
    return { ...r, issues: [...r.issues, ...issues] };
  });
}

/** The first definition wins; a later, different one is not dropped silently: its file says so. */
function withRedefinitions(
  results: readonly ImportResult[],
  redefined: readonly Redefinition[],
): ImportResult[] {
  if (redefined.length === 0) return [...results];
  return results.map((r) => {
    const mine = redefined.filter((d) => d.file === r.file);
    if (mine.length === 0) return r;
    const issues: ImportIssue[] = mine.map((d) => ({
      severity: 'warning',
      code: 'indicator_defined_earlier',
      file: r.file,
      line: 1,
      column: null,
      message: ISSUE_CATALOG.indicator_defined_earlier.message({ indicator: d.indicator, file: d.earlier }),
    }));
    return { ...r, issues: [...r.issues, ...issues] };
  });
}

/** Rows of one store, and which of them to keep (undefined: all). */
interface Part {
  readonly columns: ObservationColumns;
  readonly keep: Uint8Array | undefined;
}

/**
 * Joins stores and regroups their rows by indicator (a stable counting sort) in one copy, leaving out
 * the rows a part's `keep` drops and re-coding each part's dictionaries.
 */
function groupByIndicator(parts: readonly Part[]): { columns: ObservationColumns; offsets: Uint32Array } {
  const total = parts.reduce((sum, p) => sum + p.columns.length, 0);
  const builder = new ObservationBuilder(Math.max(16, total));
  const maps = parts.map(({ columns: c }) => ({
    indicator: Uint32Array.from(c.indicators, (id) => builder.indicatorCode(id)),
    marker: Uint16Array.from(c.markers, (m) => builder.markerCode(m)),
    file: Uint16Array.from(c.files, (f) => builder.fileCode(f)),
  }));
  const k = builder.indicators.length;
  const offsets = new Uint32Array(k + 1);
  parts.forEach(({ columns: c, keep }, p) => {
    const map = maps[p]?.indicator ?? new Uint32Array(0);
    for (let i = 0; i < c.length; i++) {
      if (keep && !keep[i]) continue;
      const slot = (map[c.indicator[i] ?? 0] ?? 0) + 1;
      offsets[slot] = (offsets[slot] ?? 0) + 1;
    }
  });
  for (let j = 0; j < k; j++) offsets[j + 1] = (offsets[j + 1] ?? 0) + (offsets[j] ?? 0);
  const kept = offsets[k] ?? 0;
  // Where each kept row goes, as a global row number (part base + row).
  const next = offsets.slice(0, k);
  const order = new Uint32Array(kept);
  const bases: number[] = [];
  let base = 0;
  parts.forEach(({ columns: c, keep }, p) => {
    bases.push(base);
    const map = maps[p]?.indicator ?? new Uint32Array(0);
    for (let i = 0; i < c.length; i++) {
      if (keep && !keep[i]) continue;
      const code = map[c.indicator[i] ?? 0] ?? 0;
      const at = next[code] ?? 0;
      order[at] = base + i;
      next[code] = at + 1;
    }
    base += c.length;
  });
  const partOf = (row: number): number => {
    let p = bases.length - 1;
    while (p > 0 && (bases[p] ?? 0) > row) p--;
    return p;
  };
  const newRow = new Int32Array(total).fill(-1);
  for (let r = 0; r < kept; r++) {
    const g = order[r] ?? 0;
    const p = partOf(g);
    const c = parts[p]?.columns;
    const map = maps[p];
    if (!c || !map) continue;
    const i = g - (bases[p] ?? 0);
    newRow[g] = r;
    const marker = c.marker[i] ?? 0;
    builder.push(
      c.region[i] ?? 0,
      map.indicator[c.indicator[i] ?? 0] ?? 0,
      c.period[i] ?? 0,
      c.gender[i] ?? 0,
      c.value[i] ?? NaN,
      marker === 0 ? 0 : (map.marker[marker - 1] ?? 0),
      c.line[i] ?? 0,
      map.file[c.file[i] ?? 0] ?? 0,
    );
  }
  parts.forEach(({ columns: c }, p) => {
    c.noteRows.forEach((row, n) => {
      const target = newRow[(bases[p] ?? 0) + row] ?? -1;
      if (target >= 0) builder.addNote(target, c.noteTexts[n] ?? '');
    });
  });
  return { columns: builder.build(), offsets };
}
