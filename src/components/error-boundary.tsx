import { Component, type ErrorInfo, type ReactNode } from 'react';

export type ErrorBoundaryProps = { children: ReactNode };

type ErrorBoundaryState = { error: Error | null };

/**
 * A render error shows what happened and a way out instead of a white page.
 * (React still has no hook for this; a class is the only way.)
 */
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  ErrorBoundaryState
> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(
      'The dashboard failed to render:',
      error,
      info.componentStack,
    );
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="tt-status tt-status--error" role="alert">
        <p className="tt-status__title">
          Something went wrong while showing this page.
        </p>
        <p>{error.message}</p>
        <div className="tt-toolbar__group">
          <button
            type="button"
            onClick={() => {
              this.setState({ error: null });
            }}
          >
            Try again
          </button>
          <a href="/">Start over from the full timeline</a>
        </div>
      </div>
    );
  }
}
