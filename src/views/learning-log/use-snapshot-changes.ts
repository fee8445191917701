import { useMemo } from 'react';
import { useWorkspaceApi } from '../../components/workspace-context';
import {
  changesByIndicator,
  compareToSnapshot,
  latestSnapshot,
  type IndicatorChange,
  type Snapshot,
} from '../../domain/snapshot';
import type { OverviewCard } from '../overview-model';
import { cardValues } from './snapshot-values';

export interface SnapshotChanges {
  /** The region's latest snapshot, the one compared against; undefined: none saved. */
  readonly snapshot: Snapshot | undefined;
  readonly byIndicator: ReadonlyMap<string, IndicatorChange>;
}

const NONE: ReadonlyMap<string, IndicatorChange> = new Map();

/** What changed on the cards since the region's latest snapshot (nothing until the cards are complete). */
export function useSnapshotChanges(
  region: string,
  cards: readonly OverviewCard[],
  complete: boolean,
): SnapshotChanges {
  const snapshots = useWorkspaceApi()?.workspace.snapshots;
  return useMemo(() => {
    const snapshot = latestSnapshot(snapshots ?? [], region);
    if (!snapshot || !complete) return { snapshot, byIndicator: NONE };
    return { snapshot, byIndicator: changesByIndicator(compareToSnapshot(cardValues(cards), snapshot)) };
  }, [snapshots, region, cards, complete]);
}
