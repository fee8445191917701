import { DERIVED_SOURCE } from '../data/dataset/derived';
import type { Dataset } from '../data/dataset/dataset';
import { LEDGER_SOURCE } from '../data/dataset/ledger-dataset';
import { rowFiles } from '../data/dataset/store-query';
import type { Indicator } from '../domain/indicator';
import { RIKET } from '../domain/regions';

/** The files a region's ledger rows (cases, frames, plans) come from; Riket's are every county's. */
function ledgerFiles(dataset: Dataset, regions: readonly string[] | undefined): string[] {
  const all = !regions || regions.includes(RIKET.code);
  const wanted = new Set(regions);
  const { cases, frames, shares } = dataset.ledger;
  return [
    ...new Set(
      [...cases, ...frames, ...shares].filter((row) => all || wanted.has(row.region)).map((row) => row.file),
    ),
  ];
}

/** The names of the app's example files among the dataset's. */
function exampleFiles(dataset: Dataset): Set<string> {
  return new Set(dataset.reports.filter((r) => r.example).map((r) => r.file));
}

/**
 * The source of what the 1:1 ledger of the given regions (all when undefined) shows: the user's ledger
 * files by name, and `exampleLabel` for the example's.
 */
export function ledgerSourceText(
  dataset: Dataset,
  regions: readonly string[] | undefined,
  exampleLabel: string,
): string {
  const example = exampleFiles(dataset);
  const files = ledgerFiles(dataset, regions);
  const parts = [
    ...files.filter((f) => !example.has(f)),
    ...(files.some((f) => example.has(f)) ? [exampleLabel] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : '–';
}

/**
 * What a chart's "Källa" says for an indicator's rows in the given regions (all when undefined): the
 * catalogue's source for rows from the app's example data, the file's name for rows from the user's
 * own files; for values computed from the 1:1 ledger, the same for the ledger files behind them. A
 * chart of one's own data never calls itself invented, and a chart of invented data never loses the
 * word.
 */
export function sourceText(dataset: Dataset, indicator: Indicator, regions?: readonly string[]): string {
  const example = exampleFiles(dataset);
  const files = rowFiles(dataset, indicator.id, regions).flatMap((file) =>
    file === LEDGER_SOURCE || file === DERIVED_SOURCE ? ledgerFiles(dataset, regions) : [file],
  );
  const own = [...new Set(files.filter((f) => !example.has(f)))];
  const fromCatalogue = files.length === 0 || files.some((f) => example.has(f));
  const parts = [...own, ...(fromCatalogue && indicator.source ? [indicator.source] : [])];
  return parts.length > 0 ? parts.join('; ') : '–';
}
