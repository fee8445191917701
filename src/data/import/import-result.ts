import type { Indicator } from '../../domain/indicator';
import type { Ledger } from '../../domain/ledger';
import type { Target } from '../../domain/target';
import type { TextEncoding } from '../text/decode';
import type { ImportIssue } from '../issues/issue';
import type { ObservationColumns } from '../columns/observation-store';

export type FileFormat =
  | 'long-csv'
  | 'wide-csv'
  | 'targets-csv'
  | 'xlsx-long'
  | 'xlsx-wide'
  | 'xlsx-targets'
  | 'ledger-csv'
  | 'frames-csv'
  | 'shares-csv'
  | 'xlsx-ledger'
  | 'xlsx-frames'
  | 'xlsx-shares'
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

/**
 * What a file says about an indicator it carries without a catalogue entry: the name of a value
 * column, a PxWeb table's content, a JSON-stat metric with its unit and decimals.
 */
export interface IndicatorLabel {
  readonly id: string;
  readonly name: string;
  readonly unit: string | undefined;
  readonly decimals: number | undefined;
  /** What the file says of it beyond its name: its constant columns ("ålder: 20-64 år"). */
  readonly description?: string | undefined;
}

/** The first rows of a table whose columns could not be told apart: what the mapping dialog shows. */
export interface TablePreview {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly rows: readonly (readonly string[])[];
  /** A key for files of the same shape: the folded header. A mapping chosen once is kept under it. */
  readonly shape: string;
}

export interface ImportResult extends ImportSummary {
  readonly issues: readonly ImportIssue[];
  readonly observations: ObservationColumns;
  readonly targets: readonly Target[];
  readonly indicators: readonly Indicator[];
  readonly labels: readonly IndicatorLabel[];
  /** Present when the columns could not be told apart and the user may map them. */
  readonly preview: TablePreview | undefined;
  /** What the reader chose for a long or wide table it read: Välj kolumner starts from it. */
  readonly choice?: TableChoice;
  /** A workbook's sheets, when it has more than one; the one read is `sheet`. */
  readonly sheets?: { readonly names: readonly string[]; readonly read: string };
  /** A case ledger's cases, a frames table's frames, a planned-shares table's shares. */
  readonly ledger?: Ledger;
  /** The app's embedded example data: its ledger gives way, county by county, to the user's own. */
  readonly example?: boolean;
  /** The user's own definitions (the strategy, own indicators): they win over every other file's. */
  readonly own?: boolean;
  /** The example catalogue read for its definitions only (the example data off): reference-definitions.ts. */
  readonly definitionsOnly?: boolean;
  /** The workspace source (Source.id) the file is, when it is one of the user's stored files. */
  readonly sourceId?: string;
}

/**
 * Columns chosen by the user (0-based), for a table whose header does not say. `periods` makes it
 * the wide layout: one column per period, each header holding the period.
 */
export interface ColumnMapping {
  /** The region column; undefined when `regionCode` gives one region for the whole file. */
  readonly region?: number;
  /** One region for every row (SCB code): a file of one county, or one named in its title line. */
  readonly regionCode?: string;
  readonly period?: number;
  /** A month or quarter column joined to the year in `period` (`År` + `Månad`). */
  readonly periodPart?: number;
  readonly value?: number;
  /** Several value columns, each an indicator of its own (`Påbörjade`, `Färdigställda`). */
  readonly values?: readonly number[];
  /** Columns kept as series: each value its own series; a column with one value describes. */
  readonly series?: readonly number[];
  /** Columns the user chose to leave out. */
  readonly ignore?: readonly number[];
  readonly indicator?: number;
  readonly gender?: number;
  readonly periods?: readonly number[];
}

/** How the reader read a table, as a mapping the user can change (Välj kolumner). */
export interface TableChoice {
  readonly columns: ColumnMapping;
  readonly preview: TablePreview;
}

/** The case ledger's columns the user can map, in the order the mapping form asks for them. */
export const LEDGER_MAPPED_FIELDS = [
  'id',
  'region',
  'supportType',
  'year',
  'status',
  'applied',
  'granted',
  'paid',
] as const;
export type LedgerMappedField = (typeof LEDGER_MAPPED_FIELDS)[number];

/**
 * A case ledger's columns as the user chose them (0-based): a field left out is not in the file
 * (no status, no applied amount; no county column, then `county` gives it). Other columns
 * (co-financing, RUS …) are still found by their names.
 */
export type LedgerColumnMapping = Readonly<Partial<Record<LedgerMappedField, number>>>;

export interface ImportOptions {
  /** The indicator id for files that carry none (a column or a field). */
  readonly indicator?: string;
  /** Which columns hold what, when the header does not say. */
  readonly columns?: ColumnMapping;
  /** For a workbook: the sheet to read, by name; default the first. */
  readonly sheet?: string;
  /** The county (SCB code) of a case ledger without a county column, as the user stated it. */
  readonly county?: string;
  /** A case ledger's columns, as the user mapped them. */
  readonly ledgerColumns?: LedgerColumnMapping;
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

/** The records a reader saw and what became of each: accepted + rejected + skipped = records. */
export interface RowCounts {
  records: number;
  accepted: number;
  rejected: number;
  skipped: number;
}
