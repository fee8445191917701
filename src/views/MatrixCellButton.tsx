import type { ReactElement } from 'react';
import { indicatorHeadingTarget, requestFocus } from '../components/focus-request';
import { useI18n } from '../components/i18n-context';
import { pick } from '../domain/language';
import type { TargetStatus } from '../domain/target';
import type { MatrixMode, UrlState } from '../state/url-state';
import type { ListedIndicator } from './indicator-list';
import type { MatrixCell } from './matrix-model';

const ICONS: Readonly<Record<TargetStatus, string>> = {
  on_track: '✓',
  at_risk: '!',
  off_track: '✕',
  no_target: '–',
  no_data: '?',
};

interface MatrixCellButtonProps {
  readonly region: { readonly code: string; readonly name: string };
  readonly listed: ListedIndicator;
  readonly cell: MatrixCell;
  readonly mode: MatrixMode;
  readonly statusLabels: Readonly<Record<TargetStatus, string>>;
  /** Whether the cell is the grid's Tab stop. */
  readonly active: boolean;
  readonly onFocus: () => void;
  readonly buttonRef: (element: HTMLButtonElement | null) => void;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** One county's status or rank for one indicator; it opens that indicator for that county. */
export function MatrixCellButton({
  region,
  listed,
  cell,
  mode,
  statusLabels,
  active,
  onFocus,
  buttonRef,
  onChange,
}: MatrixCellButtonProps): ReactElement {
  const { t, lang } = useI18n();
  const status = cell.summary?.status.status ?? 'no_data';
  const name = pick(listed.indicator.name, lang);
  const label =
    mode === 'rank'
      ? cell.rank?.rank === undefined
        ? t('missingValue')
        : t('rankOf', { rank: cell.rank.rank, count: 21 })
      : statusLabels[status];
  return (
    <td className={mode === 'status' ? `cell cell-${status}` : 'cell cell-rank'}>
      <button
        type="button"
        className="cell-button"
        ref={buttonRef}
        tabIndex={active ? 0 : -1}
        onFocus={onFocus}
        aria-label={`${region.name}, ${name}: ${label}`}
        title={`${region.name}, ${name}: ${label}`}
        onClick={() => {
          requestFocus(indicatorHeadingTarget(listed.indicator.id));
          onChange({
            view: 'indikator',
            region: region.code,
            indicator: listed.indicator.id,
            compare: [],
            at: undefined,
          });
        }}
        data-testid={`cell-${region.code}-${listed.indicator.id}`}
      >
        {mode === 'rank' ? (cell.rank?.rank ?? '..') : <span aria-hidden="true">{ICONS[status]}</span>}
      </button>
    </td>
  );
}
