import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { CHAIN_LEVEL_INFO } from '../../domain/chain-levels';
import { pick } from '../../domain/language';
import { periodLabel } from '../../domain/period';
import { samePeriod } from '../../domain/series';
import type { TargetStatus } from '../../domain/target';
import { formatNumber, formatValue } from '../../i18n/format';
import type { MessageKey } from '../../i18n/dictionary';
import { ChangeText } from '../ChangeText';
import type { BriefingModel } from './briefing-model';

const COUNTED: readonly [TargetStatus, MessageKey][] = [
  ['on_track', 'briefingCountOnTrack'],
  ['at_risk', 'briefingCountAtRisk'],
  ['off_track', 'briefingCountOffTrack'],
  ['no_target', 'briefingCountNoTarget'],
];

const ICONS: Readonly<Partial<Record<TargetStatus, string>>> = { at_risk: '!', off_track: '✕' };

/** The status in the counts' short words, with its icon: "✕ Inte i fas". */
function ShortStatus({ status }: { readonly status: TargetStatus }): ReactElement {
  const { t } = useI18n();
  const key = COUNTED.find(([s]) => s === status)?.[1];
  return (
    <span className={`status status-${status}`} data-status={status}>
      <span className="status-icon" aria-hidden="true">
        {ICONS[status] ?? '–'}
      </span>
      {key ? t(key) : status}
    </span>
  );
}

/** The counts per status, level by level (the words in the column heads: never by colour alone). */
export function LevelCounts({ model }: { readonly model: BriefingModel }): ReactElement {
  const { t, lang } = useI18n();
  return (
    <table className="briefing-table briefing-counts" data-testid="briefing-counts">
      <caption className="sr-only">{t('briefingStatusCaption', { region: model.regionName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chainLevel')}</th>
          {COUNTED.map(([status, key]) => (
            <th key={status} scope="col" className={`num status-head status-${status}`}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.levels.map((l) => (
          <tr key={l.level}>
            <th scope="row">{pick(CHAIN_LEVEL_INFO[l.level].label, lang)}</th>
            {COUNTED.map(([status]) => (
              <td key={status} className="num">
                {l.counts[status]}
              </td>
            ))}
          </tr>
        ))}
        <tr className="briefing-total">
          <th scope="row">{t('briefingTotal')}</th>
          {COUNTED.map(([status]) => (
            <td key={status} className="num" data-testid={`briefing-total-${status}`}>
              {model.totals[status]}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** The indicators off track, then at risk: the value, the target and the change since the period before. */
export function AttentionTable({ model }: { readonly model: BriefingModel }): ReactElement {
  const { t, lang } = useI18n();
  if (model.attention.length === 0) return <p className="hint">{t('briefingAttentionNone')}</p>;
  const more = model.attentionMore;
  const until = model.dataUntil;
  return (
    <>
      {/* A narrow screen scrolls the table in its own box (named, reachable by keyboard); paper never. */}
      <div
        className="briefing-table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t('briefingAttentionCaption', { region: model.regionName })}
      >
        <table className="briefing-table briefing-attention" data-testid="briefing-attention">
          <caption className="sr-only">{t('briefingAttentionCaption', { region: model.regionName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              <th scope="col">{t('colValue')}</th>
              <th scope="col">{t('colTarget')}</th>
              <th scope="col">{t('colChange')}</th>
              <th scope="col">{t('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {model.attention.map(({ indicator, latest, status, changePrevious }) => (
              <tr key={indicator.id}>
                <th scope="row">{pick(indicator.name, lang)}</th>
                <td>
                  {formatValue(latest?.value ?? null, latest?.marker ?? null, indicator.decimals, lang)}{' '}
                  {pick(indicator.unit, lang)}
                  {/* The period only where it is not the page's "data t.o.m.". */}
                  {latest && !(until && samePeriod(latest.period, until))
                    ? `, ${periodLabel(latest.period, lang)}`
                    : ''}
                </td>
                <td>
                  {status.target
                    ? t('briefingTargetValue', {
                        target: formatNumber(status.target.value, indicator.decimals, lang),
                        period: periodLabel(status.target.period, lang),
                      })
                    : '–'}
                </td>
                <td>
                  <ChangeText
                    change={changePrevious}
                    decimals={indicator.decimals}
                    cohort={indicator.cohort}
                  />
                </td>
                <td>
                  <ShortStatus status={status.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 ? <p className="briefing-more">{t('briefingAttentionMore', { count: more })}</p> : null}
    </>
  );
}
