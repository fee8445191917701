import {
  EMPTY_LEDGER,
  isEmptyLedger,
  type Ledger,
  type LedgerCase,
  type PlannedShare,
  type RegionFrame,
} from '../../domain/ledger';
import { ledgerMeasures } from '../../domain/ledger-measures';
import { periodCode } from '../../domain/period';
import { regionByCode, regionIndexOf } from '../../domain/regions';
import type { ImportResult } from '../import/import-result';
import type { ImportIssue } from '../issues/issue';
import { ISSUE_CATALOG } from '../issues/issue-messages';
import { ObservationBuilder, type ObservationColumns } from '../columns/observation-store';
import { NO_VALUE_MARKER } from './derived';

/** Why a county-year's applied sum (and so its application pressure) has no value. */
export const APPLIED_ABSENT_NOTE = 'Sökta belopp finns inte i ärendelistan.';

/** Where the ledger's sums come from, in tables and check-data output. */
export const LEDGER_SOURCE = 'ärendelista och ramar (summerat)';

/** What a replaced row's issue says. */
type Said = Pick<ImportIssue, 'code' | 'message'>;

interface Keyed {
  readonly file: string;
  readonly line: number;
}

/**
 * Joins the ledgers, frames and planned shares of several files. Where two files give the same case
 * (county and case id) or frame (county and year), the later file's row is used and the earlier one is
 * counted as skipped, with an issue naming what replaced it. Planned shares are a plan per county and
 * year: a later file's plan for a county-year replaces the earlier plan whole, so areas it no longer
 * has do not linger and push the sum over 100 %.
 */
export function mergeLedgers(imported: readonly ImportResult[]): {
  ledger: Ledger;
  results: ImportResult[];
  ownRegions: ReadonlySet<string>;
} {
  const { results, own: ownRegions } = withoutExampleWhereOwn(imported);
  const withLedger = results.filter((r) => r.ledger && !isEmptyLedger(r.ledger));
  if (withLedger.length === 0) return { ledger: EMPTY_LEDGER, results: [...results], ownRegions };
  const replaced = new Map<string, ImportIssue[]>();
  const replace = (row: Keyed, issue: Said): void => {
    const issues = replaced.get(row.file) ?? [];
    issues.push({ severity: 'info', file: row.file, line: row.line, column: null, ...issue });
    replaced.set(row.file, issues);
  };
  /** Keeps, for each key, the rows of the last file that has it; the others are replaced and said. */
  const latest = <T extends Keyed>(
    rows: readonly T[],
    key: (row: T) => string,
    said: (row: T, winner: T) => Said,
  ): T[] => {
    const last = new Map<string, T>();
    for (const row of rows) {
      const previous = last.get(key(row));
      // Within one file the first row of a key stands for the file (the reader has refused repeats).
      if (!previous || previous.file !== row.file) last.set(key(row), row);
    }
    return rows.filter((row) => {
      const winner = last.get(key(row));
      if (!winner || winner.file === row.file) return true;
      replace(row, said(row, winner));
      return false;
    });
  };
  const rowReplaced = (_row: Keyed, winner: Keyed): Said => ({
    code: 'ledger_row_replaced',
    message: ISSUE_CATALOG.ledger_row_replaced.message({ file: winner.file, line: winner.line }),
  });
  const planReplaced = (row: PlannedShare, winner: PlannedShare): Said => ({
    code: 'share_plan_replaced',
    message: ISSUE_CATALOG.share_plan_replaced.message({
      region: regionByCode(row.region)?.nameSv ?? row.region,
      year: row.year,
      file: winner.file,
      line: winner.line,
    }),
  });
  const all = <T>(pick: (l: Ledger) => readonly T[]): T[] =>
    withLedger.flatMap((r) => (r.ledger ? [...pick(r.ledger)] : []));
  const cases = latest<LedgerCase>(
    all((l) => l.cases),
    (c) => `${c.region}|${c.id}`,
    rowReplaced,
  );
  const frames = latest<RegionFrame>(
    all((l) => l.frames),
    (f) => `${f.region}|${f.year}`,
    rowReplaced,
  );
  const shares = latest<PlannedShare>(
    all((l) => l.shares),
    (s) => `${s.region}|${s.year}`,
    planReplaced,
  );
  const adjusted = results.map((r) => {
    const issues = replaced.get(r.file);
    if (!issues) return r;
    return {
      ...r,
      accepted: r.accepted - issues.length,
      skipped: r.skipped + issues.length,
      issues: [...r.issues, ...issues],
    };
  });
  return { ledger: { cases, frames, shares }, results: adjusted, ownRegions };
}

/**
 * The example ledger is invented, and invented money is never shown beside real money: once the
 * user's own files give cases, frames or planned shares for any county, none of the example's rows
 * are used — not for that county (invented cases would add to real ones, invented frames divide
 * them), and not for the others either (they would be ranked beside the real county and summed into
 * Riket with it). The example file says which counties the user's files cover; `own` is those
 * counties.
 */
function withoutExampleWhereOwn(results: readonly ImportResult[]): {
  results: readonly ImportResult[];
  own: ReadonlySet<string>;
} {
  const own = new Set<string>();
  for (const r of results) {
    if (r.example || !r.ledger) continue;
    for (const row of [...r.ledger.cases, ...r.ledger.frames, ...r.ledger.shares]) own.add(row.region);
  }
  if (own.size === 0) return { results, own };
  const adjusted = results.map((r) => {
    if (!r.example || !r.ledger || isEmptyLedger(r.ledger)) return r;
    const ledger: Ledger = EMPTY_LEDGER;
    const dropped =
      r.ledger.cases.length +
      r.ledger.frames.length +
      r.ledger.shares.length -
      (ledger.cases.length + ledger.frames.length + ledger.shares.length);
    if (dropped === 0) return r;
    const counties = [...own].sort().map((code) => regionByCode(code)?.nameSv ?? code);
    const issue: ImportIssue = {
      severity: 'info',
      code: 'example_ledger_replaced',
      file: r.file,
      line: 1,
      column: null,
      message: ISSUE_CATALOG.example_ledger_replaced.message({
        count: dropped,
        counties: counties.join(', '),
      }),
    };
    return {
      ...r,
      ledger,
      accepted: r.accepted - dropped,
      skipped: r.skipped + dropped,
      issues: [...r.issues, issue],
    };
  });
  return { results: adjusted, own };
}

/** The ledger's sums per county, year and Riket as observations (kön T), the inputs of the formulas. */
export function ledgerObservations(ledger: Ledger): ObservationColumns {
  const builder = new ObservationBuilder(1024);
  const file = builder.fileCode(LEDGER_SOURCE);
  for (const row of ledgerMeasures(ledger)) {
    const region = regionIndexOf(row.region);
    if (region === undefined) continue;
    const at = builder.push(
      region,
      builder.indicatorCode(row.measure),
      periodCode({ granularity: 'year', year: row.year, sub: 0 }),
      0,
      row.value ?? NaN,
      row.value === undefined ? builder.markerCode(NO_VALUE_MARKER) : 0,
      0,
      file,
    );
    // The only measure a ledger can lack: its applied amounts, when it has no column for them.
    if (row.value === undefined) builder.addNote(at, APPLIED_ABSENT_NOTE);
  }
  return builder.build();
}
