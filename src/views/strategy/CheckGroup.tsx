import { useId, type ReactElement } from 'react';

interface CheckGroupProps<T extends string> {
  readonly legend: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly chosen: readonly T[];
  readonly onChange: (chosen: readonly T[]) => void;
}

/** A fieldset of checkboxes: the chosen values, kept in the options' order. */
export function CheckGroup<T extends string>({
  legend,
  options,
  chosen,
  onChange,
}: CheckGroupProps<T>): ReactElement {
  const base = useId();
  const toggle = (value: T, on: boolean): void =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v))));
  return (
    <fieldset className="check-group">
      <legend>{legend}</legend>
      {options.map((o, i) => (
        <div key={o.value} className="check">
          <input
            type="checkbox"
            id={`${base}-${i}`}
            checked={chosen.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <label htmlFor={`${base}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
