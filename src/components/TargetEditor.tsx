import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { parsePeriod, periodKey } from '../domain/period';
import { parseValue } from '../data/text/number-parse';
import type { UserTarget } from '../data/workspace/workspace';
import type { MessageKey } from '../i18n/dictionary';
import { formatNumber } from '../i18n/format';
import { useI18n } from './i18n-context';
import { useWorkspaceApi } from './workspace-context';

/** The fields a failed save can be about: the error describes that field, which gets focus. */
type ProblemField = 'period' | 'value' | 'basePeriod' | 'baseValue';

interface TargetEditorProps {
  readonly region: string;
  readonly regionName: string;
  readonly indicator: string;
  readonly decimals: number;
}

/** Sets the county's own target for the indicator (with an optional baseline); kept with the workspace. */
export function TargetEditor({
  region,
  regionName,
  indicator,
  decimals,
}: TargetEditorProps): ReactElement | null {
  const { t, lang } = useI18n();
  const api = useWorkspaceApi();
  const base = useId();
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState('2030');
  const [value, setValue] = useState('');
  const [basePeriod, setBasePeriod] = useState('');
  const [baseValue, setBaseValue] = useState('');
  const [problem, setProblem] = useState<
    { readonly key: MessageKey; readonly field: ProblemField } | undefined
  >(undefined);
  const periodInput = useRef<HTMLInputElement>(null);
  const valueInput = useRef<HTMLInputElement>(null);
  const basePeriodInput = useRef<HTMLInputElement>(null);
  const baseValueInput = useRef<HTMLInputElement>(null);
  // A failed save puts focus on the field the error is about (a new object each time, so each try).
  useEffect(() => {
    if (!problem) return;
    const fields = {
      period: periodInput,
      value: valueInput,
      basePeriod: basePeriodInput,
      baseValue: baseValueInput,
    } as const;
    fields[problem.field].current?.focus();
  }, [problem]);
  if (!api) return null;
  const errorId = `${base}-error`;
  const invalid = (field: ProblemField): { 'aria-invalid'?: true; 'aria-describedby'?: string } =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const own = api.workspace.targets.filter((tg) => tg.region === region && tg.indicator === indicator);

  const number = (text: string): number | undefined => {
    const parsed = parseValue(text.trim(), ',');
    return parsed.kind === 'number' ? parsed.value : undefined;
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const p = parsePeriod(period);
    const v = number(value);
    if (!p.ok || v === undefined)
      return setProblem({ key: 'targetInvalid', field: p.ok ? 'value' : 'period' });
    let baseline: UserTarget['baseline'];
    if (basePeriod.trim() !== '' || baseValue.trim() !== '') {
      const bp = parsePeriod(basePeriod);
      const bv = number(baseValue);
      if (!bp.ok || bv === undefined)
        return setProblem({ key: 'targetBaselineInvalid', field: bp.ok ? 'baseValue' : 'basePeriod' });
      baseline = { period: periodKey(bp.period), value: bv };
    }
    api.addTarget({ region, indicator, period: periodKey(p.period), value: v, baseline });
    setProblem(undefined);
    setValue('');
  };

  return (
    <div className="target-editor">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="target-editor-toggle"
      >
        {t('targetSetOwn', { region: regionName })}
      </button>
      {open ? (
        <form
          onSubmit={submit}
          className="target-form"
          aria-label={t('targetSetOwn', { region: regionName })}
          data-testid="target-form"
        >
          <div className="control">
            <label htmlFor={`${base}-p`}>{t('targetPeriod')}</label>
            <input
              id={`${base}-p`}
              ref={periodInput}
              {...invalid('period')}
              value={period}
              onChange={(e) => setPeriod(e.target.value)}
              inputMode="numeric"
              data-testid="target-period"
            />
          </div>
          <div className="control">
            <label htmlFor={`${base}-v`}>{t('target')}</label>
            <input
              id={`${base}-v`}
              ref={valueInput}
              {...invalid('value')}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              inputMode="decimal"
              data-testid="target-value"
            />
          </div>
          <div className="control">
            <label htmlFor={`${base}-bp`}>{t('targetBaselinePeriod')}</label>
            <input
              id={`${base}-bp`}
              ref={basePeriodInput}
              {...invalid('basePeriod')}
              value={basePeriod}
              onChange={(e) => setBasePeriod(e.target.value)}
              inputMode="numeric"
            />
          </div>
          <div className="control">
            <label htmlFor={`${base}-bv`}>{t('baseline')}</label>
            <input
              id={`${base}-bv`}
              ref={baseValueInput}
              {...invalid('baseValue')}
              value={baseValue}
              onChange={(e) => setBaseValue(e.target.value)}
              inputMode="decimal"
            />
          </div>
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
      ) : null}
      {own.length > 0 ? (
        <ul className="own-targets" data-testid="own-targets">
          {own.map((tg) => (
            <li key={tg.period}>
              {t('targetOwnItem', { value: formatNumber(tg.value, decimals, lang), period: tg.period })}{' '}
              <button type="button" className="link-button" onClick={() => api.removeTarget(tg)}>
                {t('targetRemove', { period: tg.period })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
