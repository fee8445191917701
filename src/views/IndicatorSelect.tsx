import { memo, useEffect, useId, useMemo, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { inTurn } from '../components/chart-turns';
import { useI18n } from '../components/i18n-context';
import { selectWidth } from '../components/select-width';
import type { IndicatorOption, IndicatorOptionGroup } from './indicator-model';

interface IndicatorSelectProps {
  readonly groups: readonly IndicatorOptionGroup[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

/**
 * Up to this many indicators the options are drawn with the view. More (two thousand from a Kolada
 * export) are drawn OPTIONS_STEP at a time, each step a task of its own in the view's turns (see
 * chart-turns), the first before its charts are started. Made together with the view, or in one
 * task, that many elements would hold the main thread past 50 ms.
 */
export const EAGER_OPTIONS = 300;
/** Options added to a long list per task. */
export const OPTIONS_STEP = 400;

function optionCount(groups: readonly IndicatorOptionGroup[]): number {
  return groups.reduce((n, g) => n + g.options.length, 0);
}

/** The indicators, grouped by their level in the effect chain. */
export function IndicatorSelect({ groups, value, onChange }: IndicatorSelectProps): ReactElement {
  const { t } = useI18n();
  const id = useId();
  const total = optionCount(groups);
  // How many options are drawn. Once every option is drawn they stay drawn (Infinity): a new list
  // (another language) is an update in place.
  const [drawn, setDrawn] = useState(() => (total <= EAGER_OPTIONS ? Infinity : 0));
  const full = drawn >= total;
  useEffect(() => {
    if (full) return undefined;
    return inTurn(
      () => flushSync(() => setDrawn((d) => (d + OPTIONS_STEP >= total ? Infinity : d + OPTIONS_STEP))),
      { endsTask: true },
    );
  }, [full, total, drawn]);
  // The width comes from every label, drawn or not yet: it never changes as the long list comes in.
  const width = useMemo(
    () => selectWidth(groups.flatMap((g) => [g.label, ...g.options.map((o) => o.label)])),
    [groups],
  );
  // While the list is partial, the chosen indicator is drawn too, wherever it is in the list.
  const chosen = useMemo(() => {
    if (full) return undefined;
    const all = groups.flatMap((g) => g.options);
    const at = all.findIndex((o) => o.id === value);
    return at >= 0 && at < drawn ? undefined : { option: all[at] };
  }, [full, groups, value, drawn]);
  return (
    <div className="control control-wide">
      <label htmlFor={id}>{t('indicator')}</label>
      {/* Until the long list is in, the chosen indicator and the options so far; focus brings the list at once. */}
      <select
        id={id}
        value={value}
        style={width}
        onChange={(e) => onChange(e.target.value)}
        onFocus={() => setDrawn(Infinity)}
        aria-busy={!full}
        data-testid="indicator-select"
      >
        <IndicatorOptions groups={groups} limit={drawn} />
        {chosen ? <ChosenOption option={chosen.option} value={value} /> : null}
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

/** The groups' first `limit` options, group by group (groups left empty are left out). */
function firstOptions(
  groups: readonly IndicatorOptionGroup[],
  limit: number,
): { readonly group: IndicatorOptionGroup; readonly options: readonly IndicatorOption[] }[] {
  const out: { group: IndicatorOptionGroup; options: readonly IndicatorOption[] }[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const options = left >= group.options.length ? group.options : group.options.slice(0, left);
    left -= options.length;
    if (options.length > 0) out.push({ group, options });
  }
  return out;
}

/** The options (the first `limit` of them), drawn again only when they change (two thousand cost). */
const IndicatorOptions = memo(function IndicatorOptions({
  groups,
  limit,
}: {
  readonly groups: readonly IndicatorOptionGroup[];
  readonly limit: number;
}): ReactElement {
  return (
    <>
      {firstOptions(groups, limit).map(({ group, options }) => (
        <optgroup key={group.label} label={group.label}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
});
