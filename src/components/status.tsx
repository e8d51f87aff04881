import { useTranslation } from 'react-i18next';

import { describeError } from '@/api/describe-error';

export type SpinnerProps = { label: string };

export function Spinner({ label }: SpinnerProps) {
  return (
    <div className="tt-status" role="status">
      <span className="tt-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export type ErrorMessageProps = {
  title: string;
  error: Error;
  onRetry: () => void;
  isRetrying?: boolean;
};

export function ErrorMessage({
  title,
  error,
  onRetry,
  isRetrying = false,
}: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <div className="tt-status tt-status--error" role="alert">
      <p className="tt-status__title">{title}</p>
      <p>{describeError(error, t)}</p>
      <button type="button" onClick={onRetry} disabled={isRetrying}>
        {isRetrying ? t('status.retrying') : t('status.retry')}
      </button>
    </div>
  );
}

export type EmptyStateProps = { children: React.ReactNode };

export function EmptyState({ children }: EmptyStateProps) {
  return <div className="tt-status tt-status--empty">{children}</div>;
}
