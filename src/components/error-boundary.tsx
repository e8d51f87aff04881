import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

import { describeError } from '@/api/describe-error';

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
      <Translation>
        {(t) => (
          <div className="tt-status tt-status--error" role="alert">
            <p className="tt-status__title">{t('status.renderFailed')}</p>
            <p>{describeError(error, t)}</p>
            <div className="tt-toolbar__group">
              <button
                type="button"
                onClick={() => {
                  this.setState({ error: null });
                }}
              >
                {t('status.tryAgain')}
              </button>
              <a href="/">{t('status.startOver')}</a>
            </div>
          </div>
        )}
      </Translation>
    );
  }
}
