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
