import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { parsePeriod, periodKey } from '../domain/period';
import { parseValue } from '../data/number-parse';
import type { UserTarget } from '../data/workspace';
import type { MessageKey } from '../i18n/dictionary';
import { formatNumber } from '../i18n/format';
import { useI18n } from './i18n-context';
import { useWorkspaceApi } from './workspace-context';

interface TargetEditorProps {
  readonly region: string;
  readonly regionName: string;
  readonly indicator: string;
  readonly decimals: number;
}

/** Sets the county's own target for the indicator (with an optional baseline); kept with the workspace. */
export function TargetEditor({ region, regionName, indicator, decimals }: TargetEditorProps): ReactElement | null {
  const { t, lang } = useI18n();
  const api = useWorkspaceApi();
  const base = useId();
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState('2030');
  const [value, setValue] = useState('');
  const [basePeriod, setBasePeriod] = useState('');
  const [baseValue, setBaseValue] = useState('');
  const [problem, setProblem] = useState<MessageKey | undefined>(undefined);
  if (!api) return null;
  const own = api.workspace.targets.filter((tg) => tg.region === region && tg.indicator === indicator);

  const number = (text: string): number | undefined => {
    const parsed = parseValue(text.trim(), ',');
    return parsed.kind === 'number' ? parsed.value : undefined;
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const p = parsePeriod(period);
    const v = number(value);
    if (!p.ok || v === undefined) return setProblem('targetInvalid');
    let baseline: UserTarget['baseline'];
    if (basePeriod.trim() !== '' || baseValue.trim() !== '') {
      const bp = parsePeriod(basePeriod);
      const bv = number(baseValue);
      if (!bp.ok || bv === undefined) return setProblem('targetBaselineInvalid');
      baseline = { period: periodKey(bp.period), value: bv };
    }
    api.addTarget({ region, indicator, period: periodKey(p.period), value: v, baseline });
    setProblem(undefined);
    setValue('');
  };

  return (
    <div className="target-editor">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="target-editor-toggle">
        {t('targetSetOwn', { region: regionName })}
      </button>
      {open ? (
        <form onSubmit={submit} className="target-form" aria-label={t('targetSetOwn', { region: regionName })} data-testid="target-form">
          <div className="control">
            <label htmlFor={`${base}-p`}>{t('targetPeriod')}</label>
            <input id={`${base}-p`} value={period} onChange={(e) => setPeriod(e.target.value)} inputMode="numeric" data-testid="target-period" />
          </div>
          <div className="control">
            <label htmlFor={`${base}-v`}>{t('target')}</label>
            <input id={`${base}-v`} value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" data-testid="target-value" />
          </div>
          <div className="control">
            <label htmlFor={`${base}-bp`}>{t('targetBaselinePeriod')}</label>
            <input id={`${base}-bp`} value={basePeriod} onChange={(e) => setBasePeriod(e.target.value)} inputMode="numeric" />
          </div>
          <div className="control">
            <label htmlFor={`${base}-bv`}>{t('baseline')}</label>
            <input id={`${base}-bv`} value={baseValue} onChange={(e) => setBaseValue(e.target.value)} inputMode="decimal" />
          </div>
          <button type="submit" className="primary-button" data-testid="target-save">
            {t('targetSave')}
          </button>
          {problem ? (
            <p role="alert" className="error-text">
              {t(problem)}
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
