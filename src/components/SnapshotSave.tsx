import { useContext, type ReactElement } from 'react';
import type { SnapshotValue } from '../domain/snapshot';
import { useI18n } from './i18n-context';
import { Announce } from './LiveStatus';
import { useWorkspaceApi } from './workspace-context';

/**
 * "Spara underlag (ögonblicksbild)": keeps the values shown for the region in the workspace, so that
 * next time the Län view and the briefing can flag what is new or revised since.
 */
export function SnapshotSave({
  region,
  values,
}: {
  readonly region: string;
  /** The values to keep: those the page shows (indicator, region, period, value). */
  readonly values: () => readonly SnapshotValue[];
}): ReactElement | null {
  const { t } = useI18n();
  const api = useWorkspaceApi();
  const announce = useContext(Announce);
  if (!api) return null;
  const save = (): void => {
    const kept = values();
    const snapshot = { id: crypto.randomUUID(), region, savedAt: new Date().toISOString(), values: kept };
    api.updateLearningLog((log) => ({ snapshots: [...log.snapshots, snapshot] }));
    announce(t('snapshotSaved', { count: kept.length }));
  };
  return (
    <button type="button" className="snapshot-save" onClick={save} data-testid="snapshot-save">
      {t('snapshotSave')}
    </button>
  );
}
