import type { ReactElement } from 'react';
import type { TargetStatus } from '../domain/target';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from './i18n-context';

/** Icon and word carry the status; colour only repeats it. */
const ICONS: Readonly<Record<TargetStatus, string>> = {
  on_track: '✓',
  at_risk: '!',
  off_track: '✕',
  no_target: '–',
  no_data: '?',
};

export function statusKey(status: TargetStatus): MessageKey {
  const keys: Readonly<Record<TargetStatus, MessageKey>> = {
    on_track: 'statusOn_track',
    at_risk: 'statusAt_risk',
    off_track: 'statusOff_track',
    no_target: 'statusNo_target',
    no_data: 'statusNo_data',
  };
  return keys[status];
}

export function StatusBadge({
  status,
  compact = false,
}: {
  readonly status: TargetStatus;
  readonly compact?: boolean;
}): ReactElement {
  const { t } = useI18n();
  return (
    <span className={`status status-${status}${compact ? ' status-compact' : ''}`} data-status={status}>
      <span className="status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {t(statusKey(status))}
    </span>
  );
}
