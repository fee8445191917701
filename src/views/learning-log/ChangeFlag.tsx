import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { IndicatorChange } from '../../domain/snapshot';
import { formatValue } from '../../i18n/format';
import { periodKeyLabel } from './log-text';

/** A card's flag against the snapshot, in words: "ny", or "reviderad: 8,1 → 8,3" (with its period when not the latest). */
export function ChangeFlag({
  change,
  decimals,
  latestPeriod,
  inline = false,
}: {
  readonly change: IndicatorChange;
  readonly decimals: number;
  /** The card's latest period key: a revision of it needs no period said. */
  readonly latestPeriod: string | undefined;
  /** Within a line of text (the briefing's list) rather than a line of its own (a card). */
  readonly inline?: boolean;
}): ReactElement {
  const { t, lang } = useI18n();
  const label =
    change.kind === 'new'
      ? t('flagNew')
      : t(change.period === latestPeriod ? 'flagRevised' : 'flagRevisedPeriod', {
          period: periodKeyLabel(change.period, lang, t),
          before: formatValue(change.before, null, decimals, lang),
          after: formatValue(change.after, null, decimals, lang),
        });
  const className = `card-flag card-flag-${change.kind}`;
  return inline ? (
    <span className={className} data-testid="card-flag">
      {label}
    </span>
  ) : (
    <p className={className} data-testid="card-flag">
      {label}
    </p>
  );
}
