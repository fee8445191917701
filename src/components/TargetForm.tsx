import type { FormEvent, ReactElement } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from './i18n-context';
import type { TargetDraft, TargetField } from './target-form';
import type { ProblemFocus } from './use-problem-focus';

interface TargetFormProps {
  /** The prefix of the fields' ids. */
  readonly base: string;
  readonly regionName: string;
  readonly draft: TargetDraft;
  readonly onDraftChange: (change: Partial<TargetDraft>) => void;
  readonly focus: ProblemFocus<TargetField>;
  readonly onSubmit: (event: FormEvent) => void;
}

/** One field of the form: its label, and the marks of a save error about it. */
const FIELDS: readonly {
  readonly field: TargetField;
  readonly suffix: string;
  readonly label: MessageKey;
  readonly inputMode: 'numeric' | 'decimal';
  readonly testId: string | undefined;
}[] = [
  { field: 'period', suffix: 'p', label: 'targetPeriod', inputMode: 'numeric', testId: 'target-period' },
  { field: 'value', suffix: 'v', label: 'target', inputMode: 'decimal', testId: 'target-value' },
  {
    field: 'basePeriod',
    suffix: 'bp',
    label: 'targetBaselinePeriod',
    inputMode: 'numeric',
    testId: undefined,
  },
  { field: 'baseValue', suffix: 'bv', label: 'baseline', inputMode: 'decimal', testId: undefined },
];

/** The own target's period and value, with an optional baseline. */
export function TargetForm({
  base,
  regionName,
  draft,
  onDraftChange,
  focus,
  onSubmit,
}: TargetFormProps): ReactElement {
  const { t } = useI18n();
  const { problem, fieldRef } = focus;
  const errorId = `${base}-error`;
  return (
    <form
      onSubmit={onSubmit}
      className="target-form"
      aria-label={t('targetSetOwn', { region: regionName })}
      data-testid="target-form"
    >
      {FIELDS.map(({ field, suffix, label, inputMode, testId }) => (
        <div className="control" key={field}>
          <label htmlFor={`${base}-${suffix}`}>{t(label)}</label>
          <input
            id={`${base}-${suffix}`}
            ref={fieldRef(field)}
            {...(problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
            value={draft[field]}
            onChange={(e) => onDraftChange({ [field]: e.target.value })}
            inputMode={inputMode}
            data-testid={testId}
          />
        </div>
      ))}
      <button type="submit" className="primary-button" data-testid="target-save">
        {t('targetSave')}
      </button>
      {problem ? (
        // An alert as well: when the field already has focus, moving focus there says nothing.
        <p id={errorId} role="alert" className="error-text" data-testid="target-error">
          {t(problem.key)}
        </p>
      ) : null}
    </form>
  );
}
