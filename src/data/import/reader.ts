import type { Indicator } from '../../domain/indicator';
import type { Ledger } from '../../domain/ledger';
import type { Target } from '../../domain/target';
import type { TextEncoding } from '../text/decode';
import { IssueCollector } from '../issues/issue';
import { resolveDuplicates } from '../columns/duplicates';
import { ObservationBuilder, type ObservationColumns } from '../columns/observation-store';
import type { FileHead } from './file-head';
import type {
  FileFormat,
  ImportOptions,
  IndicatorLabel,
  RowCounts,
  TableChoice,
  TablePreview,
} from './import-result';

/**
 * The one reader contract: every file format is a reader with this shape, listed once in the
 * pipeline's format registry. The registry asks each reader in turn whether it knows the file's head
 * (`sniff`); the first that does reads the file with the one context and returns one outcome, which
 * `importResult` turns into the import's result.
 */
export interface FormatReader {
  /** The reader's name in the registry; the format it reports may be finer ('wide-csv'). */
  readonly format: string;
  /** True when this reader reads the file. Looks only at the head, never adds an issue. */
  sniff(head: FileHead): boolean;
  read(head: FileHead, context: ReaderContext): ReaderOutcome;
  /** For formats read asynchronously (a workbook): importFileAsync reads with this instead of `read`. */
  readAsync?(head: FileHead, context: ReaderContext): Promise<ReaderOutcome>;
}

/** What every reader reads with: the file, where issues go, the counts it keeps, the options. */
export interface ReaderContext {
  readonly file: string;
  readonly issues: IssueCollector;
  /** Records read and what became of each: accepted + rejected + skipped = records. */
  readonly counts: RowCounts;
  readonly options: ImportOptions;
  /** The file's observation columns, made on the first call with room for about `capacity` rows. */
  columns(capacity: number): ObservationBuilder;
}

/** What a reader read; its counts are the context's. */
export interface ReaderOutcome {
  readonly format: FileFormat;
  readonly encoding: TextEncoding | 'binary' | undefined;
  /** The CSV delimiter; undefined for other formats and for a table without data. */
  readonly delimiter: string | undefined;
  readonly observations: ObservationColumns | undefined;
  readonly targets: readonly Target[];
  /** Indicator definitions (a catalogue). */
  readonly indicators: readonly Indicator[];
  readonly labels: readonly IndicatorLabel[];
  /** Present when the columns could not be told apart and the user may map them. */
  readonly preview: TablePreview | undefined;
  /** What the reader chose for a table it read: Välj kolumner starts from it. */
  readonly choice?: TableChoice;
  readonly sheets?: { readonly names: readonly string[]; readonly read: string };
  readonly ledger?: Ledger;
  /**
   * The indicator ids the file describes itself, which get no indicator_not_in_catalogue warning.
   * Default: its definitions and its labels.
   */
  readonly describes?: readonly string[];
}

export function readerContext(file: string, options: ImportOptions): ReaderContext {
  let builder: ObservationBuilder | undefined;
  return {
    file,
    issues: new IssueCollector(file),
    counts: { records: 0, accepted: 0, rejected: 0, skipped: 0 },
    options,
    columns: (capacity) => (builder ??= new ObservationBuilder(capacity)),
  };
}

/** An outcome with nothing read: the reader said why in the issues. */
export function emptyOutcome(
  format: FileFormat,
  encoding: ReaderOutcome['encoding'],
  delimiter: string | undefined = undefined,
): ReaderOutcome {
  return {
    format,
    encoding,
    delimiter,
    observations: undefined,
    targets: [],
    indicators: [],
    labels: [],
    preview: undefined,
  };
}

/**
 * The observations read, with repeated and conflicting ones resolved: a repeat is skipped, a
 * conflict rejected, each with its issue, and the counts say so.
 */
export function settledColumns(
  builder: ObservationBuilder,
  context: Pick<ReaderContext, 'issues' | 'counts'>,
): ObservationColumns {
  const { counts } = context;
  const dup = resolveDuplicates(builder, context.issues);
  counts.accepted -= dup.repeated + dup.conflicting;
  counts.skipped += dup.repeated;
  counts.rejected += dup.conflicting;
  return builder.build(dup.keep);
}
