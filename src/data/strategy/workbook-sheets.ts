import { IssueCollector } from '../issues/issue';
import { emitRecords, readWorkbook } from '../table/xlsx/workbook-reader';

/** A sheet as rows of cell texts; row i is the sheet's row i + 1. */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

export type WorkbookSheets =
  | { readonly ok: true; readonly sheets: readonly SheetGrid[] }
  | { readonly ok: false; readonly detail: { readonly sv: string; readonly en: string } };

/**
 * Every sheet of a workbook, read with the app's own xlsx reader (its limits and checks), one sheet at
 * a time. A strategy workbook is small: opening the archive once per sheet costs little.
 */
export function readWorkbookSheets(bytes: Uint8Array): WorkbookSheets {
  const first = new IssueCollector('');
  const book = readWorkbook(bytes, undefined, first);
  const failure = (issues: IssueCollector): WorkbookSheets | undefined => {
    const error = issues.finish().find((i) => i.severity === 'error');
    return error ? { ok: false, detail: error.message } : undefined;
  };
  if (!book) return failure(first) ?? { ok: false, detail: { sv: 'okänt fel', en: 'unknown error' } };
  const sheets: SheetGrid[] = [];
  for (const name of book.names) {
    const issues = new IssueCollector('');
    const read = name === book.sheet?.name ? book : readWorkbook(bytes, name, issues);
    const table = read?.sheet?.table;
    if (!table) {
      const failed = failure(issues) ?? failure(first);
      if (failed) return failed;
      continue;
    }
    const rows: string[][] = [];
    emitRecords(table, (record) => rows.push(record.fields.slice(0, record.count)));
    sheets.push({ name, rows });
  }
  return { ok: true, sheets };
}
