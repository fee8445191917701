import type { ReactElement } from 'react';
import { SnapshotSave } from '../../components/SnapshotSave';
import { useI18n } from '../../components/i18n-context';
import { useWorkspaceApi } from '../../components/workspace-context';
import type { OverviewCard } from '../overview-model';
import { logTime } from './log-text';
import type { SnapshotChanges } from './use-snapshot-changes';
import { cardValues } from './snapshot-values';

/** Which snapshot the flags compare against (or that there is none), and the button to save one. */
export function SnapshotBar({
  region,
  regionName,
  cards,
  changes,
}: {
  readonly region: string;
  readonly regionName: string;
  readonly cards: () => readonly OverviewCard[];
  readonly changes: SnapshotChanges;
}): ReactElement | null {
  const { t } = useI18n();
  // Without a workspace (a test, a failed store) there is nowhere to keep a snapshot.
  if (!useWorkspaceApi()) return null;
  return (
    <div className="snapshot-bar" data-testid="snapshot-bar">
      <p className="hint" data-testid="snapshot-compared">
        {changes.snapshot
          ? t('snapshotCompared', { date: logTime(changes.snapshot.savedAt) })
          : t('snapshotNone', { region: regionName })}
      </p>
      <SnapshotSave region={region} values={() => cardValues(cards())} />
    </div>
  );
}
