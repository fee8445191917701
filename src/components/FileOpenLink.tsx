import { useId, type ChangeEvent, type ReactElement, type Ref } from 'react';

/**
 * "Öppna en … fil": a file input, visually hidden, and its label shown as a link-like button. The
 * input comes before its label, so that the label can show the input's keyboard focus (styles.css);
 * keyboard and screen-reader users reach the input itself.
 */
export function FileOpenLink({
  label,
  accept,
  onChange,
  inputRef,
  testId,
  labelTestId,
}: {
  readonly label: string;
  readonly accept: string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  readonly inputRef: Ref<HTMLInputElement>;
  readonly testId: string;
  readonly labelTestId?: string;
}): ReactElement {
  const id = useId();
  return (
    <>
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={accept}
        className="sr-only"
        onChange={onChange}
        data-testid={testId}
      />
      <label className="link-button" htmlFor={id} data-testid={labelTestId}>
        {label}
      </label>
    </>
  );
}
