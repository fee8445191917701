import type { Dataset } from '../data/dataset/dataset';
import { DERIVED_SOURCE } from '../data/dataset/derived';
import { KOMMUN_SUM_SOURCE } from '../data/dataset/kommun-sums';
import { LEDGER_SOURCE } from '../data/dataset/ledger-dataset';
import { rowFiles } from '../data/dataset/store-query';

/**
 * The user's own files an indicator's values come from (a ledger's for values computed from it): what
 * a failed panel names, since one of them can be removed or replaced. The app's example files are
 * left out — they cannot be removed.
 */
export function indicatorFiles(dataset: Dataset, indicator: string | undefined): string[] {
  if (indicator === undefined) return [];
  const example = new Set(dataset.reports.filter((r) => r.example).map((r) => r.file));
  const ledger = (): string[] =>
    [...dataset.ledger.cases, ...dataset.ledger.frames, ...dataset.ledger.shares].map((row) => row.file);
  // A county value made from kommuner has no file of its own: its kommuner's files are listed.
  const files = rowFiles(dataset, indicator).flatMap((file) =>
    file === LEDGER_SOURCE || file === DERIVED_SOURCE ? ledger() : file === KOMMUN_SUM_SOURCE ? [] : [file],
  );
  return [...new Set(files)].filter((f) => !example.has(f));
}

/** The user's own files among every file read: what a failed view names when no indicator is known. */
export function ownFiles(dataset: Dataset): string[] {
  return dataset.reports.filter((r) => !r.example).map((r) => r.file);
}
