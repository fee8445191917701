import { EMPTY_LEDGER, isEmptyLedger, type Ledger, type LedgerCase, type PlannedShare, type RegionFrame } from '../domain/ledger';
import { ledgerMeasures } from '../domain/ledger-measures';
import { periodCode } from '../domain/period';
import { regionIndexOf } from '../domain/regions';
import { foldName } from '../domain/text-match';
import type { ImportResult } from './import-result';
import type { ImportIssue } from './issue';
import { ISSUE_CATALOG } from './issue-messages';
import { ObservationBuilder, type ObservationColumns } from './observation-store';

/** Where the ledger's sums come from, in tables and check-data output. */
export const LEDGER_SOURCE = 'ärendelista och ramar (summerat)';

interface Keyed {
  readonly file: string;
  readonly line: number;
}

/**
 * Joins the ledgers, frames and planned shares of several files. Where two files give the same case
 * (county and case id), frame (county and year) or planned share (county, year and area), the later
 * file's row is used and the earlier one is counted as skipped, with an issue naming what replaced it.
 */
export function mergeLedgers(results: readonly ImportResult[]): { ledger: Ledger; results: ImportResult[] } {
  const withLedger = results.filter((r) => r.ledger && !isEmptyLedger(r.ledger));
  if (withLedger.length === 0) return { ledger: EMPTY_LEDGER, results: [...results] };
  const replaced = new Map<string, ImportIssue[]>();
  const latest = <T extends Keyed>(rows: readonly T[], key: (row: T) => string): T[] => {
    const last = new Map<string, T>();
    for (const row of rows) last.set(key(row), row);
    return rows.filter((row) => {
      const winner = last.get(key(row));
      if (winner === row || !winner) return true;
      const issues = replaced.get(row.file) ?? [];
      issues.push({
        severity: 'info',
        code: 'ledger_row_replaced',
        file: row.file,
        line: row.line,
        column: null,
        message: ISSUE_CATALOG.ledger_row_replaced.message({ file: winner.file, line: winner.line }),
      });
      replaced.set(row.file, issues);
      return false;
    });
  };
  const all = <T>(pick: (l: Ledger) => readonly T[]): T[] => withLedger.flatMap((r) => (r.ledger ? [...pick(r.ledger)] : []));
  const cases = latest<LedgerCase>(all((l) => l.cases), (c) => `${c.region}|${c.id}`);
  const frames = latest<RegionFrame>(all((l) => l.frames), (f) => `${f.region}|${f.year}`);
  const shares = latest<PlannedShare>(all((l) => l.shares), (s) => `${s.region}|${s.year}|${foldName(s.area)}`);
  const adjusted = results.map((r) => {
    const issues = replaced.get(r.file);
    if (!issues) return r;
    return { ...r, accepted: r.accepted - issues.length, skipped: r.skipped + issues.length, issues: [...r.issues, ...issues] };
  });
  return { ledger: { cases, frames, shares }, results: adjusted };
}

/** The ledger's sums per county, year and Riket as observations (kön T), the inputs of the formulas. */
export function ledgerObservations(ledger: Ledger): ObservationColumns {
  const builder = new ObservationBuilder(1024);
  const file = builder.fileCode(LEDGER_SOURCE);
  for (const row of ledgerMeasures(ledger)) {
    const region = regionIndexOf(row.region);
    if (region === undefined) continue;
    builder.push(region, builder.indicatorCode(row.measure), periodCode({ granularity: 'year', year: row.year, sub: 0 }), 0, row.value, 0, 0, file);
  }
  return builder.build();
}
