import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { pick } from '../../domain/language';
import { periodKey } from '../../domain/period';
import { ChangeFlag } from '../learning-log/ChangeFlag';
import { logTime } from '../learning-log/log-text';
import type { SnapshotChanges } from '../learning-log/use-snapshot-changes';
import type { BriefingModel } from './briefing-model';

/**
 * What changed since the region's last saved briefing (its snapshot): each indicator with a new or
 * revised value, in chain order, flagged as on the Län view's cards. Nothing when no briefing was saved.
 */
export function BriefingChanges({
  model,
  changes,
}: {
  readonly model: BriefingModel;
  readonly changes: SnapshotChanges;
}): ReactElement | null {
  const { t, lang } = useI18n();
  const { snapshot } = changes;
  if (!snapshot) return null;
  const changed = model.cards.flatMap((card) => {
    const change = changes.byIndicator.get(card.listed.indicator.id);
    return change ? [{ card, change }] : [];
  });
  const date = logTime(snapshot.savedAt);
  return (
    <section
      className="briefing-part briefing-changes"
      aria-labelledby="briefing-changes"
      data-testid="briefing-changes"
    >
      <h2 id="briefing-changes">{t('briefingChangesHeading')}</h2>
      {changed.length === 0 ? (
        <p className="hint">{t('briefingChangesNone', { date })}</p>
      ) : (
        <>
          <p className="hint">{t('briefingChangesSince', { date })}</p>
          <ul>
            {changed.map(({ card, change }) => (
              <li key={card.listed.indicator.id}>
                <span>{pick(card.listed.indicator.name, lang)}: </span>
                <ChangeFlag
                  inline
                  change={change}
                  decimals={card.listed.indicator.decimals}
                  latestPeriod={card.summary.latest ? periodKey(card.summary.latest.period) : undefined}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
