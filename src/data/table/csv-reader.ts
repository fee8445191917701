import { CsvScanner } from '../text/csv-scanner';
import { decodeChunks } from '../text/decode';
import { decimalHintFor, detectDelimiter, type Delimiter } from '../text/delimiter';
import { textEncoding, type FileHead } from '../import/file-head';
import type { FormatReader, ReaderContext, ReaderOutcome } from '../import/reader';
import { TableReader } from './table-reader';

/** Decoded chunk size unless the options say; results do not depend on it. */
const DEFAULT_CHUNK_BYTES = 1 << 20;

/** Lines looked at for the delimiter: the header may come after a title line and a blank one. */
const DELIMITER_LINES = 6;

/** Bytes a CSV row takes, about: the first guess at the columns' size. */
const BYTES_PER_ROW = 28;

/**
 * The delimiter of the first of the first lines that has one (a title line has none) — unless the
 * lines after it all agree on another: a title with a comma in it ("Antal hushåll, Värmlands län")
 * above a `;` table.
 */
function delimiterOf(head: string): Delimiter | undefined {
  const lines = head.split(/\r\n|\r|\n/).slice(0, DELIMITER_LINES);
  const found = lines.flatMap((line) => {
    const d = detectDelimiter(line);
    return d ? [d] : [];
  });
  const [first, ...rest] = found;
  const after = rest[0];
  if (first !== undefined && after !== undefined && after !== first && rest.every((d) => d === after))
    return after;
  return first;
}

/** The file's decoded chunks, telling the options how far the reading has come. */
function* chunksOf(head: FileHead, context: ReaderContext): Generator<string> {
  const { bytes } = head;
  const chunkBytes = context.options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let done = 0;
  for (const text of decodeChunks(bytes, head.encoding().encoding, chunkBytes)) {
    yield text;
    done = Math.min(bytes.length, done + chunkBytes);
    context.options.onProgress?.(done / bytes.length);
  }
}

/**
 * Reads a CSV file's decoded chunks: the delimiter from the first lines that have one, then every
 * record through the table reader, which tells the layout from the header.
 */
function readCsv(head: FileHead, context: ReaderContext): ReaderOutcome {
  const encoding = textEncoding(head, context.issues);
  const iterator = chunksOf(head, context);
  let text = '';
  let done = false;
  // Enough text to see a few complete lines, or the whole of a short file.
  while (!done && text.split(/\r\n|\r|\n/).length <= DELIMITER_LINES) {
    const next = iterator.next();
    if (next.done) done = true;
    else text += next.value;
  }
  const delimiter = delimiterOf(text.replace(/^\uFEFF/, '')) ?? ';';
  const reader = new TableReader(context, {
    format: (layout) => (layout === undefined || layout === 'long' ? 'long-csv' : `${layout}-csv`),
    encoding: encoding.encoding,
    delimiter,
    hint: decimalHintFor(delimiter),
    estimatedRows: Math.ceil(head.bytes.length / BYTES_PER_ROW),
    invalidBytes: encoding.invalidBytes > 0,
  });
  const scanner = new CsvScanner(delimiter, (rec) => reader.record(rec));
  let sawReplacement = false;
  const feed = (chunk: string): void => {
    if (!sawReplacement && chunk.includes('\uFFFD')) {
      sawReplacement = true;
      reader.sawReplacementCharacter();
    }
    scanner.push(chunk);
  };
  feed(text);
  for (let next = iterator.next(); !next.done; next = iterator.next()) feed(next.value);
  scanner.finish();
  return reader.finish();
}

/** Delimited text — CSV, TSV, PxWeb's tables: whatever no other format claims. */
export const csvReader: FormatReader = {
  format: 'csv',
  sniff: () => true,
  read: readCsv,
};
