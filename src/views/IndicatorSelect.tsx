import { memo, useId, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import type { IndicatorOptionGroup } from './indicator-model';

interface IndicatorSelectProps {
  readonly groups: readonly IndicatorOptionGroup[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

/** The indicators, grouped by their level in the effect chain. */
export function IndicatorSelect({ groups, value, onChange }: IndicatorSelectProps): ReactElement {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="control control-wide">
      <label htmlFor={id}>{t('indicator')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid="indicator-select">
        <IndicatorOptions groups={groups} />
      </select>
    </div>
  );
}

/** The options, drawn again only when the groups change (two thousand options cost). */
const IndicatorOptions = memo(function IndicatorOptions({
  groups,
}: {
  readonly groups: readonly IndicatorOptionGroup[];
}): ReactElement {
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
});
