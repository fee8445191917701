import type { ReactElement } from 'react';
import type { UserTarget } from '../data/workspace/workspace';
import { formatNumber } from '../i18n/format';
import { useI18n } from './i18n-context';

interface OwnTargetListProps {
  readonly targets: readonly UserTarget[];
  readonly decimals: number;
  readonly onRemove: (target: UserTarget) => void;
}

/** The county's own targets for the indicator, each with its remove button. */
export function OwnTargetList({ targets, decimals, onRemove }: OwnTargetListProps): ReactElement | null {
  const { t, lang } = useI18n();
  if (targets.length === 0) return null;
  return (
    <ul className="own-targets" data-testid="own-targets">
      {targets.map((tg) => (
        <li key={tg.period}>
          {t('targetOwnItem', { value: formatNumber(tg.value, decimals, lang), period: tg.period })}{' '}
          <button type="button" className="link-button" onClick={() => onRemove(tg)}>
            {t('targetRemove', { period: tg.period })}
          </button>
        </li>
      ))}
    </ul>
  );
}
