/**
 * An assessment of one evaluation question for one region: the users' answer (ja / delvis / nej /
 * vet ej), why, and which of the question's indicators it rests on. Part of the learning log.
 */
export const ASSESSMENT_ANSWERS = ['ja', 'delvis', 'nej', 'vet_ej'] as const;
export type AssessmentAnswer = (typeof ASSESSMENT_ANSWERS)[number];

export function isAssessmentAnswer(value: unknown): value is AssessmentAnswer {
  return typeof value === 'string' && (ASSESSMENT_ANSWERS as readonly string[]).includes(value);
}

/** A question is known by its kind and its text (the catalogue's or the strategy's own). */
export interface QuestionKey {
  readonly kind: 'process' | 'summative';
  readonly text: string;
}

export interface Assessment {
  readonly id: string;
  readonly question: QuestionKey;
  /** The region (county or kommun code) the assessment is for. */
  readonly region: string;
  readonly answer: AssessmentAnswer;
  readonly motivation: string;
  /** Ids of the indicators the answer rests on. */
  readonly indicators: readonly string[];
  /** Who saved it, as they wrote their name; "" when not said. */
  readonly author: string;
  /** When it was saved (ISO 8601 time). */
  readonly savedAt: string;
}

export function sameQuestion(a: QuestionKey, b: QuestionKey): boolean {
  return a.kind === b.kind && a.text === b.text;
}

/** The assessment of a question for a region: the latest saved, as one question has one answer. */
export function assessmentFor(
  assessments: readonly Assessment[],
  question: QuestionKey,
  region: string,
): Assessment | undefined {
  return assessments
    .filter((a) => a.region === region && sameQuestion(a.question, question))
    .reduce<Assessment | undefined>(
      (latest, a) => (!latest || a.savedAt >= latest.savedAt ? a : latest),
      undefined,
    );
}

/** The list with `assessment` in place of any earlier one of the same question and region. */
export function withAssessment(assessments: readonly Assessment[], assessment: Assessment): Assessment[] {
  return [
    ...assessments.filter(
      (a) => !(a.region === assessment.region && sameQuestion(a.question, assessment.question)),
    ),
    assessment,
  ];
}
