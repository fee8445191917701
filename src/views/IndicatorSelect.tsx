import { memo, useEffect, useId, useMemo, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { inTurn } from '../components/chart-turns';
import { useI18n } from '../components/i18n-context';
import type { IndicatorOption, IndicatorOptionGroup } from './indicator-model';

interface IndicatorSelectProps {
  readonly groups: readonly IndicatorOptionGroup[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

/**
 * Up to this many indicators the options are drawn with the view. More (two thousand from a Kolada
 * export) are drawn in a task of their own, in the view's first turn (see chart-turns): before its
 * charts are started, so the list is whole when the view says it is ready. Made together with the
 * view, that many elements would hold the main thread far past 50 ms.
 */
export const EAGER_OPTIONS = 300;

function optionCount(groups: readonly IndicatorOptionGroup[]): number {
  return groups.reduce((n, g) => n + g.options.length, 0);
}

/** The indicators, grouped by their level in the effect chain. */
export function IndicatorSelect({ groups, value, onChange }: IndicatorSelectProps): ReactElement {
  const { t } = useI18n();
  const id = useId();
  // Once every option is drawn they stay drawn: a new list (another language) is an update in place.
  const [full, setFull] = useState(() => optionCount(groups) <= EAGER_OPTIONS);
  useEffect(() => {
    if (full) return undefined;
    return inTurn(() => flushSync(() => setFull(true)));
  }, [full]);
  const chosen = useMemo(
    () => (full ? undefined : groups.flatMap((g) => g.options).find((o) => o.id === value)),
    [full, groups, value],
  );
  return (
    <div className="control control-wide">
      <label htmlFor={id}>{t('indicator')}</label>
      {/* Until the long list is in, the chosen indicator alone; focus brings the list at once. */}
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onFocus={() => setFull(true)}
        aria-busy={!full}
        data-testid="indicator-select"
      >
        {full ? <IndicatorOptions groups={groups} /> : <ChosenOption option={chosen} value={value} />}
      </select>
    </div>
  );
}

function ChosenOption({
  option,
  value,
}: {
  readonly option: IndicatorOption | undefined;
  readonly value: string;
}): ReactElement {
  return <option value={value}>{option?.label ?? value}</option>;
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
