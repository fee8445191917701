import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { ASSESSMENT_ANSWERS, type Assessment } from '../../domain/assessment';
import { ByLine } from './BriefingNotes';

/** At most this many assessments on the page, newest first; the counts cover them all. */
export const MAX_BRIEFING_ASSESSMENTS = 3;

/**
 * The region's assessments of its evaluation questions: how many were answered ja / delvis / nej /
 * vet ej, and the newest with their answer in words, the question and the motivation. Nothing when
 * none is made (the notes part says what the log holds).
 */
export function BriefingAssessments({
  assessments,
}: {
  readonly assessments: readonly Assessment[];
}): ReactElement | null {
  const { t } = useI18n();
  if (assessments.length === 0) return null;
  const counts = ASSESSMENT_ANSWERS.map(
    (answer) =>
      `${assessments.filter((a) => a.answer === answer).length} ${t(`answer_${answer}`).toLowerCase()}`,
  ).join(', ');
  const shown = assessments.slice(0, MAX_BRIEFING_ASSESSMENTS);
  return (
    <div data-testid="briefing-assessments">
      <p className="briefing-more">{t('briefingAssessmentCounts', { counts })}</p>
      <ul className="briefing-notes">
        {shown.map((a) => (
          <li key={a.id}>
            <strong>{t(`answer_${a.answer}`)}: </strong>
            {a.question.text}
            {a.motivation !== '' ? ` — ${a.motivation}` : ''} <ByLine author={a.author} time={a.savedAt} />
          </li>
        ))}
      </ul>
      {assessments.length > shown.length ? (
        <p className="briefing-more">
          {t('briefingAssessmentsMore', { count: assessments.length - shown.length })}
        </p>
      ) : null}
    </div>
  );
}
