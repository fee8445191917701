import { fileHead } from '../import/file-head';
import type { ImportOptions, ImportResult } from '../import/import-result';
import { failedResult, importResult } from '../import/import-outcome';
import { readerContext } from '../import/reader';
import { formatOf } from './formats';

/**
 * The import pipeline, the same in the browser's worker and in Node: bytes → the format that knows
 * them (see FORMATS) → typed columns, targets and indicators, plus every issue. Text only: a
 * workbook is named and left to importFileAsync. It never throws: an unexpected failure becomes an
 * issue and the file contributes nothing.
 */
export function importFile(file: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const context = readerContext(file, options);
  try {
    const head = fileHead(file, bytes);
    return importResult(formatOf(head).read(head, context), context);
  } catch (error) {
    return failedResult(file, options, error);
  }
}

/**
 * The whole pipeline, workbooks included: a format read asynchronously (a workbook, whose reader is
 * loaded on first use) is read so. Like importFile, it never rejects.
 */
export async function importFileAsync(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const context = readerContext(file, options);
  try {
    const head = fileHead(file, bytes);
    const reader = formatOf(head);
    const outcome = reader.readAsync ? await reader.readAsync(head, context) : reader.read(head, context);
    return importResult(outcome, context);
  } catch (error) {
    return failedResult(file, options, error);
  }
}
