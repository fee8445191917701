import type { ReactElement } from 'react';

interface FormFieldProps {
  /** The field's id; its error's id is `${id}-error`. */
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The error about this field, when the last save found one. */
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly multiline?: boolean;
  readonly inputMode?: 'numeric' | 'text';
  readonly fieldRef?: ((element: HTMLElement | null) => void) | undefined;
  readonly required?: boolean;
}

/** A labelled text field with its hint and its error tied to it (aria-describedby). */
export function FormField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  multiline = false,
  inputMode = 'text',
  fieldRef,
  required = false,
}: FormFieldProps): ReactElement {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    ref: fieldRef,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    'aria-required': required || undefined,
  };
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-text">
          {error}
        </p>
      ) : null}
    </div>
  );
}
