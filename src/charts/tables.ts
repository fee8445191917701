import { periodLabel } from '../domain/period';
import { rankEntries } from '../domain/ranking';
import { num, text, type TableCell, type TableModel } from '../domain/table';
import type { MapInput } from './map-option';
import type { RankingInput } from './ranking-option';
import type { TrendInput, TrendRow } from './trend-option';

/** The trend as a table: a row per period, per line its value, and its target path and target where it has them. */
export function trendTable(
  input: TrendInput,
  rows: readonly TrendRow[],
  caption: string,
  labels: { readonly period: string },
): TableModel {
  const { decimals } = input;
  const columns = [{ header: labels.period, numeric: false }];
  input.lines.forEach((line) => {
    columns.push({ header: line.name, numeric: true });
    if (line.path.length > 0) {
      columns.push({ header: `${line.name}: ${input.labels.targetPath}`, numeric: true });
      columns.push({ header: `${line.name}: ${input.labels.target}`, numeric: true });
    }
  });
  return {
    caption,
    columns,
    rowHeader: 0,
    rows: rows.map((row) => {
      const cells: TableCell[] = [text(periodLabel(row.period, input.lang))];
      input.lines.forEach((line, k) => {
        const point = row.points[k];
        cells.push(num(point?.value ?? null, decimals, point?.marker ?? (point ? null : '..')));
        if (line.path.length > 0) {
          cells.push(row.paths[k] === null ? text('') : num(row.paths[k] ?? null, decimals));
          cells.push(row.targets[k] === null ? text('') : num(row.targets[k] ?? null, decimals));
        }
      });
      return cells;
    }),
  };
}

export interface CountiesTableLabels {
  readonly rank: string;
  readonly county: string;
  readonly value: string;
  readonly status: string;
}

interface ReferenceRow {
  readonly name: string;
  readonly value: number | null;
  readonly marker?: string | null;
}

/** A further column of the ranked table, filled per county (Riket's cell is left empty). */
interface ExtraColumn {
  readonly header: string;
  readonly cell: (code: string) => TableCell;
}

/** The 21 län ranked for one period — rank, name, value and an optional further column — with Riket last. */
function rankedTable(
  ranking: RankingInput,
  caption: string,
  labels: Omit<CountiesTableLabels, 'status'>,
  riket: ReferenceRow | undefined,
  extra?: ExtraColumn,
): TableModel {
  const ranked = rankEntries(ranking.entries, ranking.direction, ranking.selected);
  const highlighted = new Set<number>();
  const rows: TableCell[][] = ranked.map((entry, i) => {
    if (entry.selected) highlighted.add(i);
    const cells = [
      entry.rank === undefined ? text('') : num(entry.rank, 0),
      text(entry.name),
      num(entry.value, ranking.decimals, entry.marker),
    ];
    return extra ? [...cells, extra.cell(entry.code)] : cells;
  });
  if (riket) {
    const cells = [text(''), text(riket.name), num(riket.value, ranking.decimals, riket.marker ?? null)];
    rows.push(extra ? [...cells, text('')] : cells);
  }
  return {
    caption,
    columns: [
      { header: labels.rank, numeric: true },
      { header: labels.county, numeric: false },
      { header: ranking.unit ? `${labels.value} (${ranking.unit})` : labels.value, numeric: true },
      ...(extra ? [{ header: extra.header, numeric: false }] : []),
    ],
    rows,
    rowHeader: 1,
    highlighted,
  };
}

/** The 21 län for one period — rank, value and status — with Riket last as the reference. */
export function countiesTable(
  ranking: RankingInput,
  map: MapInput,
  caption: string,
  labels: CountiesTableLabels,
  riket?: ReferenceRow,
): TableModel {
  const statusOf = new Map(map.entries.map((e) => [e.code, e.status]));
  return rankedTable(ranking, caption, labels, riket, {
    header: labels.status,
    cell: (code) => text(map.statusLabels[statusOf.get(code) ?? 'no_target']),
  });
}

/** The 21 län ranked for one period — rank and value — with Riket last as the reference. */
export function rankingTable(
  ranking: RankingInput,
  caption: string,
  labels: Omit<CountiesTableLabels, 'status'>,
): TableModel {
  return rankedTable(ranking, caption, labels, ranking.riket);
}
