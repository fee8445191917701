import { useEffect, useId, useState, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';

/**
 * The evaluation question behind "?": shown on hover and on focus, and dismissed with Escape
 * (WCAG 1.4.13) without moving focus or the pointer; it shows again on the next hover or focus.
 */
export function QuestionTip({
  indicatorName,
  question,
}: {
  readonly indicatorName: string;
  readonly question: string;
}): ReactElement {
  const { t } = useI18n();
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const shown = hovered || focused;
  useEffect(() => {
    if (!shown) return undefined;
    // On the document: a tooltip shown by hover alone is dismissed with Escape too.
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown]);
  return (
    <span
      className={dismissed ? 'question-tip tip-dismissed' : 'question-tip'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => {
        setHovered(false);
        if (!focused) setDismissed(false);
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        if (!hovered) setDismissed(false);
      }}
    >
      <button
        type="button"
        className="tip-button"
        aria-describedby={id}
        aria-label={t('showQuestion', { indicator: indicatorName })}
      >
        ?
      </button>
      <span role="tooltip" id={id} className="tip">
        {t('evaluationQuestion')}: {question}
      </span>
    </span>
  );
}
