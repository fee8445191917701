import { useId, type ReactElement } from 'react';

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
}

/** A labelled native select: keyboard and screen readers work as everywhere else. */
export function SelectField<T extends string>({ label, value, options, onChange, testId }: SelectFieldProps<T>): ReactElement {
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
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
