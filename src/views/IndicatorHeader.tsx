import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { CaptionText } from '../components/ChartFigure';
import { StatusBadge } from '../components/StatusBadge';
import { TargetEditor } from '../components/TargetEditor';
import { TargetTable } from '../components/TargetTable';
import { useI18n } from '../components/i18n-context';
import { indicatorHeadingTarget, takeFocusRequest } from '../components/focus-request';
import { CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import { pick } from '../domain/language';
import { periodLongLabel } from '../domain/period';
import { formatValue } from '../i18n/format';
import type { ListedIndicator } from './indicator-list';
import type { IndicatorSummary } from './summaries';
import { ChangeText } from './ChangeText';

interface IndicatorHeaderProps {
  readonly listed: ListedIndicator;
  readonly summary: IndicatorSummary;
  readonly regionName: string;
  /** For a computed indicator: its formula in words. */
  readonly formula?: string | undefined;
  /** Where the region's values come from (see sourceText). */
  readonly source: string;
  /** Beside the status: how it is judged (quarters against the annual target path). */
  readonly statusNote?: string | undefined;
  /** Said before the reference's value (Riket); undefined when the region is the reference. */
  readonly referenceLabel: string | undefined;
}

/** What the indicator is, what it answers, and where the county stands: latest value, change, status, Riket. */
export function IndicatorHeader({
  listed,
  summary,
  regionName: name,
  formula,
  source,
  statusNote,
  referenceLabel,
}: IndicatorHeaderProps): ReactElement {
  const { t, lang } = useI18n();
  const { indicator } = listed;
  const level = CHAIN_LEVEL_INFO[indicator.chainLevel];
  const unit = pick(indicator.unit, lang);
  const decimals = indicator.decimals;
  const latestPeriod = summary.latest ? periodLongLabel(summary.latest.period, lang) : undefined;
  const target = summary.status.target;
  const heading = useRef<HTMLHeadingElement>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const tableId = useId();
  // Opened from a card's link or a matrix cell: focus lands here, not on <body>.
  useEffect(() => {
    if (takeFocusRequest(indicatorHeadingTarget(indicator.id))) heading.current?.focus();
  }, [indicator.id]);
  return (
    <section className="indicator-card" aria-labelledby="indicator-name" data-testid="indicator-card">
      <div className="indicator-card-main">
        {listed.inCatalogue ? (
          <p className="chain-level">
            {t('chainLevel')}: <strong>{pick(level.label, lang)}</strong>
            {level.horizon ? ` (${pick(level.horizon, lang)})` : ''}
          </p>
        ) : null}
        <h2
          id="indicator-name"
          className="indicator-name"
          tabIndex={-1}
          ref={heading}
          data-testid="indicator-heading"
        >
          {pick(indicator.name, lang)}
        </h2>
        {listed.inCatalogue && pick(indicator.question.text, lang) !== '' ? (
          <p className="question">
            <span className="question-label">
              {t('evaluationQuestion')} (
              {indicator.question.kind === 'process' ? t('questionProcess') : t('questionSummative')}):
            </span>{' '}
            {pick(indicator.question.text, lang)}
          </p>
        ) : null}
        {formula ? (
          <p className="formula" data-testid="indicator-formula">
            <span className="question-label">{t('formulaLabel')}:</span> {formula}
          </p>
        ) : null}
        {(indicator.formula || !listed.inCatalogue) && indicator.description ? (
          <p className="meta" data-testid="indicator-description">
            {pick(indicator.description, lang)}
          </p>
        ) : null}
        <p className="meta">
          {unit ? `${t('unit')}: ${unit}. ` : ''}
          {/* The catalogue's source is Swedish text: in English it says so (lang="sv"). */}
          <CaptionText
            caption={`${t('source')}: ${source}.`}
            swedish={lang === 'sv' ? undefined : indicator.source}
          />
        </p>
        <TargetEditor
          region={summary.region}
          regionName={name}
          indicator={indicator.id}
          decimals={decimals}
        />
        <button
          type="button"
          className="link-button"
          aria-expanded={tableOpen}
          aria-controls={tableOpen ? tableId : undefined}
          onClick={() => setTableOpen((o) => !o)}
          data-testid="target-table-toggle"
        >
          {t('targetTableOpen')}
        </button>
      </div>
      <dl className="indicator-figures">
        <div>
          <dt>
            {t('latestValue')}, {name}
          </dt>
          <dd className="big-number" data-testid="latest-value">
            {summary.latest ? formatValue(summary.latest.value, summary.latest.marker, decimals, lang) : '..'}{' '}
            <span className="unit">{unit}</span>
          </dd>
          <dd className="period">{latestPeriod ?? t('missingValue')}</dd>
          <dd className="change">
            <ChangeText change={summary.changePrevious} decimals={decimals} cohort={indicator.cohort} />
            {summary.changeYear ? (
              <>
                {' · '}
                <ChangeText change={summary.changeYear} decimals={decimals} />
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('colStatus')}</dt>
          <dd data-testid="status">
            <StatusBadge status={summary.status.status} />
          </dd>
          {target && summary.status.expected !== undefined && summary.latest ? (
            <dd className="status-explanation">
              {t('statusExplanation', {
                expected: formatValue(summary.status.expected, null, decimals, lang),
                period: latestPeriod ?? '',
                target: formatValue(target.value, null, decimals, lang),
                targetPeriod: periodLongLabel(target.period, lang),
              })}
            </dd>
          ) : null}
          {statusNote ? (
            <dd className="status-explanation" data-testid="status-note">
              {statusNote}
            </dd>
          ) : null}
        </div>
        {summary.riket && referenceLabel ? (
          <div>
            <dt>
              {referenceLabel}, {latestPeriod}
            </dt>
            <dd className="big-number secondary">
              {formatValue(summary.riket.value, summary.riket.marker, decimals, lang)}{' '}
              <span className="unit">{unit}</span>
            </dd>
          </div>
        ) : null}
      </dl>
      {tableOpen ? (
        <div id={tableId} className="indicator-card-wide">
          <TargetTable
            key={indicator.id}
            indicator={indicator.id}
            indicatorName={pick(indicator.name, lang)}
            otherNames={[indicator.name.sv, indicator.name.en]}
            decimals={decimals}
            region={summary.region}
          />
        </div>
      ) : null}
    </section>
  );
}
