import { importCsvChunks } from '../table/csv-import';
import { decodeAll, decodeChunks, detectEncoding, type EncodingDetection } from '../text/decode';
import type { ImportOptions, ImportResult } from '../import/import-result';
import { IssueCollector } from '../issues/issue';
import { importJsonText } from '../json/json-import';
import { emptyColumns, type ObservationColumns } from '../columns/observation-store';
import { importXlsx } from '../table/xlsx-import';

const DEFAULT_CHUNK_BYTES = 1 << 20;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The first non-space character after any BOM, to tell JSON from CSV. */
function firstSignificantChar(text: string): string {
  const m = /^\uFEFF?\s*(\S)/.exec(text.slice(0, 1024));
  return m?.[1] ?? '';
}

/**
 * The import pipeline, the same in the browser's worker and in Node: bytes → encoding → layout
 * (CSV with its delimiter, or JSON) → typed columns, targets and indicators, plus every issue.
 * It never throws: an unexpected failure becomes an issue and the file contributes nothing.
 */
export function importFile(file: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const issues = new IssueCollector(file);
  try {
    return importUnchecked(file, bytes, options, issues);
  } catch (error) {
    const issuesSoFar = new IssueCollector(file);
    issuesSoFar.add('internal_error', 1, null, {
      detail: error instanceof Error ? error.message : String(error),
    });
    return failedResult(file, issuesSoFar);
  }
}

function failedResult(file: string, issues: IssueCollector): ImportResult {
  return {
    file,
    format: 'unknown',
    encoding: undefined,
    delimiter: undefined,
    records: 0,
    accepted: 0,
    rejected: 0,
    skipped: 0,
    issues: issues.finish(),
    observations: emptyColumns(),
    targets: [],
    indicators: [],
    labels: [],
    preview: undefined,
  };
}

export function isWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);
}

/**
 * The whole pipeline, workbooks included: an xlsx file goes to the spreadsheet reader (loaded on
 * first use), everything else to importFile. Like importFile, it never rejects.
 */
export async function importFileAsync(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (!isWorkbook(bytes)) return importFile(file, bytes, options);
  const issues = new IssueCollector(file);
  try {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      issues.add('format_not_supported', 1, null, { format: 'Excel 97–2003 (xls)' });
      return { ...failedResult(file, issues), format: 'xlsx', encoding: 'binary' };
    }
    const outcome = await importXlsx(file, bytes, options, issues);
    options.onProgress?.(1);
    const observations = outcome.observations ?? emptyColumns();
    warnUnknownIndicators(
      observations,
      outcome.labels.map((l) => l.id),
      options,
      issues,
    );
    return {
      file,
      format: outcome.layout === undefined ? 'xlsx' : (`xlsx-${outcome.layout}` as const),
      encoding: 'binary',
      delimiter: undefined,
      ...outcome.counts,
      issues: issues.finish(),
      observations,
      targets: outcome.targets,
      indicators: [],
      labels: outcome.labels,
      preview: outcome.preview,
      ...(outcome.sheetNames.length > 1 && outcome.sheet !== undefined
        ? { sheets: { names: outcome.sheetNames, read: outcome.sheet } }
        : {}),
      ...(outcome.ledger ? { ledger: outcome.ledger } : {}),
    };
  } catch (error) {
    const failed = new IssueCollector(file);
    failed.add('internal_error', 1, null, { detail: error instanceof Error ? error.message : String(error) });
    return failedResult(file, failed);
  }
}

function importUnchecked(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions,
  issues: IssueCollector,
): ImportResult {
  const base = {
    file,
    records: 0,
    accepted: 0,
    rejected: 0,
    skipped: 0,
    targets: [],
    indicators: [],
    labels: [],
    preview: undefined,
  };
  if (isWorkbook(bytes)) {
    // Workbooks are read asynchronously: importFileAsync takes them.
    issues.add('format_not_supported', 1, null, { format: 'Excel (xlsx) — via importFileAsync' });
    return {
      ...base,
      format: 'xlsx',
      encoding: 'binary',
      delimiter: undefined,
      issues: issues.finish(),
      observations: emptyColumns(),
    };
  }
  if (bytes.length === 0) {
    issues.add('file_empty', 1, null, {});
    return {
      ...base,
      format: 'unknown',
      encoding: undefined,
      delimiter: undefined,
      issues: issues.finish(),
      observations: emptyColumns(),
    };
  }

  const detection: EncodingDetection = detectEncoding(bytes);
  if (detection.encoding === 'windows-1252') issues.add('encoding_windows_1252', 1, null, {});
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const headText = decodeAll(bytes.subarray(0, Math.min(bytes.length, 4096)), detection.encoding);
  const looksJson = /\.json$/i.test(file) || ['{', '['].includes(firstSignificantChar(headText));

  if (looksJson) {
    const outcome = importJsonText(decodeAll(bytes, detection.encoding), file, issues, options.indicator);
    options.onProgress?.(1);
    const observations = outcome.observations ?? emptyColumns();
    warnUnknownIndicators(
      observations,
      outcome.indicators.map((i) => i.id),
      options,
      issues,
    );
    return {
      file,
      format: outcome.format,
      encoding: detection.encoding,
      delimiter: undefined,
      ...outcome.counts,
      issues: issues.finish(),
      observations,
      targets: outcome.targets,
      indicators: outcome.indicators,
      labels: outcome.labels,
      preview: undefined,
    };
  }

  let done = 0;
  const chunks = (function* progress(): Generator<string> {
    for (const text of decodeChunks(bytes, detection.encoding, chunkBytes)) {
      yield text;
      done = Math.min(bytes.length, done + chunkBytes);
      options.onProgress?.(done / bytes.length);
    }
  })();
  const estimatedRows = Math.ceil(bytes.length / 28);
  const outcome = importCsvChunks(chunks, file, detection, issues, options, estimatedRows);
  const observations = outcome.observations ?? emptyColumns();
  warnUnknownIndicators(
    observations,
    outcome.labels.map((l) => l.id),
    options,
    issues,
  );
  return {
    file,
    format: outcome.format,
    encoding: detection.encoding,
    delimiter: outcome.delimiter,
    ...outcome.counts,
    issues: issues.finish(),
    observations,
    targets: outcome.targets,
    indicators: [],
    labels: outcome.labels,
    preview: outcome.preview,
    ...(outcome.ledger ? { ledger: outcome.ledger } : {}),
  };
}

/** One warning per indicator the catalogue does not know, with its row count. */
function warnUnknownIndicators(
  columns: ObservationColumns,
  definedHere: readonly string[],
  options: ImportOptions,
  issues: IssueCollector,
): void {
  const known = options.knownIndicators;
  if (!known || columns.length === 0) return;
  const rows = new Uint32Array(columns.indicators.length);
  const firstLine = new Uint32Array(columns.indicators.length);
  for (let i = 0; i < columns.length; i++) {
    const code = columns.indicator[i] ?? 0;
    if (rows[code] === 0) firstLine[code] = columns.line[i] ?? 0;
    rows[code] = (rows[code] ?? 0) + 1;
  }
  columns.indicators.forEach((id, code) => {
    if (!known.has(id) && !definedHere.includes(id)) {
      issues.add('indicator_not_in_catalogue', firstLine[code] ?? 1, null, {
        value: id,
        rows: rows[code] ?? 0,
      });
    }
  });
}
