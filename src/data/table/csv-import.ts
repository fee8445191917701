import { CsvScanner } from '../text/csv-scanner';
import type { EncodingDetection } from '../text/decode';
import { decimalHintFor, detectDelimiter, type Delimiter } from '../text/delimiter';
import type { FileFormat, ImportOptions, IndicatorLabel, TablePreview } from '../import/import-result';
import type { IssueCollector } from '../issues/issue';
import type { RowCounts } from '../import/import-result';
import type { ObservationColumns } from '../columns/observation-store';
import { TableReader } from './table-reader';
import type { Target } from '../../domain/target';
import type { Ledger } from '../../domain/ledger';

export interface CsvOutcome {
  readonly format: FileFormat;
  readonly delimiter: Delimiter | undefined;
  readonly counts: RowCounts;
  readonly observations: ObservationColumns | undefined;
  readonly targets: readonly Target[];
  readonly labels: readonly IndicatorLabel[];
  readonly preview: TablePreview | undefined;
  readonly ledger?: Ledger;
}

/** Lines looked at for the delimiter: the header may come after a title line and a blank one. */
const DELIMITER_LINES = 6;

/** The delimiter of the first of the first lines that has one (a title line has none). */
function delimiterOf(head: string): Delimiter | undefined {
  const lines = head.split(/\r\n|\r|\n/).slice(0, DELIMITER_LINES);
  for (const line of lines) {
    const found = detectDelimiter(line);
    if (found) return found;
  }
  return undefined;
}

/**
 * Reads a CSV file's decoded chunks: the delimiter from the first lines that have one, then every
 * record through the table reader, which tells the layout from the header.
 */
export function importCsvChunks(
  chunks: Iterable<string>,
  file: string,
  encoding: EncodingDetection,
  issues: IssueCollector,
  options: ImportOptions,
  estimatedRows: number,
): CsvOutcome {
  const iterator = chunks[Symbol.iterator]();
  let head = '';
  let done = false;
  // Enough text to see a few complete lines, or the whole of a short file.
  while (!done && head.split(/\r\n|\r|\n/).length <= DELIMITER_LINES) {
    const next = iterator.next();
    if (next.done) done = true;
    else head += next.value;
  }
  const delimiter = delimiterOf(head.replace(/^\uFEFF/, '')) ?? ';';
  const reader = new TableReader(
    file,
    issues,
    options,
    decimalHintFor(delimiter),
    estimatedRows,
    encoding.invalidBytes > 0,
  );
  const scanner = new CsvScanner(delimiter, (rec) => reader.record(rec));
  let sawReplacement = false;
  const feed = (text: string): void => {
    if (!sawReplacement && text.includes('\uFFFD')) {
      sawReplacement = true;
      reader.sawReplacementCharacter();
    }
    scanner.push(text);
  };
  feed(head);
  for (let next = iterator.next(); !next.done; next = iterator.next()) feed(next.value);
  scanner.finish();
  const outcome = reader.finish();
  const format: FileFormat =
    outcome.layout === undefined || outcome.layout === 'long'
      ? 'long-csv'
      : (`${outcome.layout}-csv` as const);
  const hasData = outcome.layout !== undefined || outcome.counts.records > 0;
  return { ...outcome, format, delimiter: hasData ? delimiter : undefined };
}
