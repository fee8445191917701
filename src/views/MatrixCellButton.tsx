import { memo, useMemo, type ReactElement } from 'react';
import { indicatorHeadingTarget, requestFocus } from '../components/focus-request';
import { useI18n } from '../components/i18n-context';
import { pick } from '../domain/language';
import type { RegionScope } from '../domain/region-scope';
import type { TargetStatus } from '../domain/target';
import type { MatrixMode, UrlState } from '../state/url-state';
import type { ListedIndicator } from './indicator-list';
import type { MatrixCell } from './matrix-model';
import type { GridCell } from './use-roving-grid';

export const ICONS: Readonly<Record<TargetStatus, string>> = {
  on_track: '✓',
  at_risk: '!',
  off_track: '✕',
  no_target: '–',
  no_data: '?',
};

const EMPTY_CELL: MatrixCell = { summary: undefined, rank: undefined };

interface MatrixCellButtonProps {
  readonly region: { readonly code: string; readonly name: string };
  readonly listed: ListedIndicator;
  /** The cells of a column, by region code (computed once per column and dataset). */
  readonly columnOf: (listed: ListedIndicator) => ReadonlyMap<string, MatrixCell>;
  readonly mode: MatrixMode;
  readonly statusLabels: Readonly<Record<TargetStatus, string>>;
  /** The regions compared: a cell opens its region at this level. */
  readonly scope: RegionScope;
  /** How many regions are ranked (the rows): "plats 3 av 21", "plats 3 av 15". */
  readonly count: number;
  /** Where the cell is in the whole grid (0-based, over the body's rows and the indicators). */
  readonly row: number;
  readonly col: number;
  /** Whether the cell is the grid's Tab stop. */
  readonly active: boolean;
  /** Makes the cell the Tab stop (it got focus by click or Tab). */
  readonly onActivate: (cell: GridCell) => void;
  readonly cellRef: (cell: GridCell) => (element: HTMLButtonElement | null) => void;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/**
 * One county's (or kommun's) status or rank for one indicator; it opens that indicator for that region,
 * among the län or among its county's kommuner as the matrix compares them. Memoised:
 * an arrow key re-renders the two cells whose Tab stop changes, not every drawn cell.
 */
export const MatrixCellButton = memo(function MatrixCellButton({
  region,
  listed,
  columnOf,
  mode,
  statusLabels,
  scope,
  count,
  row,
  col,
  active,
  onActivate,
  cellRef,
  onChange,
}: MatrixCellButtonProps): ReactElement {
  const { t, lang } = useI18n();
  const buttonRef = useMemo(() => cellRef({ row, col }), [cellRef, row, col]);
  const cell = columnOf(listed).get(region.code) ?? EMPTY_CELL;
  const status = cell.summary?.status.status ?? 'no_data';
  const name = pick(listed.indicator.name, lang);
  const label =
    mode === 'rank'
      ? cell.rank?.rank === undefined
        ? t('missingValue')
        : t('rankOf', { rank: cell.rank.rank, count })
      : statusLabels[status];
  return (
    <td className={mode === 'status' ? `cell cell-${status}` : 'cell cell-rank'} aria-colindex={col + 2}>
      <button
        type="button"
        className="cell-button"
        ref={buttonRef}
        tabIndex={active ? 0 : -1}
        onFocus={() => {
          if (!active) onActivate({ row, col });
        }}
        aria-label={`${region.name}, ${name}: ${label}`}
        title={`${region.name}, ${name}: ${label}`}
        onClick={() => {
          requestFocus(indicatorHeadingTarget(listed.indicator.id));
          onChange({
            view: 'indikator',
            region: region.code,
            level: scope.level,
            indicator: listed.indicator.id,
            compare: [],
            at: undefined,
          });
        }}
        data-testid={`cell-${region.code}-${listed.indicator.id}`}
      >
        {/* The icon as the button's own text (its name is the label): one element less in each cell. */}
        {mode === 'rank' ? (cell.rank?.rank ?? '..') : ICONS[status]}
      </button>
    </td>
  );
});
