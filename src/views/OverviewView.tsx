import { memo, useCallback, useMemo, type ReactElement } from 'react';
import { PALETTE } from '../charts/palette';
import { CaptionText } from '../components/ChartFigure';
import { indicatorHeadingTarget, requestFocus } from '../components/focus-request';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { useDeferredBusy } from '../components/view-busy';
import { PanelBoundary } from '../components/PanelBoundary';
import { RegionSelect } from '../components/RegionSelect';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { StatusBadge } from '../components/StatusBadge';
import { CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import { pick } from '../domain/language';
import { periodKey, periodLongLabel } from '../domain/period';
import { regionByCode } from '../domain/regions';
import { TARGET_STATUSES, type TargetStatus } from '../domain/target';
import type { Dataset } from '../data/dataset/dataset';
import { formatValue } from '../i18n/format';
import { indicatorHref } from './indicator-href';
import { indicatorFiles } from './panel-files';
import { scopeOf, type UrlState } from '../state/url-state';
import { CardGrid } from './CardGrid';
import { ChangeText } from './ChangeText';
import { GoalAreaNote, GoalAreaSelect, useGoalAreaFilter } from './GoalAreaChoice';
import { QuestionTip } from './QuestionTip';
import { KommunerPanel } from './KommunerPanel';
import { LevelSummaryBlock } from './LevelSummaryBlock';
import { overviewSummary } from './summary/overview-summary';
import { LAZY_SPARKLINES_ABOVE, LazySparkline } from './LazySparkline';
import { buildOverviewModel, overviewTable, type OverviewCard } from './overview-model';
import { useOverviewCards } from './use-overview-cards';
import { ChangeFlag } from './learning-log/ChangeFlag';
import { SnapshotBar } from './learning-log/SnapshotBar';
import { useSnapshotChanges } from './learning-log/use-snapshot-changes';
import type { IndicatorChange } from '../domain/snapshot';

const cardKey = (card: OverviewCard): string => card.listed.indicator.id;

interface OverviewViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

function StatusSummary({
  counts,
  testId,
}: {
  readonly counts: Readonly<Record<TargetStatus, number>>;
  readonly testId?: string;
}): ReactElement {
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

/** A card re-renders only when its own card changes: two thousand of them are drawn a slice at a time. */
const Card = memo(function Card({
  card,
  onOpen,
  lazy,
  change,
}: {
  readonly card: OverviewCard;
  readonly onOpen: (indicator: string) => void;
  /** Draw the sparkline only near the viewport (many cards). */
  readonly lazy: boolean;
  /** New or revised since the region's latest snapshot. */
  readonly change: IndicatorChange | undefined;
}): ReactElement {
  const { t, lang } = useI18n();
  const { indicator } = card.listed;
  const { summary } = card;
  const unit = pick(indicator.unit, lang);
  const name = pick(indicator.name, lang);
  return (
    <article
      className="overview-card"
      data-testid={`card-${indicator.id}`}
      data-status={summary.status.status}
    >
      <h3>
        <a
          href={indicatorHref(indicator.id)}
          onClick={(e) => {
            e.preventDefault();
            requestFocus(indicatorHeadingTarget(indicator.id));
            onOpen(indicator.id);
          }}
        >
          {name}
        </a>
        {card.listed.inCatalogue && pick(indicator.question.text, lang) !== '' ? (
          <QuestionTip indicatorName={name} question={pick(indicator.question.text, lang)} />
        ) : null}
      </h3>
      <div className="card-body">
        <div>
          <p className="card-value">
            {summary.latest
              ? formatValue(summary.latest.value, summary.latest.marker, indicator.decimals, lang)
              : '..'}{' '}
            <span className="unit">{unit}</span>
          </p>
          <p className="card-period">
            {summary.latest ? periodLongLabel(summary.latest.period, lang) : t('missingValue')}
          </p>
          <p className="card-change">
            <ChangeText
              change={summary.changePrevious}
              decimals={indicator.decimals}
              cohort={indicator.cohort}
            />
          </p>
          {summary.changeYear ? (
            <p className="card-change">
              <ChangeText change={summary.changeYear} decimals={indicator.decimals} />
            </p>
          ) : null}
        </div>
        <LazySparkline option={() => card.sparkline} label={card.sparklineLabel} height={56} lazy={lazy} />
      </div>
      {change ? (
        <ChangeFlag
          change={change}
          decimals={indicator.decimals}
          latestPeriod={summary.latest ? periodKey(summary.latest.period) : undefined}
        />
      ) : null}
      <StatusBadge status={summary.status.status} />
      {card.references.map((r) =>
        r.point ? (
          <p key={r.code} className="card-riket" data-testid="card-reference">
            {r.label}: {formatValue(r.point.value, r.point.marker, indicator.decimals, lang)} {unit}
          </p>
        ) : null,
      )}
      <p className="card-source">
        {t('source')}:{' '}
        <CaptionText caption={card.source} swedish={lang === 'sv' ? undefined : indicator.source} />
      </p>
    </article>
  );
});

/**
 * A card that fails on its own: one indicator's bad value shows why in the card's place, naming the
 * files behind it, and leaves the other cards and the chain standing. A new card (another county,
 * another dataset) draws it again.
 */
const CardPanel = memo(function CardPanel(props: {
  readonly card: OverviewCard;
  readonly onOpen: (indicator: string) => void;
  readonly lazy: boolean;
  readonly dataset: Dataset;
  readonly change?: IndicatorChange;
}): ReactElement {
  const { t, lang } = useI18n();
  const { card, dataset } = props;
  const { indicator } = card.listed;
  return (
    <PanelBoundary
      name={t('panelCard', { name: pick(indicator.name, lang) })}
      files={() => indicatorFiles(dataset, indicator.id)}
      resetKeys={[card, dataset]}
    >
      <Card card={card} onOpen={props.onOpen} lazy={props.lazy} change={props.change} />
    </PanelBoundary>
  );
});

/**
 * "Helhetsbilden av länet": the county's indicators along the effect chain, with status per level.
 *
 * Another county is shown in the select at once, and the rest of the view is drawn for it in a render
 * React may cut into slices (a deferred value), `main` busy meanwhile: drawn in the task of the change,
 * the cards, the summary and the kommuner made one task of 70–160 ms with the example data.
 */
export function OverviewView({ dataset, state, onChange }: OverviewViewProps): ReactElement {
  const { t, lang } = useI18n();
  const region = useDeferredBusy(state.region);
  // A kommun is set against its county and Riket; a county or Riket, as before, against Riket.
  const scope = useMemo(() => scopeOf({ region, level: 'lan' }), [region]);
  const chosenScope = useMemo(() => scopeOf({ region: state.region, level: 'lan' }), [state.region]);
  const goalArea = useGoalAreaFilter(state.goalArea);
  const only = goalArea?.indicatorIds;
  const { listed, model, complete } = useOverviewCards(dataset, scope, region, lang, t, only);
  const county = regionByCode(model.regionCode);
  const summary = useMemo(
    () => (complete ? overviewSummary(dataset, model, lang) : undefined),
    [complete, dataset, model, lang],
  );
  const lazy = listed.length > LAZY_SPARKLINES_ABOVE;
  const allCards = useMemo(() => [...model.levels.flatMap((l) => l.cards), ...model.uncatalogued], [model]);
  const changes = useSnapshotChanges(model.regionCode, allCards, complete);
  const titleKey = county?.level === 'kommun' ? 'pageTitleKommun' : 'pageTitleLan';
  usePageTitle(t(titleKey, { region: model.regionName }));
  const csvTitle = t('overviewCsvTitle', { region: model.regionName });
  const open = useCallback(
    (indicator: string): void =>
      onChange({ view: 'indikator', indicator, at: undefined, from: undefined, to: undefined }),
    [onChange],
  );
  const renderCard = useCallback(
    (c: OverviewCard) => (
      <CardPanel
        key={c.listed.indicator.id}
        card={c}
        onOpen={open}
        lazy={lazy}
        dataset={dataset}
        change={changes.byIndicator.get(c.listed.indicator.id)}
      />
    ),
    [open, lazy, dataset, changes],
  );
  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <RegionSelect
          scope={chosenScope}
          value={region === state.region ? model.regionCode : state.region}
          onChange={(code) => onChange({ region: code })}
          withKommuner
        />
        <GoalAreaSelect filter={goalArea} onChange={onChange} />
        <div className="overview-total">
          <h2 className="overview-title">{t('overviewTitle', { region: model.regionName })}</h2>
          {complete ? <StatusSummary counts={model.counts} testId="overview-counts" /> : null}
        </div>
        <DownloadCsvButton
          title={csvTitle}
          table={() =>
            overviewTable(
              complete ? model : buildOverviewModel(dataset, scope, region, lang, t, only),
              csvTitle,
              lang,
              t,
            )
          }
        />
      </form>
      <GoalAreaNote filter={goalArea} />
      <SnapshotBar
        region={model.regionCode}
        regionName={model.regionName}
        cards={() => allCards}
        changes={changes}
      />
      {/* The cards' sparklines draw the target path dotted: said once for the page. */}
      <p className="hint sparkline-note" data-testid="sparkline-note">
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            width: '2em',
            verticalAlign: 'middle',
            marginRight: '0.5em',
            borderTop: `2px dotted ${PALETTE.target}`,
          }}
        />
        {t('sparklineNote')}
      </p>
      {summary?.invented ? (
        <p className="hint" data-testid="summary-invented">
          {t('summaryInvented')}
        </p>
      ) : null}
      {complete && model.withoutValues > 0 ? (
        <p className="hint" data-testid="kommun-without-values">
          {t(model.withoutValues === 1 ? 'kommunWithoutValuesOne' : 'kommunWithoutValuesMany', {
            count: model.withoutValues,
            region: model.regionName,
          })}
        </p>
      ) : null}
      <ol className="chain" aria-label={t('chainLevels')} aria-busy={!complete}>
        {model.levels.map((level, k) => {
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
                  {complete ? <StatusSummary counts={level.counts} /> : null}
                </div>
                {summary?.levels[k] ? <LevelSummaryBlock summary={summary.levels[k]} /> : null}
                {complete && level.cards.length === 0 ? (
                  <p className="hint">{t('levelWithoutIndicators')}</p>
                ) : (
                  <CardGrid
                    items={level.cards}
                    keyOf={cardKey}
                    render={renderCard}
                    many={lazy}
                    atTop={k === 0}
                  />
                )}
              </section>
            </li>
          );
        })}
      </ol>
      {county?.level === 'lan' ? (
        <PanelBoundary
          name={t('kommunerHeading', { county: model.regionName })}
          resetKeys={[dataset, county]}
        >
          <KommunerPanel
            dataset={dataset}
            county={county}
            listed={listed}
            ready={complete}
            onChange={onChange}
          />
        </PanelBoundary>
      ) : null}
      {model.uncatalogued.length > 0 ? (
        <section className="chain-level-section" aria-labelledby="uncatalogued-heading">
          <h2 id="uncatalogued-heading">{t('uncataloguedHeading')}</h2>
          <CardGrid items={model.uncatalogued} keyOf={cardKey} render={renderCard} many={lazy} />
        </section>
      ) : null}
    </>
  );
}
