import { emptyFileReader } from '../import/empty-file';
import type { FileHead } from '../import/file-head';
import type { FormatReader } from '../import/reader';
import { canonicalJsonReader } from '../json/canonical-json';
import { jsonStatReader } from '../json/jsonstat';
import { koladaReader } from '../json/kolada';
import { csvReader } from '../table/csv-reader';
import { xlsReader, xlsxReader } from '../table/xlsx-reader';

/**
 * Every format the import reads, in the order they are asked: the first whose `sniff` knows the
 * file's head reads it. This is the one place a format is chosen. Binary signatures come first, then
 * the JSON variants (the specific before the canonical layout, which takes any other JSON), and
 * delimited text last, since it takes whatever is left. Within a table (CSV or a workbook's sheet)
 * the header then tells the layout: long, wide, targets or a ledger table (see TableReader).
 */
export const FORMATS: readonly FormatReader[] = [
  xlsReader,
  xlsxReader,
  emptyFileReader,
  koladaReader,
  jsonStatReader,
  canonicalJsonReader,
  csvReader,
];

/** The reader of this file: the first format in FORMATS that knows its head. */
export function formatOf(head: FileHead, formats: readonly FormatReader[] = FORMATS): FormatReader {
  const reader = formats.find((f) => f.sniff(head));
  if (!reader) throw new Error(`No format reads ${head.name}`);
  return reader;
}
