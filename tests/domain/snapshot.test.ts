import { describe, expect, it } from 'vitest';
import {
  changesByIndicator,
  compareToSnapshot,
  latestSnapshot,
  type Snapshot,
  type SnapshotValue,
} from '../../src/domain/snapshot';

const v = (indicator: string, period: string, value: number, region = '17'): SnapshotValue => ({
  indicator,
  region,
  period,
  value,
});

const snapshot: Snapshot = {
  id: 's1',
  region: '17',
  savedAt: '2026-01-10T09:00:00.000Z',
  values: [v('nyforetagande', '2022', 8.1), v('nyforetagande', '2023', 8.1), v('syss', '2023', 79.5)],
};

describe('compareToSnapshot', () => {
  it('finds a new period, a revised value, the unchanged and a value gone', () => {
    const current = [
      v('nyforetagande', '2022', 8.1),
      v('nyforetagande', '2023', 8.3),
      v('nyforetagande', '2024', 9),
    ];
    const result = compareToSnapshot(current, snapshot);
    expect(result.added).toEqual([v('nyforetagande', '2024', 9)]);
    expect(result.revised).toEqual([
      { indicator: 'nyforetagande', region: '17', period: '2023', before: 8.1, after: 8.3 },
    ]);
    expect(result.gone).toEqual([v('syss', '2023', 79.5)]);
  });

  it('says nothing when every value is as it was', () => {
    expect(compareToSnapshot(snapshot.values, snapshot)).toEqual({ added: [], revised: [], gone: [] });
  });

  it('keeps regions apart: the same indicator and period in another region is new', () => {
    expect(compareToSnapshot([v('syss', '2023', 79.5, '20')], snapshot).added).toHaveLength(1);
  });
});

describe('changesByIndicator', () => {
  it('flags a revision before a new value, and the latest period of each', () => {
    const changes = changesByIndicator(
      compareToSnapshot(
        [
          v('nyforetagande', '2022', 8.1),
          v('nyforetagande', '2023', 8.3),
          v('nyforetagande', '2024', 9),
          v('syss', '2023', 79.5),
          v('syss', '2024', 80),
        ],
        snapshot,
      ),
    );
    expect(changes.get('nyforetagande')).toEqual({
      kind: 'revised',
      period: '2023',
      before: 8.1,
      after: 8.3,
    });
    expect(changes.get('syss')).toEqual({ kind: 'new', period: '2024' });
  });
});

describe('latestSnapshot', () => {
  it('is the region’s last saved, none for a region without one', () => {
    const later: Snapshot = { ...snapshot, id: 's2', savedAt: '2026-02-01T09:00:00.000Z' };
    const other: Snapshot = { ...snapshot, id: 's3', region: '20', savedAt: '2026-03-01T09:00:00.000Z' };
    expect(latestSnapshot([later, snapshot, other], '17')?.id).toBe('s2');
    expect(latestSnapshot([snapshot], '01')).toBeUndefined();
  });
});
