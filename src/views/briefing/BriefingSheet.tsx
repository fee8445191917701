import type { ReactElement, ReactNode } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { Dataset } from '../../data/dataset/dataset';
import { periodLongLabel } from '../../domain/period';
import type { SnapshotChanges } from '../learning-log/use-snapshot-changes';
import { BriefingChanges } from './BriefingChanges';
import { BriefingAssessments } from './BriefingAssessments';
import { BriefingCharts } from './BriefingCharts';
import { BriefingNotes } from './BriefingNotes';
import { AttentionTable, LevelCounts } from './BriefingStatus';
import type { BriefingModel } from './briefing-model';
import { longDate } from './briefing-text';

/** A titled part of the page. */
function Part({
  id,
  title,
  className,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly className?: string;
  readonly children: ReactNode;
}): ReactElement {
  return (
    <section className={`briefing-part ${className ?? ''}`} aria-labelledby={`briefing-${id}`}>
      <h2 id={`briefing-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** The page itself: what prints, on one A4 sheet. */
export function BriefingSheet({
  model,
  dataset,
  madeAt,
  goalAreaName,
  changes,
}: {
  readonly model: BriefingModel;
  readonly dataset: Dataset;
  readonly madeAt: Date;
  readonly goalAreaName: string | undefined;
  /** New and revised values since the region's last saved briefing. */
  readonly changes: SnapshotChanges;
}): ReactElement {
  const { t, lang } = useI18n();
  return (
    <article className="briefing-sheet" aria-label={t('briefingSheet')} data-testid="briefing-sheet">
      <header className="briefing-head">
        <p className="briefing-kicker">{t('briefingKicker')}</p>
        <h1 data-testid="briefing-title">
          {model.regionName}
          {goalAreaName ? (
            <span className="briefing-goal"> · {t('briefingGoalArea', { name: goalAreaName })}</span>
          ) : null}
        </h1>
        <p className="briefing-meta">
          <span>{t('briefingMade', { date: longDate(madeAt, lang) })}</span>
          <span data-testid="briefing-data-until">
            {model.dataUntil
              ? t('briefingDataUntil', { period: periodLongLabel(model.dataUntil, lang) })
              : t('briefingNoData')}
          </span>
          {model.invented ? (
            <strong className="briefing-example" data-testid="briefing-example">
              <span aria-hidden="true">⚠ </span>
              {t('briefingExample')}
            </strong>
          ) : null}
        </p>
      </header>
      <div className="briefing-row">
        <div>
          <Part id="status" title={t('briefingStatusHeading')}>
            <LevelCounts model={model} />
          </Part>
          <Part id="notes" title={t('briefingNotesHeading')}>
            <BriefingNotes notes={model.notes} dataset={dataset} />
          </Part>
          {model.assessments.length > 0 ? (
            <Part id="assessments" title={t('briefingAssessmentsHeading')}>
              <BriefingAssessments assessments={model.assessments} />
            </Part>
          ) : null}
        </div>
        <Part id="summary" title={t('briefingSummaryHeading')} className="briefing-summary">
          {model.summary.length > 0 ? (
            <ul data-testid="briefing-summary">
              {model.summary.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t('briefingSummaryNone')}</p>
          )}
        </Part>
      </div>
      <BriefingChanges model={model} changes={changes} />
      <Part id="attention" title={t('briefingAttentionHeading')}>
        <AttentionTable model={model} />
      </Part>
      <Part id="charts" title={t('briefingChartsHeading')}>
        <BriefingCharts charts={model.charts} regionName={model.regionName} />
      </Part>
      <Part id="sources" title={t('briefingSourcesHeading')} className="briefing-sources">
        <p data-testid="briefing-sources">{model.sources.join('; ') || '–'}</p>
      </Part>
    </article>
  );
}
