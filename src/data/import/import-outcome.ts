import type { ObservationColumns } from '../columns/observation-store';
import { emptyColumns } from '../columns/observation-store';
import type { ImportOptions, ImportResult } from './import-result';
import { emptyOutcome, readerContext, type ReaderContext, type ReaderOutcome } from './reader';

/**
 * The one place a reader's outcome becomes an import's result: the context's counts and issues, with
 * one warning per indicator the catalogue does not know.
 */
export function importResult(outcome: ReaderOutcome, context: ReaderContext): ImportResult {
  const observations = outcome.observations ?? emptyColumns();
  const describes = outcome.describes ?? [
    ...outcome.indicators.map((i) => i.id),
    ...outcome.labels.map((l) => l.id),
  ];
  warnUnknownIndicators(observations, describes, context);
  const { counts } = context;
  return {
    file: context.file,
    format: outcome.format,
    encoding: outcome.encoding,
    delimiter: outcome.delimiter,
    records: counts.records,
    accepted: counts.accepted,
    rejected: counts.rejected,
    skipped: counts.skipped,
    issues: context.issues.finish(),
    observations,
    targets: outcome.targets,
    indicators: outcome.indicators,
    labels: outcome.labels,
    preview: outcome.preview,
    ...(outcome.choice ? { choice: outcome.choice } : {}),
    ...(outcome.sheets ? { sheets: outcome.sheets } : {}),
    ...(outcome.ledger ? { ledger: outcome.ledger } : {}),
  };
}

/** A file the import failed on unexpectedly: the error as an issue, nothing from the file. */
export function failedResult(file: string, options: ImportOptions, error: unknown): ImportResult {
  const failed = readerContext(file, options);
  failed.issues.add('internal_error', 1, null, {
    detail: error instanceof Error ? error.message : String(error),
  });
  return importResult(emptyOutcome('unknown', undefined), failed);
}

/** One warning per indicator the catalogue does not know, with its row count. */
function warnUnknownIndicators(
  columns: ObservationColumns,
  describedHere: readonly string[],
  context: ReaderContext,
): void {
  const known = context.options.knownIndicators;
  if (!known || columns.length === 0) return;
  const rows = new Uint32Array(columns.indicators.length);
  const firstLine = new Uint32Array(columns.indicators.length);
  for (let i = 0; i < columns.length; i++) {
    const code = columns.indicator[i] ?? 0;
    if (rows[code] === 0) firstLine[code] = columns.line[i] ?? 0;
    rows[code] = (rows[code] ?? 0) + 1;
  }
  columns.indicators.forEach((id, code) => {
    if (!known.has(id) && !describedHere.includes(id)) {
      context.issues.add('indicator_not_in_catalogue', firstLine[code] ?? 1, null, {
        value: id,
        rows: rows[code] ?? 0,
      });
    }
  });
}
