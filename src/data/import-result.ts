import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/target';
import type { TextEncoding } from './decode';
import type { ImportIssue } from './issue';
import type { ObservationColumns } from './observation-store';

export type FileFormat =
  | 'long-csv'
  | 'targets-csv'
  | 'canonical-json'
  | 'kolada-json'
  | 'jsonstat'
  | 'pxweb-csv'
  | 'xlsx'
  | 'unknown';

/** The accounting every import shows: records read = accepted + rejected + skipped. */
export interface ImportSummary {
  readonly file: string;
  readonly format: FileFormat;
  readonly encoding: TextEncoding | 'binary' | undefined;
  /** The CSV delimiter, undefined for JSON. */
  readonly delimiter: string | undefined;
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
}

export interface ImportResult extends ImportSummary {
  readonly issues: readonly ImportIssue[];
  readonly observations: ObservationColumns;
  readonly targets: readonly Target[];
  readonly indicators: readonly Indicator[];
}

export interface ImportOptions {
  /** The indicator id for files that carry none (a column or a field). */
  readonly indicator?: string;
  /** Decoded chunk size in bytes; results do not depend on it. Default 1 MiB. */
  readonly chunkBytes?: number;
  /** Known indicator ids; rows of others are accepted with one warning per indicator. */
  readonly knownIndicators?: ReadonlySet<string>;
  /** Called with the share of bytes read, 0…1. */
  readonly onProgress?: (share: number) => void;
}

export function isBalanced(summary: ImportSummary): boolean {
  return summary.accepted + summary.rejected + summary.skipped === summary.records;
}
