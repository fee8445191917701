import { useId, type ReactElement, type Ref } from 'react';
import { selectWidth } from './select-width';

export interface SelectOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
  readonly testId: string;
  /** For a form error about this field: the error's id (it describes the field, which is then invalid). */
  readonly errorId?: string | undefined;
  readonly selectRef?: Ref<HTMLSelectElement> | undefined;
}

/** A labelled native select: keyboard and screen readers work as everywhere else. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  errorId,
  selectRef,
}: SelectFieldProps<T>): ReactElement {
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={selectRef}
        value={value}
        style={selectWidth(options.map((o) => o.label))}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        // Only the options' own values can be chosen.
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? value)}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
