/**
 * A table of what a chart shows: its accessible alternative on the page and its CSV download.
 * Numbers stay numbers (with their missing-value markers) until they are written.
 */
export type TableCell =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'number';
      readonly value: number | null;
      readonly marker: string | null;
      readonly decimals: number;
    };

export interface TableColumn {
  readonly header: string;
  readonly numeric: boolean;
}

export interface TableModel {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
  /** The column whose cells name their row (a <th scope="row">). */
  readonly rowHeader: number;
  /** Rows to emphasise (the selected county), by index. */
  readonly highlighted?: ReadonlySet<number>;
}

export const text = (value: string): TableCell => ({ kind: 'text', text: value });

export const num = (value: number | null, decimals: number, marker: string | null = null): TableCell => ({
  kind: 'number',
  value,
  marker,
  decimals,
});

/**
 * What a whole table's numbers are — their source, unit, period (when no column holds it) and a note
 * (such as "Exempeldata (påhittad)") — which the page says once in the caption and a CSV says in
 * every row, as columns: the file keeps one header row and is read back as a table.
 */
export interface TableAbout {
  readonly source: string;
  readonly unit: string;
  readonly period?: string;
  readonly note?: string;
}

/** The headers of the about columns, in the interface's language ("Källa", "Enhet", "Period", "Not"). */
export interface AboutHeaders {
  readonly source: string;
  readonly unit: string;
  readonly period: string;
  readonly note: string;
}

/**
 * The table with its about columns appended — Period (when the table has no column of that name),
 * Enhet, Källa, then Not when there is a note — each the same in every row.
 */
export function withAboutColumns(
  table: TableModel,
  about: TableAbout | undefined,
  headers: AboutHeaders,
): TableModel {
  if (!about) return table;
  const has = new Set(table.columns.map((c) => c.header));
  const added: { readonly header: string; readonly value: string }[] = [];
  if (about.period !== undefined && !has.has(headers.period))
    added.push({ header: headers.period, value: about.period });
  if (!has.has(headers.unit)) added.push({ header: headers.unit, value: about.unit });
  if (!has.has(headers.source)) added.push({ header: headers.source, value: about.source });
  if (about.note) added.push({ header: headers.note, value: about.note });
  return {
    ...table,
    columns: [...table.columns, ...added.map((a) => ({ header: a.header, numeric: false }))],
    rows: table.rows.map((row) => [...row, ...added.map((a) => text(a.value))]),
  };
}
