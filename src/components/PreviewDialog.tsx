import { useEffect, useId, useRef, type KeyboardEvent, type ReactElement, type ReactNode } from 'react';

interface PreviewDialogProps {
  /** The dialog's heading: what is previewed. */
  readonly title: string;
  /** The line under it, the dialog's description. */
  readonly intro: string;
  /** The heading's level where the dialog sits (h3 in Källor, h4 inside a section of a view). */
  readonly level: 3 | 4;
  readonly testId: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/**
 * A file's preview before anything of it is applied (a workspace file, a strategy file): a dialog
 * named by its heading and described by its intro. Focus moves to the heading when it opens; Escape
 * cancels it (and not the panel around it).
 */
export function PreviewDialog({
  title,
  intro,
  level,
  testId,
  onCancel,
  children,
}: PreviewDialogProps): ReactElement {
  const headingId = useId();
  const introId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  };
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={introId}
      className="workspace-preview"
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <Heading id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <p id={introId}>{intro}</p>
      {children}
    </section>
  );
}
