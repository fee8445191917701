import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { StatusBadge } from '../../components/StatusBadge';
import { pick } from '../../domain/language';
import { periodLabel } from '../../domain/period';
import type { TargetStatus } from '../../domain/target';
import { formatValue } from '../../i18n/format';
import type { LevelSlide } from './meeting-model';
import { targetParts } from './slide-text';

/** The statuses a level's counts show; "no target" only when some indicator has none. */
const COUNTED: readonly TargetStatus[] = ['on_track', 'at_risk', 'off_track'];

/** A chain level: how many indicators are on track, at risk, off track; then each with value and target. */
export function LevelSlideBody({
  slide,
  regionName,
}: {
  readonly slide: LevelSlide;
  readonly regionName: string;
}): ReactElement {
  const { t, lang } = useI18n();
  const shown = slide.counts.no_target > 0 ? [...COUNTED, 'no_target' as const] : COUNTED;
  return (
    <div className="slide-level">
      <ul className="slide-counts" data-testid="slide-counts">
        {shown.map((status) => (
          <li key={status} className={`slide-count status-${status}`}>
            <span className="slide-big">{slide.counts[status]}</span>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      <table className="slide-rows">
        <caption className="sr-only">
          {t('meetingLevelTable', { level: slide.title, region: regionName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            <th scope="col">{t('colValue')}</th>
            <th scope="col">{t('colTarget')}</th>
            <th scope="col">{t('colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {slide.rows.map(({ indicator, latest, status }) => (
            <tr key={indicator.id}>
              <th scope="row">{pick(indicator.name, lang)}</th>
              <td>
                <span className="slide-row-value">
                  {formatValue(latest?.value ?? null, latest?.marker ?? null, indicator.decimals, lang)}
                </span>{' '}
                <span className="slide-row-unit">
                  {pick(indicator.unit, lang)}
                  {latest ? `, ${periodLabel(latest.period, lang)}` : ''}
                </span>
              </td>
              <td>
                {status.target
                  ? t('meetingTargetLine', targetParts(status.target, indicator.decimals, lang))
                  : '–'}
              </td>
              <td>
                <StatusBadge status={status.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
