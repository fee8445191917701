import { useContext, useId, useState, type FormEvent, type ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { Announce } from '../../components/LiveStatus';
import { useWorkspaceApi } from '../../components/workspace-context';
import {
  ASSESSMENT_ANSWERS,
  assessmentFor,
  withAssessment,
  type AssessmentAnswer,
  type QuestionKey,
} from '../../domain/assessment';
import { AuthorField } from './AuthorField';
import { lastAuthor } from './last-author';
import { logTime } from './log-text';

interface AssessmentFormProps {
  readonly question: QuestionKey;
  readonly region: string;
  readonly regionName: string;
  /** The question's indicators, which the answer may rest on. */
  readonly indicators: readonly { readonly id: string; readonly name: string }[];
}

/** One question's assessment for the region: ja / delvis / nej / vet ej, why, and on what. */
export function AssessmentForm(props: AssessmentFormProps): ReactElement | null {
  const { t } = useI18n();
  const api = useWorkspaceApi();
  const announce = useContext(Announce);
  const id = useId();
  const saved = api ? assessmentFor(api.workspace.assessments, props.question, props.region) : undefined;
  const [answer, setAnswer] = useState<AssessmentAnswer | undefined>(saved?.answer);
  const [motivation, setMotivation] = useState(saved?.motivation ?? '');
  const [restsOn, setRestsOn] = useState<readonly string[]>(saved?.indicators ?? []);
  const [author, setAuthor] = useState(saved?.author ?? (api ? lastAuthor(api.workspace) : ''));
  // The fields start from the saved assessment, and start again from it when another one is saved
  // (the workspace read after the form was made, a workspace file opened, this form's own save).
  const [from, setFrom] = useState(saved?.id);
  if (saved !== undefined && saved.id !== from) {
    setFrom(saved.id);
    setAnswer(saved.answer);
    setMotivation(saved.motivation);
    setRestsOn(saved.indicators);
    setAuthor(saved.author);
  }
  // The fields are made only while the form is open: a question with hundreds of indicators has a
  // checkbox for each, and Utvärderingsfrågor shows every question's form (closed) at once.
  const [open, setOpen] = useState(false);
  if (!api) return null;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!answer) return;
    const assessment = {
      id: crypto.randomUUID(),
      question: props.question,
      region: props.region,
      answer,
      motivation: motivation.trim(),
      indicators: props.indicators.map((i) => i.id).filter((i) => restsOn.includes(i)),
      author: author.trim(),
      savedAt: new Date().toISOString(),
    };
    api.updateLearningLog((log) => ({ assessments: withAssessment(log.assessments, assessment) }));
    announce(t('assessmentSavedNow'));
  };
  const toggle = (indicator: string, on: boolean): void =>
    setRestsOn((list) => (on ? [...list, indicator] : list.filter((i) => i !== indicator)));
  return (
    <form className="learning-log assessment-form" onSubmit={submit} data-testid="assessment-form">
      <p className="assessment-saved" data-testid="assessment-saved">
        {saved
          ? t('assessmentSaved', {
              answer: t(`answer_${saved.answer}`),
              author: saved.author || t('noteNoAuthor'),
              date: logTime(saved.savedAt),
            })
          : t('assessmentNone')}
      </p>
      <details className="assessment-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary data-testid="assessment-open">{t(saved ? 'assessmentChange' : 'assessmentAdd')}</summary>
        {open ? (
          <>
            <fieldset className="assessment-answers">
              <legend>{t('assessmentHeading', { region: props.regionName })}</legend>
              {ASSESSMENT_ANSWERS.map((a) => (
                <label key={a} className="radio-label">
                  <input
                    type="radio"
                    name={`${id}-answer`}
                    value={a}
                    checked={answer === a}
                    required
                    onChange={() => setAnswer(a)}
                  />{' '}
                  {t(`answer_${a}`)}
                </label>
              ))}
            </fieldset>
            <label htmlFor={`${id}-why`}>{t('assessmentMotivation')}</label>
            <textarea
              id={`${id}-why`}
              rows={2}
              value={motivation}
              onChange={(e) => setMotivation(e.target.value)}
            />
            {props.indicators.length > 0 ? (
              <fieldset className="assessment-indicators">
                <legend>{t('assessmentIndicators')}</legend>
                {props.indicators.map((i) => (
                  <label key={i.id} className="checkbox-label">
                    <input
                      type="checkbox"
                      checked={restsOn.includes(i.id)}
                      onChange={(e) => toggle(i.id, e.target.checked)}
                    />{' '}
                    {i.name}
                  </label>
                ))}
              </fieldset>
            ) : null}
            <AuthorField id={id} value={author} onChange={setAuthor} />
            <button type="submit">{t('assessmentSave')}</button>
          </>
        ) : null}
      </details>
    </form>
  );
}
