import { useCallback, useMemo, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { pick } from '../domain/language';
import { comparedRegions, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import type { MatrixMode, UrlState } from '../state/url-state';
import { cachedMatrixColumn, type MatrixCell, type MatrixColumnGroup } from './matrix-model';
import { MatrixCellButton } from './MatrixCellButton';
import { useColumnWindow } from './use-column-window';
import { useRovingGrid, type GridCell } from './use-roving-grid';

interface MatrixGridProps {
  readonly dataset: Dataset;
  readonly scope: RegionScope;
  readonly groups: readonly MatrixColumnGroup[];
  readonly mode: MatrixMode;
  readonly statusLabels: Readonly<Record<TargetStatus, string>>;
  /** The head of the rows' column: "Län", or "Kommun". */
  readonly regionColumn: string;
  /** The table's caption: the matrix's title (with the målområde when one is chosen). */
  readonly caption: string;
  readonly onChange: (change: Partial<UrlState>) => void;
}

const EMPTY_CELL: MatrixCell = { summary: undefined, rank: undefined };

/** A spacer standing in for columns that are not drawn (see useColumnWindow). */
function Spacer({
  columns,
  width,
}: {
  readonly columns: number;
  readonly width: number;
}): ReactElement | null {
  if (columns === 0) return null;
  const px = columns * width;
  return <td aria-hidden="true" className="matrix-spacer" style={{ width: px, minWidth: px }} />;
}

/** The chain-level heads over the drawn columns [start, end): each spans its drawn columns. */
function visibleGroups(
  groups: readonly MatrixColumnGroup[],
  start: number,
  end: number,
): { label: string; span: number; first: number }[] {
  const heads: { label: string; span: number; first: number }[] = [];
  let offset = 0;
  for (const g of groups) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + g.indicators.length);
    if (to > from) heads.push({ label: g.label, span: to - from, first: from });
    offset += g.indicators.length;
  }
  return heads;
}

/**
 * The matrix as an ARIA grid: a row per county (or kommun), a column per indicator, one Tab stop, arrow keys.
 * With two thousand indicators only the columns near the scrolled-to place are drawn and computed;
 * aria-colcount and aria-colindex tell a screen reader where a cell is in the whole.
 */
export function MatrixGrid({
  dataset,
  scope,
  groups,
  mode,
  statusLabels,
  regionColumn,
  caption,
  onChange,
}: MatrixGridProps): ReactElement {
  const { lang } = useI18n();
  const indicators = useMemo(() => groups.flatMap((g) => g.indicators), [groups]);
  const rows = useMemo(
    () => comparedRegions(scope).map((c) => ({ code: c.code, name: regionName(c, lang) })),
    [scope, lang],
  );
  const { scrollRef, measureRef, reveal, start, end, columnWidth } = useColumnWindow(indicators.length);
  const revealCell = useCallback((cell: GridCell) => reveal(cell.col), [reveal]);
  // One Tab stop for the whole matrix (a roving tabindex): the active cell; arrows move it.
  const grid = useRovingGrid(rows.length, indicators.length, revealCell);
  // Scrolled away from the active cell, the Tab stop is the first drawn cell of its row.
  const tabCol = grid.current.col >= start && grid.current.col < end ? grid.current.col : start;
  const drawn = useMemo(() => indicators.slice(start, end), [indicators, start, end]);
  // Each column's cells, computed when first drawn (and kept for the dataset: cachedMatrixColumn).
  const drawnCells = useMemo(
    () => drawn.map((listed) => cachedMatrixColumn(dataset, scope, lang, listed)),
    [drawn, dataset, scope, lang],
  );
  const groupHeads = visibleGroups(groups, start, end);

  return (
    <div className="table-wrap matrix-scroll" role="region" aria-labelledby="matrix-title" ref={scrollRef}>
      <table
        className="matrix"
        data-testid="matrix"
        role="grid"
        aria-describedby="matrix-keys"
        aria-rowcount={rows.length + 2}
        aria-colcount={indicators.length + 1}
        onKeyDown={grid.onKeyDown}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <td aria-colindex={1} />
            <Spacer columns={start} width={columnWidth} />
            {groupHeads.map((g) => (
              <th
                key={g.label}
                scope="colgroup"
                colSpan={g.span}
                aria-colindex={g.first + 2}
                className="group-head"
              >
                {g.label}
              </th>
            ))}
            <Spacer columns={indicators.length - end} width={columnWidth} />
          </tr>
          <tr aria-rowindex={2}>
            <th scope="col" aria-colindex={1}>
              {regionColumn}
            </th>
            <Spacer columns={start} width={columnWidth} />
            {drawn.map((l, i) => (
              <th
                key={l.indicator.id}
                scope="col"
                className="indicator-head"
                aria-colindex={start + i + 2}
                ref={i === 0 ? measureRef : undefined}
              >
                <span>{pick(l.indicator.name, lang)}</span>
              </th>
            ))}
            <Spacer columns={indicators.length - end} width={columnWidth} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.code} aria-rowindex={r + 3}>
              <th scope="row" aria-colindex={1}>
                {row.name}
              </th>
              <Spacer columns={start} width={columnWidth} />
              {drawn.map((listed, i) => {
                const k = start + i;
                return (
                  <MatrixCellButton
                    key={listed.indicator.id}
                    region={row}
                    listed={listed}
                    cell={drawnCells[i]?.get(row.code) ?? EMPTY_CELL}
                    mode={mode}
                    statusLabels={statusLabels}
                    scope={scope}
                    count={rows.length}
                    row={r}
                    col={k}
                    active={r === grid.current.row && k === tabCol}
                    onActivate={grid.setActive}
                    cellRef={grid.cellRef}
                    onChange={onChange}
                  />
                );
              })}
              <Spacer columns={indicators.length - end} width={columnWidth} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
