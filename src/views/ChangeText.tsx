import type { ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { clampDecimals } from '../domain/decimals';
import { periodLabel } from '../domain/period';
import { formatNumber } from '../i18n/format';
import type { Change } from './summaries';

/**
 * "+0,4 sedan 2023" with an arrow; "±0" when unchanged; "ingen jämförelse" when there is nothing to
 * compare with, and why for a cohort measure.
 */
export function ChangeText({
  change,
  decimals,
  cohort = false,
}: {
  readonly change: Change | undefined;
  readonly decimals: number;
  readonly cohort?: boolean;
}): ReactElement {
  const { t, lang } = useI18n();
  if (cohort) return <span className="change-none">{t('changeCohort')}</span>;
  if (!change) return <span className="change-none">{t('changeNone')}</span>;
  // toFixed throws outside 0–100: clamped, as the formatters do.
  const rounded = Number(change.value.toFixed(clampDecimals(decimals)));
  const arrow = rounded > 0 ? '↑' : rounded < 0 ? '↓' : '→';
  const sign = rounded > 0 ? '+' : rounded === 0 ? '±' : '';
  return (
    <span className="change-value">
      <span aria-hidden="true">{arrow} </span>
      {t('changeSince', {
        change: `${sign}${formatNumber(rounded, decimals, lang)}`,
        period: periodLabel(change.from, lang),
      })}
    </span>
  );
}
