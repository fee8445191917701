import { useId, useMemo, type ReactElement } from 'react';
import { EChart } from '../components/EChart';
import { useI18n } from '../components/i18n-context';
import { RegionSelect } from '../components/RegionSelect';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { StatusBadge } from '../components/StatusBadge';
import { CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import { pick } from '../domain/language';
import { periodLongLabel } from '../domain/period';
import { RIKET, regionByCode, regionName } from '../domain/regions';
import { TARGET_STATUSES, type TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset';
import { formatValue } from '../i18n/format';
import type { UrlState } from '../state/url-state';
import { ChangeText } from './ChangeText';
import { buildOverviewModel, overviewTable, type OverviewCard } from './overview-model';

interface OverviewViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

function StatusSummary({ counts, testId }: { readonly counts: Readonly<Record<TargetStatus, number>>; readonly testId?: string }): ReactElement {
  return (
    <ul className="status-summary" data-testid={testId}>
      {TARGET_STATUSES.filter((s) => counts[s] > 0).map((s) => (
        <li key={s}>
          <span className="count">{counts[s]}</span> <StatusBadge status={s} compact />
        </li>
      ))}
    </ul>
  );
}

function Card({ card, onOpen }: { readonly card: OverviewCard; readonly onOpen: (indicator: string) => void }): ReactElement {
  const { t, lang } = useI18n();
  const questionId = useId();
  const { indicator } = card.listed;
  const { summary } = card;
  const unit = pick(indicator.unit, lang);
  const name = pick(indicator.name, lang);
  return (
    <article className="overview-card" data-testid={`card-${indicator.id}`} data-status={summary.status.status}>
      <h3>
        <a
          href={`?vy=indikator&indikator=${encodeURIComponent(indicator.id)}`}
          onClick={(e) => {
            e.preventDefault();
            onOpen(indicator.id);
          }}
        >
          {name}
        </a>
        {card.listed.inCatalogue ? (
          <span className="question-tip">
            <button type="button" className="tip-button" aria-describedby={questionId} aria-label={t('showQuestion', { indicator: name })}>
              ?
            </button>
            <span role="tooltip" id={questionId} className="tip">
              {t('evaluationQuestion')}: {pick(indicator.question.text, lang)}
            </span>
          </span>
        ) : null}
      </h3>
      <div className="card-body">
        <div>
          <p className="card-value">
            {summary.latest ? formatValue(summary.latest.value, summary.latest.marker, indicator.decimals, lang) : '..'} <span className="unit">{unit}</span>
          </p>
          <p className="card-period">{summary.latest ? periodLongLabel(summary.latest.period, lang) : t('missingValue')}</p>
          <p className="card-change">
            <ChangeText change={summary.changePrevious} decimals={indicator.decimals} cohort={indicator.cohort} />
          </p>
          {summary.changeYear ? (
            <p className="card-change">
              <ChangeText change={summary.changeYear} decimals={indicator.decimals} />
            </p>
          ) : null}
        </div>
        <EChart option={card.sparkline} label={t('sparklineLabel', { indicator: name, region: regionName(regionByCode(summary.region) ?? RIKET, lang) })} height={56} />
      </div>
      <StatusBadge status={summary.status.status} />
      {summary.riket && summary.region !== RIKET.code ? (
        <p className="card-riket">
          {indicator.aggregation === 'sum' ? t('riketTotal') : regionName(RIKET, lang)}: {formatValue(summary.riket.value, summary.riket.marker, indicator.decimals, lang)} {unit}
        </p>
      ) : null}
      <p className="card-source">
        {t('source')}: {card.source}
      </p>
    </article>
  );
}

/** "Helhetsbilden av länet": the county's indicators along the effect chain, with status per level. */
export function OverviewView({ dataset, state, onChange }: OverviewViewProps): ReactElement {
  const { t, lang } = useI18n();
  const model = useMemo(() => buildOverviewModel(dataset, state.region, lang, t), [dataset, state.region, lang, t]);
  const region = regionByCode(state.region) ?? RIKET;
  const csvTitle = t('overviewCsvTitle', { region: regionName(region, lang) });
  const open = (indicator: string): void => onChange({ view: 'indikator', indicator, at: undefined, from: undefined, to: undefined });
  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <RegionSelect value={state.region} onChange={(code) => onChange({ region: code })} />
        <div className="overview-total">
          <h2 className="overview-title">{t('overviewTitle', { region: regionName(region, lang) })}</h2>
          <StatusSummary counts={model.counts} testId="overview-counts" />
        </div>
        <DownloadCsvButton title={csvTitle} table={() => overviewTable(model, csvTitle, lang, t)} />
      </form>
      <ol className="chain" aria-label={t('chainLevels')}>
        {model.levels.map((level) => {
          const info = CHAIN_LEVEL_INFO[level.level];
          return (
            <li key={level.level} className="chain-level-section" data-testid={`level-${level.level}`}>
              <section aria-labelledby={`level-${level.level}-heading`}>
                <div className="level-head">
                  <h2 id={`level-${level.level}-heading`}>
                    {pick(info.label, lang)}
                    {info.horizon ? <span className="horizon"> ({pick(info.horizon, lang)})</span> : null}
                  </h2>
                  <p className="level-meaning">{pick(info.meaning, lang)}</p>
                  <StatusSummary counts={level.counts} />
                </div>
                {level.cards.length === 0 ? (
                  <p className="hint">{t('levelWithoutIndicators')}</p>
                ) : (
                  <div className="card-grid">
                    {level.cards.map((c) => (
                      <Card key={c.listed.indicator.id} card={c} onOpen={open} />
                    ))}
                  </div>
                )}
              </section>
            </li>
          );
        })}
      </ol>
      {model.uncatalogued.length > 0 ? (
        <section className="chain-level-section" aria-labelledby="uncatalogued-heading">
          <h2 id="uncatalogued-heading">{t('uncataloguedHeading')}</h2>
          <div className="card-grid">
            {model.uncatalogued.map((c) => (
              <Card key={c.listed.indicator.id} card={c} onOpen={open} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
