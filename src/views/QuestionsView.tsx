import { memo, useCallback, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { useDeferredBusy } from '../components/view-busy';
import { PanelBoundary } from '../components/PanelBoundary';
import { RegionSelect } from '../components/RegionSelect';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { StatusBadge } from '../components/StatusBadge';
import { CHAIN_LEVELS, CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import type { QuestionKind } from '../domain/indicator';
import { pick } from '../domain/language';
import { periodLongLabel } from '../domain/period';
import { LAN_SCOPE } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import { formatValue } from '../i18n/format';
import { indicatorHref } from './indicator-href';
import { indicatorFiles } from './panel-files';
import type { UrlState } from '../state/url-state';
import { buildOverviewModel, overviewTable, type OverviewCard } from './overview-model';
import { useOverviewCards } from './use-overview-cards';
import { LAZY_SPARKLINES_ABOVE } from './LazySparkline';
import { GoalAreaNote, GoalAreaSelect, useGoalAreaFilter } from './GoalAreaChoice';
import { AssessmentForm } from './learning-log/AssessmentForm';
import { AssessmentsCsvButton } from './learning-log/AssessmentsCsvButton';

interface QuestionsViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

interface Question {
  readonly kind: QuestionKind;
  readonly text: string;
  /** The Swedish text: an assessment is kept by the question's kind and this, in either language. */
  readonly key: string;
  readonly cards: OverviewCard[];
}

/**
 * The evaluation questions, process and summative, by chain level, each with its indicators' status.
 * Another county is shown in the select at once and the questions are drawn for it in a later render
 * React may cut into slices, `main` busy meanwhile (as on Län: one task of 42–55 ms otherwise).
 */
export function QuestionsView({ dataset, state, onChange }: QuestionsViewProps): ReactElement {
  const { t, lang } = useI18n();
  const region = useDeferredBusy(state.region);
  // The URL has no region level yet: the view compares the län.
  const scope = LAN_SCOPE;
  const goalArea = useGoalAreaFilter(state.goalArea);
  const only = goalArea?.indicatorIds;
  const { listed, model, complete } = useOverviewCards(dataset, scope, region, lang, t, only);
  // A long list: the browser styles, lays out and paints only the questions near the viewport.
  const many = listed.length > LAZY_SPARKLINES_ABOVE;
  const open = useCallback(
    (indicator: string) => onChange({ view: 'indikator', indicator, at: undefined }),
    [onChange],
  );
  const title = t('questionsTitle', { region: model.regionName });
  usePageTitle(t('pageTitleFragor', { region: model.regionName }));
  const byLevel = CHAIN_LEVELS.map((level) => {
    const questions = new Map<string, Question>();
    for (const card of model.levels.find((l) => l.level === level)?.cards ?? []) {
      const { question } = card.listed.indicator;
      const text = pick(question.text, lang);
      const key = `${question.kind}:${text}`;
      const entry = questions.get(key) ?? { kind: question.kind, text, key: question.text.sv, cards: [] };
      entry.cards.push(card);
      questions.set(key, entry);
    }
    return {
      level,
      questions: [...questions.values()].sort((a, b) =>
        a.kind === b.kind ? 0 : a.kind === 'process' ? -1 : 1,
      ),
    };
  }).filter((l) => l.questions.length > 0);

  return (
    <>
      <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
        <RegionSelect scope={scope} value={state.region} onChange={(code) => onChange({ region: code })} />
        <GoalAreaSelect filter={goalArea} onChange={onChange} />
        <p className="hint questions-intro">{t('questionsIntro')}</p>
        <DownloadCsvButton
          title={title}
          table={() =>
            overviewTable(
              complete ? model : buildOverviewModel(dataset, scope, region, lang, t, only),
              title,
              lang,
              t,
            )
          }
        />
        <AssessmentsCsvButton indicators={dataset.indicators} />
      </form>
      <GoalAreaNote filter={goalArea} />
      <h2 className="view-title">{title}</h2>
      {/* Busy while a long list of indicators is still being summarised (see useIncremental). */}
      <div aria-busy={!complete}>
        {byLevel.map(({ level, questions }) => (
          // Each level fails on its own: one indicator's bad value leaves the other levels standing.
          <PanelBoundary
            key={level}
            name={t('panelLevel', { level: pick(CHAIN_LEVEL_INFO[level].label, lang) })}
            files={() => [
              ...new Set(
                questions.flatMap((q) =>
                  q.cards.flatMap((c) => indicatorFiles(dataset, c.listed.indicator.id)),
                ),
              ),
            ]}
            resetKeys={[dataset, state]}
          >
            <section
              className="question-level"
              aria-labelledby={`q-${level}`}
              data-testid={`questions-${level}`}
            >
              <h3 id={`q-${level}`}>{pick(CHAIN_LEVEL_INFO[level].label, lang)}</h3>
              <ul className={many ? 'question-list question-list-many' : 'question-list'}>
                {questions.map((q) => (
                  <li key={`${q.kind}:${q.text}`} className={`question-item question-${q.kind}`}>
                    <p className="question-text">
                      <span className="question-kind">
                        {q.kind === 'process' ? t('questionProcess') : t('questionSummative')}
                      </span>{' '}
                      {q.text === '' ? t('questionNone') : q.text}
                    </p>
                    <ul className="question-indicators">
                      {q.cards.map((card) => (
                        <QuestionIndicator key={card.listed.indicator.id} card={card} onOpen={open} />
                      ))}
                    </ul>
                    <AssessmentForm
                      key={`${model.regionCode}:${q.kind}:${q.key}`}
                      question={{ kind: q.kind, text: q.key }}
                      region={model.regionCode}
                      regionName={model.regionName}
                      indicators={q.cards.map((c) => ({
                        id: c.listed.indicator.id,
                        name: pick(c.listed.indicator.name, lang),
                      }))}
                    />
                  </li>
                ))}
              </ul>
            </section>
          </PanelBoundary>
        ))}
      </div>
    </>
  );
}

/** One indicator under its question; re-rendered only when its card changes (see useIncremental). */
const QuestionIndicator = memo(function QuestionIndicator({
  card,
  onOpen,
}: {
  readonly card: OverviewCard;
  readonly onOpen: (indicator: string) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  const { indicator } = card.listed;
  const latest = card.summary.latest;
  return (
    <li>
      <a
        href={indicatorHref(indicator.id)}
        onClick={(e) => {
          e.preventDefault();
          onOpen(indicator.id);
        }}
      >
        {pick(indicator.name, lang)}
      </a>
      <span className="question-value">
        {latest
          ? `${formatValue(latest.value, latest.marker, indicator.decimals, lang)} ${pick(indicator.unit, lang)} (${periodLongLabel(latest.period, lang)})`
          : t('missingValue')}
      </span>
      <StatusBadge status={card.summary.status.status} compact />
    </li>
  );
});
