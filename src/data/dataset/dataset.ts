import type { Indicator } from '../../domain/indicator';
import type { Ledger } from '../../domain/ledger';
import type { Target } from '../../domain/target';
import type { ImportSummary, IndicatorLabel, TableChoice, TablePreview } from '../import/import-result';
import type { ImportIssue } from '../issues/issue';
import { transferables, type ObservationColumns } from '../columns/observation-store';

/** What one file contributed: its accounting and every issue. */
export interface FileReport extends ImportSummary {
  readonly issues: readonly ImportIssue[];
  readonly preview: TablePreview | undefined;
  /** What the reader chose for a table it read: Välj kolumner starts from it. */
  readonly choice?: TableChoice;
  readonly sheets?: { readonly names: readonly string[]; readonly read: string };
  /** One of the app's example files. */
  readonly example?: boolean;
  /** The workspace source (Source.id) the report is of: two files of one name are told apart by it. */
  readonly sourceId?: string;
}

/** Everything the app shows, merged from all files, with observations grouped by indicator. */
export interface Dataset {
  readonly indicators: readonly Indicator[];
  readonly observations: ObservationColumns;
  /** Rows of indicator code k are [indicatorOffsets[k], indicatorOffsets[k + 1]). */
  readonly indicatorOffsets: Uint32Array;
  readonly targets: readonly Target[];
  readonly reports: readonly FileReport[];
  /** Names, units and decimals files give for indicators the catalogue lacks (first one wins). */
  readonly labels: readonly IndicatorLabel[];
  /** The case ledgers, frames and planned shares of anslag 1:1, merged (later files win). */
  readonly ledger: Ledger;
}

export function datasetTransferables(dataset: Dataset): ArrayBuffer[] {
  return [...transferables(dataset.observations), dataset.indicatorOffsets.buffer as ArrayBuffer];
}

/** Each dictionary's codes by id, built once per dictionary (a dataset never changes once built). */
const codeIndexes = new WeakMap<readonly string[], Map<string, number>>();

export function indicatorCodeOf(dataset: Dataset, id: string): number | undefined {
  const ids = dataset.observations.indicators;
  let index = codeIndexes.get(ids);
  if (!index) {
    index = new Map();
    for (let k = 0; k < ids.length; k++) if (!index.has(ids[k] ?? '')) index.set(ids[k] ?? '', k);
    codeIndexes.set(ids, index);
  }
  return index.get(id);
}

/** The names of the app's example files among the dataset's. */
export function exampleFileNames(dataset: Dataset): Set<string> {
  return new Set(dataset.reports.filter((r) => r.example).map((r) => r.file));
}
