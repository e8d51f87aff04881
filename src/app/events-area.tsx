import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { EmptyState, ErrorMessage, Spinner } from '@/components/status';
import type { EventPage } from '@/domain/event';

export type EventsAreaProps = {
  events: UseQueryResult<EventPage>;
  onClearFilters: () => void;
};

/**
 * The states of the events query, each explicit: loading, failed, refreshed
 * with a failure (the last good data stays, with a notice), empty, shown.
 */
export function EventsArea({ events, onClearFilters }: EventsAreaProps) {
  const { t } = useTranslation();
  if (events.isPending) return <Spinner label={t('dashboard.loading')} />;
  if (events.isError && events.data === undefined) {
    return (
      <ErrorMessage
        title={t('dashboard.loadFailed')}
        error={events.error}
        onRetry={() => void events.refetch()}
        isRetrying={events.isFetching}
      />
    );
  }
  const page = events.data;
  return (
    <>
      {events.isError ? (
        <ErrorMessage
          title={t('dashboard.refreshFailed')}
          error={events.error}
          onRetry={() => void events.refetch()}
          isRetrying={events.isFetching}
        />
      ) : null}
      {page.items.length === 0 ? (
        <EmptyState>
          <p>{t('dashboard.noMatches')}</p>
          <button type="button" onClick={onClearFilters}>
            {t('dashboard.clearFilters')}
          </button>
        </EmptyState>
      ) : null}
      {page.items.length < page.total ? (
        <p className="tt-muted">
          {t('dashboard.firstOf', {
            shown: page.items.length,
            total: page.total,
          })}
        </p>
      ) : null}
    </>
  );
}
