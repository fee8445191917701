import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** What shows in place of the children after they threw; `reset` draws them again. */
  readonly fallback: (error: Error, reset: () => void) => ReactNode;
  /**
   * When any of these changes (compared one by one with Object.is), a failed boundary draws its
   * children again: a new dataset (a file removed), another view, indicator or county.
   */
  readonly resetKeys: readonly unknown[];
}

interface ErrorBoundaryState {
  readonly error: Error | undefined;
  readonly resetKeys: readonly unknown[];
}

function changed(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]));
}

/**
 * Catches an exception thrown while its children render (or in their effects), so that one bad
 * value takes down one panel instead of the whole app. React has error boundaries only as classes.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(thrown: unknown): Partial<ErrorBoundaryState> {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (!changed(props.resetKeys, state.resetKeys)) return null;
    return { error: undefined, resetKeys: props.resetKeys };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Said in the console too, with where in the tree it happened, for a bug report.
    console.error(error, info.componentStack);
  }

  private readonly reset = (): void => this.setState({ error: undefined });

  override render(): ReactNode {
    const { error } = this.state;
    return error === undefined ? this.props.children : this.props.fallback(error, this.reset);
  }
}
