import { useMemo, useState, type ReactElement } from 'react';
import type { TableCell, TableModel } from '../domain/table';
import { formatValue } from '../i18n/format';
import { useI18n } from './i18n-context';

function display(cell: TableCell | undefined, lang: 'sv' | 'en'): string {
  if (!cell) return '';
  if (cell.kind === 'text') return cell.text;
  return formatValue(cell.value, cell.marker, cell.decimals, lang);
}

function compare(a: TableCell | undefined, b: TableCell | undefined): number {
  if (a?.kind === 'number' && b?.kind === 'number') {
    // Missing values sort last either way.
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
    return a.value - b.value;
  }
  return display(a, 'sv').localeCompare(display(b, 'sv'), 'sv', { numeric: true });
}

interface DataTableProps {
  readonly table: TableModel;
  /** Column headers become sort buttons. */
  readonly sortable?: boolean;
  readonly testId?: string;
}

/** A table of exact values, as text; sortable by any column when asked. */
export function DataTable({ table, sortable = false, testId }: DataTableProps): ReactElement {
  const { lang, t } = useI18n();
  const [sort, setSort] = useState<{ column: number; ascending: boolean } | undefined>(undefined);
  const order = useMemo(() => {
    const indexes = table.rows.map((_, i) => i);
    if (!sort) return indexes;
    return indexes.sort((i, j) => {
      const c = compare(table.rows[i]?.[sort.column], table.rows[j]?.[sort.column]);
      const missing =
        table.rows[i]?.[sort.column]?.kind === 'number' &&
        (table.rows[i]?.[sort.column] as { value: number | null }).value === null;
      const otherMissing =
        table.rows[j]?.[sort.column]?.kind === 'number' &&
        (table.rows[j]?.[sort.column] as { value: number | null }).value === null;
      if (missing !== otherMissing) return missing ? 1 : -1;
      return sort.ascending ? c : -c;
    });
  }, [table, sort]);

  return (
    <table className="data-table" data-testid={testId}>
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, k) => {
            const state = sort?.column === k ? (sort.ascending ? 'ascending' : 'descending') : undefined;
            return (
              <th
                key={k}
                scope="col"
                className={column.numeric ? 'num' : undefined}
                aria-sort={sortable ? (state ?? 'none') : undefined}
              >
                {sortable ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort((s) => ({
                        column: k,
                        ascending: s?.column === k ? !s.ascending : !column.numeric,
                      }))
                    }
                    aria-label={`${column.header}, ${t('sortBy')}`}
                  >
                    {column.header}
                    <span aria-hidden="true" className="sort-mark">
                      {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {order.map((i) => {
          const row = table.rows[i] ?? [];
          const highlighted = table.highlighted?.has(i) ?? false;
          return (
            <tr
              key={i}
              className={highlighted ? 'selected-row' : undefined}
              aria-current={highlighted ? 'true' : undefined}
            >
              {row.map((cell, k) =>
                k === table.rowHeader ? (
                  <th key={k} scope="row" className={table.columns[k]?.numeric ? 'num' : undefined}>
                    {highlighted ? <strong>{display(cell, lang)}</strong> : display(cell, lang)}
                  </th>
                ) : (
                  <td key={k} className={table.columns[k]?.numeric ? 'num' : undefined}>
                    {display(cell, lang)}
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
