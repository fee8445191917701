import { periodKey } from '../../domain/period';
import type { SnapshotValue } from '../../domain/snapshot';
import type { OverviewCard } from '../overview-model';

/** The values the Län view's cards show for the region: every number of each card's series. */
export function cardValues(cards: readonly OverviewCard[]): SnapshotValue[] {
  return cards.flatMap((card) =>
    card.summary.series.flatMap((p) =>
      p.value === null
        ? []
        : [
            {
              indicator: card.listed.indicator.id,
              region: card.summary.region,
              period: periodKey(p.period),
              value: p.value,
            },
          ],
    ),
  );
}
