import type { ReactElement } from 'react';
import { STATUS_STYLE } from '../charts/palette';
import { TARGET_STATUSES } from '../domain/target';
import { StatusBadge } from './StatusBadge';

/** The map's status colours explained in words, each with its swatch. */
export function StatusLegend(): ReactElement {
  return (
    <ul className="legend status-legend">
      {TARGET_STATUSES.map((status) => (
        <li key={status}>
          <span
            className={`swatch swatch-${status}`}
            style={{ background: STATUS_STYLE[status].colour }}
            aria-hidden="true"
          />
          <StatusBadge status={status} compact />
        </li>
      ))}
    </ul>
  );
}
