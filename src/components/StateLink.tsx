import type { ReactElement, ReactNode } from 'react';
import { serializeUrlState, type UrlState } from '../state/url-state';

interface StateLinkProps {
  readonly state: UrlState;
  readonly change: Partial<UrlState>;
  readonly onChange: (change: Partial<UrlState>) => void;
  readonly children: ReactNode;
  readonly current?: boolean;
  readonly testId?: string;
}

/**
 * A link to the selection with `change` made: a real URL (open in a new tab, copy link), followed in
 * the page on a plain click.
 */
export function StateLink({
  state,
  change,
  onChange,
  children,
  current,
  testId,
}: StateLinkProps): ReactElement {
  return (
    <a
      href={serializeUrlState({ ...state, ...change })}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        onChange(change);
      }}
      data-testid={testId}
    >
      {children}
    </a>
  );
}
