import { useCallback, useDeferredValue, useLayoutEffect, useMemo, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { pick } from '../domain/language';
import { comparedRegions, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import type { TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import type { MatrixMode, UrlState } from '../state/url-state';
import type { ListedIndicator } from './indicator-list';
import { cachedMatrixColumn, type MatrixColumnGroup } from './matrix-model';
import { MatrixCellButton } from './MatrixCellButton';
import { EAGER_COLUMNS, useColumnWindow } from './use-column-window';
import { useCountyColumnWidth } from './use-county-column-width';
import { useJumps, useRowsDrawn } from './use-drawn-rows';
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

/** The window the first render draws: none, so that the view itself shows at once (see MatrixGrid). */
const NO_COLUMNS = { start: 0, end: 0 } as const;

/** A spacer standing in for columns that are not drawn (see useColumnWindow). */
function Spacer({
  columns,
  width,
  pending = false,
}: {
  readonly columns: number;
  readonly width: number;
  /** It stands in for a row's cells still to come (a cell's height). */
  readonly pending?: boolean;
}): ReactElement | null {
  if (columns === 0) return null;
  const px = columns * width;
  return (
    <td
      aria-hidden="true"
      className={pending ? 'matrix-spacer matrix-pending' : 'matrix-spacer'}
      // In a row still to come it stands in for the drawn columns, so it spans them (one column
      // as wide as all would widen that column in every row).
      colSpan={pending ? columns : undefined}
      style={{ width: px, minWidth: px }}
    />
  );
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
  mode: wantedMode,
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
  const columnWindow = useColumnWindow(indicators.length);
  const { scrollRef, measureRef, reveal, columnWidth } = columnWindow;
  const countyColumnRef = useCountyColumnWidth();
  const wanted = useMemo(
    () => ({ start: columnWindow.start, end: columnWindow.end }),
    [columnWindow.start, columnWindow.end],
  );
  // With many indicators the cells are drawn a step behind what they show, in a render React cuts
  // into slices of a few milliseconds: opening the view, a jump to the far end or another mode never
  // holds the main thread for the whole window at once (21 × 45 cells); the first render draws none.
  // A matrix of normal size (tests, the example data) is drawn at once, as it always was.
  const many = indicators.length > EAGER_COLUMNS;
  const deferredWindow = useDeferredValue(wanted, many ? NO_COLUMNS : wanted);
  const deferredMode = useDeferredValue(wantedMode);
  const { start, end } = many ? deferredWindow : wanted;
  const mode = many ? deferredMode : wantedMode;
  const windowBehind = wanted.start !== start || wanted.end !== end || wantedMode !== mode;
  const revealCell = useCallback((cell: GridCell) => reveal(cell.col), [reveal]);
  // One Tab stop for the whole matrix (a roving tabindex): the active cell; arrows move it.
  const grid = useRovingGrid(rows.length, indicators.length, revealCell);
  // Scrolled away from the active cell, the Tab stop is the first cell of its row in view.
  const inView = Math.min(Math.max(columnWindow.leftColumn, start), Math.max(start, end - 1));
  const tabCol = grid.current.col >= start && grid.current.col < end ? grid.current.col : inView;
  // Scrolled away while a cell had focus: focus stays in the grid, on its Tab stop (no dependencies:
  // after every render, as the cell may go in any of them).
  const { keepFocus } = grid;
  const tabRow = grid.current.row;
  useLayoutEffect(() => keepFocus({ row: tabRow, col: tabCol }));
  const drawn = useMemo(() => indicators.slice(start, end), [indicators, start, end]);
  // A column's cells, computed when its first cell is drawn (and kept for the dataset:
  // cachedMatrixColumn) — by the cell, so that the work falls into the render's slices.
  const columnOf = useCallback(
    (listed: ListedIndicator) => cachedMatrixColumn(dataset, scope, lang, listed),
    [dataset, scope, lang],
  );
  const groupHeads = visibleGroups(groups, start, end);
  const jumps = useJumps(start, end);
  const rowsDrawn = useRowsDrawn(jumps, rows.length, many);

  return (
    <div className="table-wrap matrix-scroll" role="region" aria-labelledby="matrix-title" ref={scrollRef}>
      <table
        className="matrix"
        data-testid="matrix"
        role="grid"
        aria-describedby="matrix-keys"
        aria-rowcount={rows.length + 2}
        aria-colcount={indicators.length + 1}
        aria-busy={windowBehind || rowsDrawn < rows.length}
        onKeyDown={grid.onKeyDown}
      >
        <caption className="sr-only">{caption}</caption>
        <thead key={`head-${jumps}`}>
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
            <th scope="col" aria-colindex={1} ref={countyColumnRef}>
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
        <tbody key={`body-${jumps}`}>
          {rows.map((row, r) => (
            <tr key={row.code} aria-rowindex={r + 3}>
              <th scope="row" aria-colindex={1}>
                {row.name}
              </th>
              <Spacer columns={start} width={columnWidth} />
              <Spacer columns={r < rowsDrawn ? 0 : end - start} width={columnWidth} pending />
              {(r < rowsDrawn ? drawn : []).map((listed, i) => {
                const k = start + i;
                return (
                  <MatrixCellButton
                    key={listed.indicator.id}
                    region={row}
                    listed={listed}
                    columnOf={columnOf}
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
