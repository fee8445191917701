import { useId, type ReactElement } from 'react';
import { useI18n } from './i18n-context';

/**
 * "Visa exempeldata": a toggle button (aria-pressed), its state also in words beside the track, so
 * that it never rests on colour. Left out of print: a printed page has no use for it.
 */
export function ExampleSwitch({
  on,
  onChange,
}: {
  readonly on: boolean;
  readonly onChange: (on: boolean) => void;
}): ReactElement {
  const { t } = useI18n();
  const hint = useId();
  return (
    <button
      type="button"
      className="example-toggle"
      aria-pressed={on}
      aria-describedby={hint}
      title={t('exampleSwitchHint')}
      onClick={() => onChange(!on)}
      data-testid="example-toggle"
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-knob" />
      </span>
      <span>{t('exampleSwitch')}</span>
      <span className="switch-state" aria-hidden="true">
        {on ? t('exampleSwitchOn') : t('exampleSwitchOff')}
      </span>
      <span id={hint} className="sr-only">
        {t('exampleSwitchHint')}
      </span>
    </button>
  );
}
